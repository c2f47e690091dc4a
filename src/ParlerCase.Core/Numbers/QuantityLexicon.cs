using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ParlerCase.Core.Common;
using ParlerCase.Core.Languages;

namespace ParlerCase.Core.Numbers
{
    /// <summary>One language's number words, scales, units and the pattern built from them; built once per language.</summary>
    internal sealed class QuantityLexicon
    {
        private static readonly Dictionary<string, Lazy<QuantityLexicon>> Cache =
            LanguageData.Supported.ToDictionary(code => code, code => new Lazy<QuantityLexicon>(() => new QuantityLexicon(code)), StringComparer.OrdinalIgnoreCase);

        private QuantityLexicon(string code)
        {
            Code = code;
            DecimalComma = code == LanguageData.French;
            // Words worth less than 2 ('un', 'a') are articles far more often than counts; 0 marks a vague few.
            Words = Table(code, "numbers.txt").Where(w => w.Value >= 2).ToDictionary(w => w.Key, w => w.Value, StringComparer.OrdinalIgnoreCase);
            Scales = Table(code, "number-scales.txt").ToDictionary(w => w.Key, w => w.Value, StringComparer.OrdinalIgnoreCase);
            Units = LanguageData.ReadTable(code, "units.txt").ToDictionary(u => u.Key, u => u.Value, StringComparer.OrdinalIgnoreCase);
            Identifiers = new HashSet<string>(LanguageData.ReadList(code, "number-identifiers.txt"), StringComparer.OrdinalIgnoreCase);
            NotUnits = new HashSet<string>(LanguageData.ReadTable(code, "months.txt").Select(m => m.Key), StringComparer.OrdinalIgnoreCase);
            var vague = LanguageData.ReadList(code, "number-vague.txt").ToList();
            var qualifiers = LanguageData.ReadList(code, "number-qualifiers.txt").ToList();
            var of = code == LanguageData.French ? @"(?:de\s+|d['’]\s*)" : @"(?:of\s+)";
            var scales = Alternation(Scales.Keys);
            Pattern = Patterns.Compile(
                @"(?<![\p{L}\p{N}:])" +
                $@"(?:(?<qualifier>{Alternation(qualifiers)})\s+)?" +
                "(?:" +
                    $@"(?:(?:des|de|the)\s+)?(?<vague>{Alternation(vague)})\s+{of}(?:(?<vagueScale>{Alternation(vague.Concat(Scales.Keys))})\s+{of})?" +
                "|" +
                    @"(?<number>\d{1,3}(?:[\u00A0\u202F ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)*" + $"|{Alternation(Words.Keys)})" +
                    $@"(?:\s*(?<scale>{scales}))?(?:\s+{of}|\s*)" +
                ")" +
                @"(?<unit>[€$£%](?![\p{L}\p{N}])|\p{L}[\p{L}\-]{1,30})?",
                RegexOptions.IgnoreCase);
        }

        public string Code { get; }

        /// <summary>French writes 4,9 and 1 000; English 4.9 and 1,000.</summary>
        public bool DecimalComma { get; }

        public IReadOnlyDictionary<string, int> Words { get; }

        public IReadOnlyDictionary<string, int> Scales { get; }

        public IReadOnlyDictionary<string, string> Units { get; }

        /// <summary>Nouns that make the number after them a name ('article 230').</summary>
        public ISet<string> Identifiers { get; }

        /// <summary>Words after a number that make it a date, not a count ('6 janvier').</summary>
        public ISet<string> NotUnits { get; }

        public Pattern Pattern { get; }

        public static QuantityLexicon For(string language) =>
            (Cache.TryGetValue(language, out var lazy) ? lazy : Cache[LanguageData.English]).Value;

        private static IEnumerable<KeyValuePair<string, int>> Table(string code, string file) =>
            LanguageData.ReadTable(code, file).Select(e => new KeyValuePair<string, int>(e.Key, int.Parse(e.Value, System.Globalization.CultureInfo.InvariantCulture)));

        // Longest first, so 'more than' wins over 'more'; spaces match any run of white space.
        private static string Alternation(IEnumerable<string> words) =>
            string.Join("|", words.OrderByDescending(w => w.Length).Select(w => Regex.Escape(w).Replace(@"\ ", @"\s+").Replace("'", "['’]")));
    }
}
