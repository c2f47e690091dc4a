using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ParlerCase.Core.Common;

namespace ParlerCase.Core.Cleaning
{
    /// <summary>The article's headline: a short first line of the body that does not end like a sentence.</summary>
    public static class Headline
    {
        private const int MaxWords = 18;

        // 'Monde. Le réseau social porte plainte': a section label glued to the headline.
        private static readonly Pattern SectionPrefix = Patterns.Compile(@"^(?<section>\p{Lu}[\p{L}-]{2,20})\.\s+(?<title>\p{Lu}.+)$");

        /// <summary>The headline and its line index among the body lines, or null when the body opens with a sentence.</summary>
        public static (int Index, string Title)? Find(IReadOnlyList<(int LineNumber, string Text)> body, IReadOnlyList<RemovedLine> removed)
        {
            var first = -1;
            var contentLines = 0;
            for (var i = 0; i < body.Count; i++)
            {
                if (body[i].Text.Length > 0)
                {
                    first = first < 0 ? i : first;
                    contentLines++;
                }
            }

            if (first < 0 || contentLines < 2)
            {
                return null;
            }

            var line = body[first].Text;
            var words = ClutterFilter.WordCount(line);
            if (words < 2 || words > MaxWords || (ClutterFilter.EndsSentence(line) && !line.TrimEnd().EndsWith("?", StringComparison.Ordinal)))
            {
                return null;
            }

            var prefixed = SectionPrefix.Match(line);
            if (prefixed.Success && removed.Any(r => r.Rule == "breadcrumb" && r.Text.IndexOf(prefixed.Groups["section"].Value, StringComparison.OrdinalIgnoreCase) >= 0))
            {
                line = prefixed.Groups["title"].Value;
            }

            return (first, line);
        }
    }
}
