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

        /// <summary>
        /// The metadata of the folder that holds an article, or <see cref="Empty"/> when it has none. A file that
        /// cannot be used (too large, unreadable, not text, no usable header) is one problem, and the articles are
        /// read without it.
        /// </summary>
        public static MetadataFile ForFolder(string folder, long maxBytes)
        {
            var path = Path.Combine(folder, FileName);
            if (!File.Exists(path))
            {
                return Empty;
            }

            string text;
            try
            {
                var length = new FileInfo(path).Length;
                if (length > maxBytes)
                {
                    return Unusable(path, 0, $"it is {length / (1024 * 1024)} MB, over the {maxBytes / (1024 * 1024)} MB an article may have");
                }

                text = File.ReadAllText(path, Encoding.UTF8);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                return Unusable(path, 0, "it could not be read: " + e.Message);
            }

            return Parse(text, path);
        }

        /// <summary>
        /// Reads the rows, one per line: a quotation mark that does not close where its value ends is kept as
        /// written and said, so it can never swallow the rows after it.
        /// </summary>
        public static MetadataFile Parse(string csvText, string path)
        {
            var lines = csvText.Split('\n');
            var reader = new LineReader();
            var header = Array.FindIndex(lines, l => l.Trim().Length > 0);
            if (csvText.IndexOf('\0') >= 0 || csvText.IndexOf('\uFFFD') >= 0)
            {
                return Unusable(path, 0, "it is not UTF-8 text");
            }

            if (header < 0)
            {
                return Empty;
            }

            var columns = reader.Fields(lines[header], out var stray);
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = columns.Length - 1; i >= 0; i--)
            {
                index[columns[i].Trim().ToLowerInvariant()] = i;
            }

            if (stray != null || !index.ContainsKey("file"))
            {
                return Unusable(path, header + 1, stray != null ? $"its header has a stray quotation mark in '{stray}'" : "its header has no File column");
            }

            var name = Path.GetFileName(path);
            var entries = new Dictionary<string, MetadataEntry>(StringComparer.OrdinalIgnoreCase);
            var problems = new List<string>();
            for (var n = header + 1; n < lines.Length; n++)
            {
                if (lines[n].Trim().Length == 0)
                {
                    continue;
                }

                var evidence = string.Format(CultureInfo.InvariantCulture, "{0} line {1}", name, n + 1);
                var row = reader.Fields(lines[n], out stray);
                if (stray != null)
                {
                    problems.Add($"{evidence}: the quotation mark in '{stray}' does not enclose the value; read as written.");
                }

                string? Field(string column) =>
                    index.TryGetValue(column, out var i) && i < row.Length && !string.IsNullOrWhiteSpace(row[i]) ? row[i].Trim() : null;

                var file = Field("file");
                if (file == null)
                {
                    problems.Add(evidence + ": no File value; row ignored.");
                    continue;
                }

                PartialDate? published = null;
                var publishedText = Field("published");
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

                entries[file] = new MetadataEntry(file, published, Field("outlet"), Field("url"), Field("title"), Field("author"), Field("language"), evidence);
            }

            return new MetadataFile(entries, problems);
        }

        /// <summary>The row for an article file (matched by file name, or by base name without extension).</summary>
        public MetadataEntry? For(string articlePath)
        {
            var fileName = Path.GetFileName(articlePath);
            return entries.TryGetValue(fileName, out var entry) || entries.TryGetValue(Path.GetFileNameWithoutExtension(fileName), out entry) ? entry : null;
        }

        private static MetadataFile Unusable(string path, int line, string why) =>
            new MetadataFile(new Dictionary<string, MetadataEntry>(), new[]
            {
                string.Format(CultureInfo.InvariantCulture, "'{0}'{1} cannot be used: {2}. The articles are read without it.",
                    path, line > 0 ? " line " + line.ToString(CultureInfo.InvariantCulture) : string.Empty, why),
            });

        /// <summary>Splits lines into values (RFC 4180), one line at a time.</summary>
        private sealed class LineReader
        {
            private readonly CsvConfiguration config;
            private string? bad;

            public LineReader()
            {
                config = new CsvConfiguration(CultureInfo.InvariantCulture)
                {
                    TrimOptions = TrimOptions.Trim,
                    BadDataFound = args => bad ??= args.Field.Trim(),
                };
            }

            /// <summary>The values of one line; <paramref name="stray"/> is the first whose quotation marks do not enclose it.</summary>
            public string[] Fields(string line, out string? stray)
            {
                bad = null;
                using var parser = new CsvParser(new StringReader(line.TrimEnd('\r')), config);
                var fields = parser.Read() ? parser.Record ?? Array.Empty<string>() : Array.Empty<string>();
                stray = bad;
                return fields;
            }
        }
    }
}
