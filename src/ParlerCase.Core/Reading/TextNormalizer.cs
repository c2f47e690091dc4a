using System.Collections.Generic;
using System.Text;

namespace ParlerCase.Core.Reading
{
    /// <summary>
    /// Line ends to '\n', stray byte-order marks and control characters out, each line trimmed.
    /// No-break spaces and typographic quotes are kept: they are part of what the article says, and later
    /// matching folds them.
    /// </summary>
    public static class TextNormalizer
    {
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
                else if (c != '\uFEFF' && !char.IsControl(c))
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

        private static string Clean(StringBuilder line) => line.ToString().Trim(' ', '\u00A0', '\u202F', '\u2009');
    }
}
