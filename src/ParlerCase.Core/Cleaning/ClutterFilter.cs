using System;
using System.Collections.Generic;
using System.Linq;
using ParlerCase.Core.Common;
using ParlerCase.Core.Languages;
using ParlerCase.Core.Metadata;

namespace ParlerCase.Core.Cleaning
{
    /// <summary>
    /// Separates an article's body from the page furniture saved with it, line by line, with small named rules:
    /// phrase lists per language (share buttons, newsletter prompts, comment forms, image credits...), bylines,
    /// lone social-network names, breadcrumbs, bulleted tag lists, repeated lines, short lines stranded between
    /// furniture, and everything after a marker of the article's end. Nothing is dropped silently: each removed
    /// line keeps the rule that removed it.
    /// </summary>
    public static class ClutterFilter
    {
        private const string EndMarkerPrefix = "end-";
        private const string TagList = "tag-list";
        private const int ShortLineWords = 3;

        private static readonly Lazy<PatternSet> PhraseRules = new Lazy<PatternSet>(() => PatternSet.LoadAllLanguages("clutter.txt"));

        private static readonly Lazy<HashSet<string>> SocialNetworks =
            new Lazy<HashSet<string>>(() => new HashSet<string>(LanguageData.ReadList("common", "social-networks.txt"), StringComparer.OrdinalIgnoreCase));

        public static CleanedText Apply(IReadOnlyList<string> lines)
        {
            var rules = new string?[lines.Count];
            var byline = Sourced<string>.None;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                if (line.Length == 0)
                {
                    continue;
                }

                rules[i] = ClassifyLine(line, ref byline);
                if (!seen.Add(Fold(line)) && rules[i] == null)
                {
                    rules[i] = "repeated-line";
                }
            }

            MarkTagLists(lines, rules);
            CutAfterArticleEnd(lines, rules);
            MarkStrandedShortLines(lines, rules);

            var body = new List<(int, string)>();
            var removed = new List<RemovedLine>();
            for (var i = 0; i < lines.Count; i++)
            {
                if (rules[i] == null)
                {
                    body.Add((i + 1, lines[i]));
                }
                else
                {
                    removed.Add(new RemovedLine(i + 1, lines[i], rules[i]!));
                }
            }

            return new CleanedText(body, removed, byline);
        }

        private static string? ClassifyLine(string line, ref Sourced<string> byline)
        {
            var phrase = PhraseRules.Value.Match(line);
            if (phrase != null)
            {
                return phrase.Value.Rule;
            }

            if (SocialNetworks.Value.Contains(line.TrimEnd(':')))
            {
                return "social-label";
            }

            if (IsBreadcrumb(line))
            {
                return "breadcrumb";
            }

            var author = Bylines.Match(line);
            if (author != null)
            {
                if (!byline.HasValue)
                {
                    byline = new Sourced<string>(author.Value.Name, MetadataOrigin.Inferred, line);
                }

                return author.Value.Rule;
            }

            return null;
        }

        /// <summary>'ACTUALITÉ > Monde', 'News › Tech': short, separated by arrows, no sentence punctuation.</summary>
        private static bool IsBreadcrumb(string line) =>
            (line.Contains(" > ") || line.Contains(" › ") || line.Contains(" » ")) && WordCount(line) <= 8 && !EndsSentence(line);

        /// <summary>Three or more short bulleted lines in a row without sentence punctuation: tags or a menu.</summary>
        private static void MarkTagLists(IReadOnlyList<string> lines, string?[] rules)
        {
            var i = 0;
            while (i < lines.Count)
            {
                var end = i;
                while (end < lines.Count && IsShortBullet(lines[end]))
                {
                    end++;
                }

                if (end - i >= 3)
                {
                    for (var j = i; j < end; j++)
                    {
                        rules[j] ??= TagList;
                    }
                }

                i = end > i ? end : i + 1;
            }
        }

        /// <summary>
        /// Comment sections, 'most read' lists, tag lists and newsletter prompts close an article: past the middle
        /// of the text, everything after the first of them is furniture too (bios, category links, footers).
        /// </summary>
        private static void CutAfterArticleEnd(IReadOnlyList<string> lines, string?[] rules)
        {
            var total = lines.Sum(l => l.Length);
            var before = 0;
            for (var i = 0; i < lines.Count; i++)
            {
                var rule = rules[i];
                if (rule != null && (rule == TagList || rule.StartsWith(EndMarkerPrefix, StringComparison.Ordinal)) && before * 2 >= total)
                {
                    for (var j = i + 1; j < lines.Count; j++)
                    {
                        if (lines[j].Length > 0)
                        {
                            rules[j] ??= "after-article-end";
                        }
                    }

                    return;
                }

                before += lines[i].Length;
            }
        }

        /// <summary>A short line whose neighbours are both furniture ('Facebook' between two share buttons) is furniture.</summary>
        private static void MarkStrandedShortLines(IReadOnlyList<string> lines, string?[] rules)
        {
            for (var i = 0; i < lines.Count; i++)
            {
                if (rules[i] != null || lines[i].Length == 0 || WordCount(lines[i]) > ShortLineWords || EndsSentence(lines[i]))
                {
                    continue;
                }

                var previous = Neighbour(lines, i, -1);
                var next = Neighbour(lines, i, +1);
                if ((previous < 0 || rules[previous] != null) && (next < 0 || rules[next] != null) && (previous >= 0 || next >= 0))
                {
                    rules[i] = "between-furniture";
                }
            }
        }

        private static int Neighbour(IReadOnlyList<string> lines, int i, int step)
        {
            for (var j = i + step; j >= 0 && j < lines.Count; j += step)
            {
                if (lines[j].Length > 0)
                {
                    return j;
                }
            }

            return -1;
        }

        private static bool IsShortBullet(string line) =>
            line.Length > 2 && "-•*·▪–".IndexOf(line[0]) >= 0 && line[1] == ' ' && WordCount(line) <= 7 && !EndsSentence(line);

        internal static bool EndsSentence(string line)
        {
            var last = line.TrimEnd('»', '”', '"', '’', ')', ' ', '\u00A0');
            return last.Length > 0 && ".!?…:".IndexOf(last[last.Length - 1]) >= 0;
        }

        internal static int WordCount(string line) => line.Split(new[] { ' ', '\u00A0' }, StringSplitOptions.RemoveEmptyEntries).Length;

        private static string Fold(string line)
        {
            var folded = new System.Text.StringBuilder(line.Length);
            foreach (var c in line)
            {
                if (char.IsLetterOrDigit(c))
                {
                    folded.Append(char.ToLowerInvariant(c));
                }
            }

            return folded.ToString();
        }
    }
}
