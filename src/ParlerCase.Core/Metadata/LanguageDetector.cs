using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ParlerCase.Core.Languages;

namespace ParlerCase.Core.Metadata
{
    /// <summary>Tells French from English by counting each language's function words.</summary>
    public static class LanguageDetector
    {
        private static readonly char[] WordBreaks = { ' ', '\u00A0', ',', '.', ';', ':', '!', '?', '(', ')', '«', '»', '"', '“', '”' };
        private static readonly char[] Apostrophes = { '\'', '’' };
        private static readonly Dictionary<string, string> Names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["fr"] = LanguageData.French, ["fra"] = LanguageData.French, ["fre"] = LanguageData.French,
            ["french"] = LanguageData.French, ["français"] = LanguageData.French, ["francais"] = LanguageData.French,
            ["en"] = LanguageData.English, ["eng"] = LanguageData.English, ["english"] = LanguageData.English, ["anglais"] = LanguageData.English,
        };

        /// <summary>The language code of a text, with the counts that decided it as evidence.</summary>
        public static Sourced<string> Detect(IEnumerable<string> lines)
        {
            var counts = new int[LanguageData.Supported.Count];
            var tables = LanguageData.Supported.Select(LanguageData.For).ToArray();
            foreach (var line in lines)
            {
                foreach (var word in line.Split(WordBreaks, StringSplitOptions.RemoveEmptyEntries))
                {
                    // French elisions ('l’interdiction', "qu'il") count as their article or conjunction.
                    var token = word;
                    var apostrophe = token.IndexOfAny(Apostrophes);
                    if (apostrophe > 0 && apostrophe < token.Length - 1)
                    {
                        token = token.Substring(0, apostrophe) + "e";
                    }

                    for (var i = 0; i < counts.Length; i++)
                    {
                        if (tables[i].IsStopWord(token))
                        {
                            counts[i]++;
                        }
                    }
                }
            }

            var best = 0;
            for (var i = 1; i < counts.Length; i++)
            {
                if (counts[i] > counts[best])
                {
                    best = i;
                }
            }

            if (counts[best] == 0)
            {
                return Sourced<string>.None;
            }

            var evidence = new List<string>();
            for (var i = 0; i < counts.Length; i++)
            {
                evidence.Add(string.Format(CultureInfo.InvariantCulture, "{0} function words: {1}", LanguageData.Supported[i], counts[i]));
            }

            return new Sourced<string>(LanguageData.Supported[best], MetadataOrigin.Inferred, string.Join("; ", evidence));
        }

        /// <summary>A language as an analyst or a page writes it ('French', 'fr-FR', 'en_US') as a two-letter code, or null.</summary>
        public static string? Normalize(string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }

            var v = value!.Trim();
            var cut = v.IndexOfAny(new[] { '-', '_' });
            if (cut > 0)
            {
                v = v.Substring(0, cut);
            }

            return Names.TryGetValue(v, out var code) ? code : null;
        }
    }
}
