using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ParlerCase.Core.Cleaning;
using ParlerCase.Core.Common;
using ParlerCase.Core.Dates;
using ParlerCase.Core.Languages;
using ParlerCase.Core.Reading;
using ParlerCase.Core.Temporal;

namespace ParlerCase.Core.Metadata
{
    /// <summary>
    /// Header fields: 'key: value' lines of a Markdown front matter, or at the very top of a saved text
    /// ('Title: ...', 'date 2021-03'), and the date lines news sites print under the headline and byline
    /// ('Published: February 1, 2023', 'Publié le 12 janvier 2021 à 10h32, mis à jour le 13 janvier 2021',
    /// 'Mardi 12 janvier 2021'). Keys come from each language's header-keys table.
    /// </summary>
    public static class HeaderFields
    {
        /// <summary>Headers sit at the top; a 'key: value' line further down is body text.</summary>
        private const int MaxHeaderLines = 8;

        private static readonly Pattern KeyValueLine = Patterns.Compile(@"^(?<key>[\p{L}][\p{L} ]{0,23}?)\s*[:=]\s*(?<value>\S.{0,300})$");

        // 'date 2021-03 The article starts here': a date header glued to the first line of the body.
        private static readonly Pattern DatePrefix = Patterns.Compile(@"^(?<key>[\p{L}][\p{L} ]{0,23}?)\s*[:=]?\s+(?<value>\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:\s+(?<rest>.+))?$");

        /// <summary>A date line is short: a date, its time, perhaps a modification date.</summary>
        private const int MaxDatelineLength = 200;

        /// <summary>
        /// Lines before a date line are a headline, a byline, a section label, and at most one sentence: the
        /// standfirst. A second sentence is the body, where a date is an event's.
        /// </summary>
        private const int MaxSentencesBeforeDateline = 1;

        private const int LongLineWords = 30;

        private const string Published = "published";
        private const string Modified = "modified";

        private static readonly Pattern Whitespace = Patterns.Compile(@"\s+");

        // A value that is an ISO day or month after a date key: 'Published: 2021-03'.
        private static readonly Pattern IsoValue = Patterns.Compile(@"^\d{4}-\d{2}(?:-\d{2})?$");

        private static readonly Lazy<Dictionary<string, string>> Keys = new Lazy<Dictionary<string, string>>(() =>
        {
            var keys = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in LanguageData.Supported.SelectMany(code => LanguageData.ReadTable(code, "header-keys.txt")))
            {
                keys[entry.Key] = entry.Value;
            }

            return keys;
        });

        // The language of a key only one language has ('publié le', 'updated'); 'date' and 'source' have none.
        private static readonly Lazy<Dictionary<string, string?>> KeyLanguages = new Lazy<Dictionary<string, string?>>(() =>
        {
            var languages = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            foreach (var code in LanguageData.Supported)
            {
                foreach (var entry in LanguageData.ReadTable(code, "header-keys.txt"))
                {
                    languages[entry.Key] = languages.TryGetValue(entry.Key, out var other) && other != code ? null : code;
                }
            }

            return languages;
        });

        // Where a date key starts a segment of a date line: 'Published:', 'Publié le', ', mis à jour le'.
        private static readonly Lazy<Pattern> DateKey = new Lazy<Pattern>(() =>
        {
            var keys = Keys.Value.Where(k => k.Value == Published || k.Value == Modified).Select(k => k.Key).OrderByDescending(k => k.Length)
                .Select(k => Regex.Escape(k).Replace(@"\ ", @"\s+"));
            return Patterns.Compile(@"(?<![\p{L}\p{N}])(?<key>" + string.Join("|", keys) + @")(?![\p{L}\p{N}])\s*[:=]?", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture);
        });

        private static readonly char[] SegmentSeparators = { ' ', '\u00A0', '\u202F', ',', ';', '|', '·', '•', '-', '–', '—', '(', ')', '[', ']' };

        /// <summary>Reads every 'key: value' line (a front matter) into the article's metadata.</summary>
        public static void Apply(RawArticle raw, IEnumerable<string> lines)
        {
            foreach (var line in lines)
            {
                var match = KeyValueLine.Match(line);
                if (match.Success)
                {
                    Set(raw, match.Groups["key"].Value, match.Groups["value"].Value.Trim().Trim('"', '\''), line, textLanguage: null);
                }
            }
        }

