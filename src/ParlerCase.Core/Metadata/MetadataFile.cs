using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using ParlerCase.Core.Dates;

namespace ParlerCase.Core.Metadata
{
    /// <summary>
    /// The analyst's metadata file beside the articles: 'metadata.csv', UTF-8, a header row and one row per
    /// article. Columns (any order, any case, all but File optional): File, Published, Outlet, Url, Title,
    /// Author, Language. Published is ISO 8601 at the precision known: 2021-01-12, 2021-01 or 2021.
    /// </summary>
    public sealed class MetadataFile
    {
        public const string FileName = "metadata.csv";

        private readonly Dictionary<string, MetadataEntry> entries;

        private MetadataFile(Dictionary<string, MetadataEntry> entries, IReadOnlyList<string> problems)
        {
            this.entries = entries;
            Problems = problems;
        }

        public static MetadataFile Empty { get; } = new MetadataFile(new Dictionary<string, MetadataEntry>(), Array.Empty<string>());

        /// <summary>Rows that could not be used, said in words (a date that does not parse, a row with no File).</summary>
        public IReadOnlyList<string> Problems { get; }

        public int Count => entries.Count;

        /// <summary>The metadata of the folder that holds an article, or <see cref="Empty"/> when it has none.</summary>
        public static MetadataFile ForFolder(string folder)
        {
            var path = Path.Combine(folder, FileName);
            return File.Exists(path) ? Parse(File.ReadAllText(path, Encoding.UTF8), path) : Empty;
        }

        public static MetadataFile Parse(string csvText, string path)
        {
            var entries = new Dictionary<string, MetadataEntry>(StringComparer.OrdinalIgnoreCase);
            var problems = new List<string>();
            var config = new CsvConfiguration(CultureInfo.InvariantCulture)
            {
                PrepareHeaderForMatch = args => args.Header.Trim().ToLowerInvariant(),
                MissingFieldFound = null,
                HeaderValidated = null,
                TrimOptions = TrimOptions.Trim,
            };
            using var csv = new CsvReader(new StringReader(csvText), config);
            if (!csv.Read() || !csv.ReadHeader())
            {
                return Empty;
            }

            var name = Path.GetFileName(path);
            while (csv.Read())
            {
                var line = csv.Parser.RawRow;
                var evidence = string.Format(CultureInfo.InvariantCulture, "{0} line {1}", name, line);
                var file = Field(csv, "file");
                if (file == null)
                {
                    problems.Add(evidence + ": no File value; row ignored.");
                    continue;
                }

                PartialDate? published = null;
                var publishedText = Field(csv, "published");
                if (publishedText != null)
                {
                    if (PartialDate.TryParseIso(publishedText, out var date))
                    {
                        published = date;
                    }
                    else
                    {
                        problems.Add($"{evidence}: Published '{publishedText}' is not an ISO date (2021-01-12, 2021-01 or 2021); ignored.");
                    }
                }

                entries[file] = new MetadataEntry(file, published, Field(csv, "outlet"), Field(csv, "url"), Field(csv, "title"), Field(csv, "author"), Field(csv, "language"), evidence);
            }

            return new MetadataFile(entries, problems);
        }

        /// <summary>The row for an article file (matched by file name, or by base name without extension).</summary>
        public MetadataEntry? For(string articlePath)
        {
            var fileName = Path.GetFileName(articlePath);
            return entries.TryGetValue(fileName, out var entry) || entries.TryGetValue(Path.GetFileNameWithoutExtension(fileName), out entry) ? entry : null;
        }

        private static string? Field(CsvReader csv, string name) =>
            csv.TryGetField<string>(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value!.Trim() : null;
    }
}
