using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace ParlerCase.Core.Languages
{
    /// <summary>
    /// The word lists of one language, read from the data files in Languages/&lt;code&gt;/ (embedded).
    /// Instances are immutable and shared; loading happens once per language, thread-safely.
    /// </summary>
    public sealed class LanguageData
    {
        public const string French = "fr";
        public const string English = "en";

        /// <summary>Every language the module has tables for.</summary>
        public static readonly IReadOnlyList<string> Supported = new[] { French, English };

        private static readonly Dictionary<string, Lazy<LanguageData>> Cache =
            Supported.ToDictionary(code => code, code => new Lazy<LanguageData>(() => new LanguageData(code)), StringComparer.OrdinalIgnoreCase);

        private LanguageData(string code)
        {
            Code = code;
            abbreviations = new HashSet<string>(ReadList(code, "abbreviations.txt"), StringComparer.Ordinal);
            stopWords = new HashSet<string>(ReadList(code, "stopwords.txt"), StringComparer.OrdinalIgnoreCase);
        }

        private readonly HashSet<string> abbreviations;
        private readonly HashSet<string> stopWords;

        public string Code { get; }

        /// <summary>A token that ends with a period without ending a sentence ('M', 'Mme', 'Inc', 'Jan'), case as written.</summary>
        public bool IsAbbreviation(string token) => abbreviations.Contains(token);

        /// <summary>A frequent function word, used to tell the language of a text.</summary>
        public bool IsStopWord(string word) => stopWords.Contains(word);

        /// <summary>The tables of a language; unknown codes fall back to English.</summary>
        public static LanguageData For(string? code) =>
            (code != null && Cache.TryGetValue(code, out var lazy) ? lazy : Cache[English]).Value;

        /// <summary>Lines of a data file, without blank lines and '#' comments.</summary>
        public static IEnumerable<string> ReadList(string code, string file)
        {
            foreach (var line in ReadLines(code, file))
            {
                var trimmed = line.Trim();
                if (trimmed.Length > 0 && trimmed[0] != '#')
                {
                    yield return trimmed;
                }
            }
        }

        /// <summary>'key = value' lines of a data file (a table), in file order.</summary>
        public static IEnumerable<KeyValuePair<string, string>> ReadTable(string code, string file)
        {
            foreach (var line in ReadList(code, file))
            {
                var eq = line.IndexOf(" = ", StringComparison.Ordinal);
                if (eq <= 0)
                {
                    throw new InvalidDataException($"Languages/{code}/{file}: expected 'key = value' in '{line}'.");
                }

                yield return new KeyValuePair<string, string>(line.Substring(0, eq).Trim(), line.Substring(eq + 3).Trim());
            }
        }

        private static IEnumerable<string> ReadLines(string code, string file)
        {
            // Resource names carry the folder separator of the machine that built them.
            var wanted = $"ParlerCase.Languages.{code}/{file}";
            var assembly = typeof(LanguageData).GetTypeInfo().Assembly;
            var name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.Replace('\\', '/') == wanted)
                ?? throw new InvalidDataException($"Missing language data '{wanted}'.");
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
            string? line;
            while ((line = reader.ReadLine()) != null)
            {
                yield return line;
            }
        }
    }
}
