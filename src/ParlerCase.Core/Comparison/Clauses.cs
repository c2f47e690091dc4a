using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ParlerCase.Core.Common;

namespace ParlerCase.Core.Comparison
{
    /// <summary>The clauses of a long statement, cut at punctuation and at a second 'que' / 'that'.</summary>
    internal static class Clauses
    {
        private const int MinWords = 4;

        private static readonly Pattern ClauseBreak = Patterns.Compile(@"\s*[,;:]\s+|\s+(?:et|mais|and|but)\s+(?=(?:que|qu['’]|that)\b)", RegexOptions.IgnoreCase);

        public static IEnumerable<string> Of(string text)
        {
            var parts = ClauseBreak.Split(text).Select(p => p.Trim()).Where(p => p.Split(' ').Length >= MinWords).ToList();
            return parts.Count > 1 ? parts : Enumerable.Empty<string>();
        }
    }
}
