using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ParlerCase.Core.Reading
{
    /// <summary>
    /// Line ends to '\n', stray byte-order marks, control and invisible format characters out (a zero-width space
    /// inside a word would split it for every later rule), each line trimmed of any space. No-break spaces and
    /// typographic quotes are kept: they are part of what the article says, and later matching folds them.
    /// </summary>
    public static class TextNormalizer
    {
        private const char ZeroWidthJoiner = '\u200D';
        private const char ZeroWidthNonJoiner = '\u200C';

        public static IReadOnlyList<string> Lines(string text)
        {
            var lines = new List<string>();
            var line = new StringBuilder();
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '\r' || c == '\n' || c == '\u2028' || c == '\u2029')
                {
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    lines.Add(Clean(line));
                    line.Clear();
                }
                else if (c == '\t')
                {
                    line.Append(' ');
                }
                else if (!IsInvisible(c, i > 0 ? text[i - 1] : ' ', i + 1 < text.Length ? text[i + 1] : ' '))
                {
                    line.Append(c);
                }
            }

            if (line.Length > 0)
            {
                lines.Add(Clean(line));
            }

            return lines;
        }

        /// <summary>
        /// Whether a character, between <paramref name="before"/> and <paramref name="after"/>, shows nothing: a
        /// control, a byte-order mark, a format character (zero-width space, soft hyphen, direction marks). A joiner
        /// is taken out only between two letters, where it splits a word; an emoji sequence keeps its own.
        /// </summary>
        public static bool IsInvisible(char c, char before, char after)
        {
            if (char.IsControl(c))
            {
                return true;
            }

            if (char.GetUnicodeCategory(c) != UnicodeCategory.Format)
            {
                return false;
            }

            return (c != ZeroWidthJoiner && c != ZeroWidthNonJoiner) || (char.IsLetter(before) && char.IsLetter(after));
        }

        // Every space: an em space alone on a line is no text.
        private static string Clean(StringBuilder line) => line.ToString().Trim();
    }
}