        /// <summary>
        /// Takes the header lines off the top of a text's lines into the article's metadata, then the date lines
        /// among its first lines (<see cref="TakeDatelines"/>). Returns the lines with headers blanked (a date glued
        /// to the first body line is cut off it) and the removed headers.
        /// </summary>
        public static (IReadOnlyList<string> Lines, IReadOnlyList<RemovedLine> Removed) TakeTextHeader(RawArticle raw)
        {
            var lines = raw.Blocks.ToArray();
            var removed = new List<RemovedLine>();
            var textLanguage = new Lazy<string?>(() => TextLanguage(raw));
            var seen = 0;
            for (var i = 0; i < lines.Length && seen < MaxHeaderLines; i++)
            {
                var line = lines[i];
                if (line.Length == 0)
                {
                    continue;
                }

                seen++;
                var glued = DatePrefix.Match(line);
                if (glued.Success && IsKey(glued.Groups["key"].Value, Published) && Set(raw, Published, glued.Groups["value"].Value, line, textLanguage))
                {
                    var rest = glued.Groups["rest"].Value;
                    removed.Add(new RemovedLine(i + 1, line.Substring(0, line.Length - rest.Length).Trim(), "text-header"));
                    lines[i] = rest;
                    if (rest.Length > 0)
                    {
                        break;
                    }

                    continue;
                }

                var field = KeyValueLine.Match(line);
                if (!field.Success || !Set(raw, field.Groups["key"].Value, field.Groups["value"].Value.Trim(), line, textLanguage))
                {
                    break;
                }

                removed.Add(new RemovedLine(i + 1, line, "text-header"));
                lines[i] = string.Empty;
            }

            TakeDatelines(raw, lines, removed, textLanguage);
            removed.Sort((a, b) => a.LineNumber.CompareTo(b.LineNumber));
            return (lines, removed);
        }

        /// <summary>
        /// The date lines among the first <see cref="MaxHeaderLines"/> lines, after a headline, a byline and a
        /// standfirst as well as at the very top: a line that is a date key and a date ('Published: February 1,
        /// 2023', 'Mis à jour le 13/01/2021 à 08:15'), a date alone ('Mardi 12 janvier 2021', 'Le 12 janvier 2021
        /// à 10h32', 'January 12, 2021 10:45 AM'), or both dates ('Publié le X, mis à jour le Y'). A date alone
        /// dates the publication, Inferred, unless the text has other lines like it (a dated list, where it is
        /// an entry). Each date line leaves the body as 'dateline'; it sets a date no more trusted value has.
        /// </summary>
        private static void TakeDatelines(RawArticle raw, string[] lines, List<RemovedLine> removed, Lazy<string?> textLanguage)
        {
            var seen = 0;
            var sentences = 0;
            for (var i = 0; i < lines.Length && seen < MaxHeaderLines; i++)
            {
                if (raw.Blocks[i].Length == 0)
                {
                    continue;
                }

                seen++;
                var line = lines[i];
                if (line.Length == 0)
                {
                    continue;
                }

                var dates = ReadDateline(line, textLanguage);
                if (dates != null && (dates.Any(d => d.Keyed) || IsOnlyBareDateline(lines, i, textLanguage)))
                {
                    foreach (var (field, date, keyed) in dates)
                    {
                        Take(raw, field, new Sourced<PartialDate>(date, keyed ? MetadataOrigin.TextHeader : MetadataOrigin.Inferred, line));
                    }

                    removed.Add(new RemovedLine(i + 1, line, "dateline"));
                    lines[i] = string.Empty;
                    continue;
                }

                var sentence = (ClutterFilter.EndsSentence(line) && !line.TrimEnd().EndsWith("?", StringComparison.Ordinal)) || ClutterFilter.WordCount(line) > LongLineWords;
                if (sentence && ++sentences > MaxSentencesBeforeDateline)
                {
                    break;
                }
            }
        }

        /// <summary>
        /// The dates of a date line, or null when it is anything else: it splits at its date keys, and each part
        /// must be a date and its time ('mis à jour à 11h05' updates on the publication day). A part before any key
        /// is the publication date, not keyed.
        /// </summary>
        private static List<(string Field, PartialDate Date, bool Keyed)>? ReadDateline(string line, Lazy<string?> textLanguage)
        {
            if (line.Length > MaxDatelineLength || !line.Any(char.IsDigit))
            {
                return null;
            }

            var keys = DateKey.Value.Matches(line).Cast<Match>().ToList();
            var dates = new List<(string Field, PartialDate Date, bool Keyed)>();
            var lead = line.Substring(0, keys.Count > 0 ? keys[0].Index : line.Length).Trim(SegmentSeparators);
            if (lead.Length > 0)
            {
                if (!ReadDate(lead, null, keyed: false, textLanguage, out var date))
                {
                    return null;
                }

                dates.Add((Published, date, false));
            }

            for (var k = 0; k < keys.Count; k++)
            {
                var start = keys[k].Index + keys[k].Length;
                var end = k + 1 < keys.Count ? keys[k + 1].Index : line.Length;
                var key = Whitespace.Replace(keys[k].Groups["key"].Value, " ");
                var field = Keys.Value[key];
                var value = line.Substring(start, end - start).Trim(SegmentSeparators);
                var language = KeyLanguages.Value[key];
                if (ReadDate(value, language, keyed: true, textLanguage, out var date))
                {
                    dates.Add((field, date, true));
                }
                else if (field == Modified && dates.Count > 0 && dates[dates.Count - 1].Field == Published && WrittenDate.IsTime(value, language))
                {
                    dates.Add((Modified, dates[dates.Count - 1].Date, true));
                }
                else
                {
                    return null;
                }
            }

            return dates.Count > 0 ? dates : null;
        }

