using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace ParlerCase.Core.Common
{
    /// <summary>
    /// Named rules tried in order, the first that matches winning. Each rule is its own pattern: most are
    /// anchored at the start of a line and fail at once, which one alternation of them all could not do (it would
    /// try every rule at every position of the line).
    /// </summary>
    public sealed class PatternSet
    {
        private readonly IReadOnlyList<(string Name, Pattern Regex)> rules;

        public PatternSet(IReadOnlyList<(string Name, string Pattern)> rules, RegexOptions options = RegexOptions.IgnoreCase)
        {
            this.rules = rules.Select(r => (r.Name, Patterns.Compile(r.Pattern, options))).ToList();
        }

        /// <summary>The 'name = regex' rules of one data file in every supported language, as one set.</summary>
        public static PatternSet LoadAllLanguages(string file) =>
            new PatternSet(Languages.LanguageData.Supported.SelectMany(code => Languages.LanguageData.ReadTable(code, file)).Select(r => (r.Key, r.Value)).ToList());

        /// <summary>The 'name = regex' rules of one language's data file ('common' for those of every language).</summary>
        public static PatternSet Load(string code, string file) =>
            new PatternSet(Languages.LanguageData.ReadTable(code, file).Select(r => (r.Key, r.Value)).ToList());

        /// <summary>Every rule that matches the text, each with its first match; a rule that runs out of time is skipped.</summary>
        public IEnumerable<(string Rule, Match Match)> MatchEach(string text)
        {
            foreach (var (name, regex) in rules)
            {
                var match = Patterns.First(regex, text, name);
                if (match.Success)
                {
                    yield return (name, match);
                }
            }
        }

        /// <summary>The first rule that matches the text, and the match; null when none does. A rule that runs out of time is skipped.</summary>
        public (string Rule, Match Match)? Match(string text)
        {
            foreach (var (name, regex) in rules)
            {
                var match = Patterns.First(regex, text, name);
                if (match.Success)
                {
                    return (name, match);
                }
            }

            return null;
        }
    }
}
