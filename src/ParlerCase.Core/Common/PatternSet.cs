using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace ParlerCase.Core.Common
{
    /// <summary>
    /// Many named rules tried as one regular expression, so a line costs one match instead of one per rule; the
    /// group that matched says which rule fired. Rules keep their own named groups ('name' in a byline).
    /// </summary>
    public sealed class PatternSet
    {
        private readonly IReadOnlyList<string> names;
        private readonly Regex combined;

        public PatternSet(IReadOnlyList<(string Name, string Pattern)> rules, RegexOptions options = RegexOptions.IgnoreCase)
        {
            names = rules.Select(r => r.Name).ToList();
            combined = Patterns.Compile(string.Join("|", rules.Select((r, i) => $"(?<rule{i}>{r.Pattern})")), options);
        }

        /// <summary>The 'name = regex' rules of one data file in every supported language, as one set.</summary>
        public static PatternSet LoadAllLanguages(string file) =>
            new PatternSet(Languages.LanguageData.Supported.SelectMany(code => Languages.LanguageData.ReadTable(code, file)).Select(r => (r.Key, r.Value)).ToList());

        /// <summary>The first rule that matches the text, and the match; null when none does.</summary>
        public (string Rule, Match Match)? Match(string text)
        {
            var match = combined.Match(text);
            if (!match.Success)
            {
                return null;
            }

            for (var i = 0; i < names.Count; i++)
            {
                if (match.Groups["rule" + i].Success)
                {
                    return (names[i], match);
                }
            }

            return null;
        }
    }
}