        /// <summary>
        /// A written date and its time, after an article ('Le 12 janvier 2021'); an ISO day or month too after a
        /// key. Numeric dates are read in the key's language, else the article's, else the text's.
        /// </summary>
        private static bool ReadDate(string value, string? language, bool keyed, Lazy<string?> textLanguage, out PartialDate date)
        {
            if (WrittenDate.Article(value) is { } article)
            {
                value = value.Substring(article.Length);
                language ??= article.Language;
            }

            if (keyed && IsoValue.IsMatch(value))
            {
                return PartialDate.TryParseIso(value, out date);
            }

            return WrittenDate.TryParse(value, language ?? textLanguage.Value, out date);
        }

        /// <summary>
        /// A date alone on a line dates the article only when no other line of the text is one: several make a
        /// dated list ('January 6, 2021' over each entry of a timeline), and the first is an entry like the others.
        /// </summary>
        private static bool IsOnlyBareDateline(string[] lines, int index, Lazy<string?> textLanguage)
        {
            for (var j = 0; j < lines.Length; j++)
            {
                if (j != index && lines[j].Length > 0 && lines[j].Length <= MaxDatelineLength && ReadDateline(lines[j], textLanguage) is { } other && !other.Any(d => d.Keyed))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Sets a date unless the article has it already from a source as trusted or more.</summary>
        private static void Take(RawArticle raw, string field, Sourced<PartialDate> date)
        {
            var current = field == Published ? raw.Published : raw.Modified;
            if (current.HasValue && current.Origin <= date.Origin)
            {
                return;
            }

            if (field == Published)
            {
                raw.Published = date;
            }
            else
            {
                raw.Modified = date;
            }
        }

        /// <summary>The language the reader found, else the one the text's function words tell, else null.</summary>
        private static string? TextLanguage(RawArticle raw) =>
            (raw.Language.HasValue ? LanguageDetector.Normalize(raw.Language.Value) : null)
            ?? (LanguageDetector.Detect(raw.Blocks) is { HasValue: true } detected ? detected.Value : null);

        private static bool IsKey(string key, string field) => Keys.Value.TryGetValue(key.Trim(), out var f) && f == field;

        /// <summary>A header date: ISO, or written ('February 1, 2023', '1er février 2021 à 10h32') in the key's language.</summary>
        private static bool ReadHeaderDate(string key, string value, Lazy<string?>? textLanguage, out PartialDate date) =>
            PartialDate.TryParseIso(value, out date)
            || WrittenDate.TryParse(value, (KeyLanguages.Value.TryGetValue(key.Trim(), out var language) ? language : null) ?? textLanguage?.Value, out date);

        private static bool Set(RawArticle raw, string key, string value, string evidence, Lazy<string?>? textLanguage)
        {
            if (!Keys.Value.TryGetValue(key.Trim(), out var field) || value.Length == 0)
            {
                return false;
            }

            var text = new Sourced<string>(value, MetadataOrigin.TextHeader, evidence);
            switch (field)
            {
                case Published when ReadHeaderDate(key, value, textLanguage, out var published):
                    raw.Published = new Sourced<PartialDate>(published, MetadataOrigin.TextHeader, evidence);
                    return true;
                case Modified when ReadHeaderDate(key, value, textLanguage, out var modified):
                    raw.Modified = new Sourced<PartialDate>(modified, MetadataOrigin.TextHeader, evidence);
                    return true;
                case "title":
                    raw.Title = text;
                    return true;
                case "author":
                    raw.Author = text;
                    return true;
                case "outlet":
                    raw.Outlet = text;
                    return true;
                case "url":
                    raw.Url = text;
                    return true;
                case "language":
                    raw.Language = text;
                    return true;
                default:
                    return false;
            }
        }
    }
}
