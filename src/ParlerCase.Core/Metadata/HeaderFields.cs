using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ParlerCase.Core.Cleaning;
using ParlerCase.Core.Common;
using ParlerCase.Core.Dates;
using ParlerCase.Core.Languages;
using ParlerCase.Core.Reading;

namespace ParlerCase.Core.Metadata
{
    /// <summary>
    /// Header fields: 'key: value' lines of a Markdown front matter, or at the very top of a saved text
    /// ('Title: ...', 'date 2021-03'). Keys come from each language's header-keys table.
    /// </summary>
    public static class HeaderFields
    {
        /// <summary>Headers sit at the top; a 'key: value' line further down is body text.</summary>
        private const int MaxHeaderLines = 8;

        private static readonly Regex KeyValueLine = Patterns.Compile(@"^(?<key>[\p{L}][\p{L} ]{0,23}?)\s*[:=]\s*(?<value>\S.{0,300})$");

        // 'date 2021-03 The article starts here': a date header glued to the first line of the body.
        private static readonly Regex DatePrefix = Patterns.Compile(@"^(?<key>[\p{L}][\p{L} ]{0,23}?)\s*[:=]?\s+(?<value>\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:\s+(?<rest>.+))?$");

        private static readonly Lazy<Dictionary<string, string>> Keys = new Lazy<Dictionary<string, string>>(() =>
        {
            var keys = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in LanguageData.Supported.SelectMany(code => LanguageData.ReadTable(code, "header-keys.txt")))
            {
                keys[entry.Key] = entry.Value;
            }

            return keys;
        });

        /// <summary>Reads every 'key: value' line (a front matter) into the article's metadata.</summary>
        public static void Apply(RawArticle raw, IEnumerable<string> lines)
        {
            foreach (var line in lines)
            {
                var match = KeyValueLine.Match(line);
                if (match.Success)
                {
                    Set(raw, match.Groups["key"].Value, match.Groups["value"].Value.Trim().Trim('"', '\''), line);
                }
            }
        }

        /// <summary>
        /// Takes the header lines off the top of a text's lines into the article's metadata. Returns the lines
        /// with headers blanked (a date glued to the first body line is cut off it) and the removed headers.
        /// </summary>
        public static (IReadOnlyList<string> Lines, IReadOnlyList<RemovedLine> Removed) TakeTextHeader(RawArticle raw)
        {
            var lines = raw.Blocks.ToArray();
            var removed = new List<RemovedLine>();
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
                if (glued.Success && IsKey(glued.Groups["key"].Value, "published") && Set(raw, "published", glued.Groups["value"].Value, line))
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
                if (!field.Success || !Set(raw, field.Groups["key"].Value, field.Groups["value"].Value.Trim(), line))
                {
                    break;
                }

                removed.Add(new RemovedLine(i + 1, line, "text-header"));
                lines[i] = string.Empty;
            }

            return (lines, removed);
        }

        private static bool IsKey(string key, string field) => Keys.Value.TryGetValue(key.Trim(), out var f) && f == field;

        private static bool Set(RawArticle raw, string key, string value, string evidence)
        {
            if (!Keys.Value.TryGetValue(key.Trim(), out var field) || value.Length == 0)
            {
                return false;
            }

            var text = new Sourced<string>(value, MetadataOrigin.TextHeader, evidence);
            switch (field)
            {
                case "published" when PartialDate.TryParseIso(value, out var published):
                    raw.Published = new Sourced<PartialDate>(published, MetadataOrigin.TextHeader, evidence);
                    return true;
                case "modified" when PartialDate.TryParseIso(value, out var modified):
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
