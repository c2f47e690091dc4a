using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ParlerCase.Core.Languages;

namespace ParlerCase.Core.Common
{
    /// <summary>A regular expression read from a language's data file, with the rule name reported for its matches.</summary>
    public sealed class NamedPattern
    {
        public NamedPattern(string name, Regex regex)
        {
            Name = name;
            Regex = regex;
        }

        public string Name { get; }

        public Regex Regex { get; }

        /// <summary>The 'name = regex' rules of one language's data file ('common' for those of every language).</summary>
        public static IReadOnlyList<NamedPattern> Load(string code, string file) =>
            LanguageData.ReadTable(code, file)
                .Select(rule => new NamedPattern(rule.Key, Patterns.Compile(rule.Value, RegexOptions.IgnoreCase)))
                .ToList();
    }
}
