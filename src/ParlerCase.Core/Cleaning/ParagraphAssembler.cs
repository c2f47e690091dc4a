using System.Collections.Generic;

namespace ParlerCase.Core.Cleaning
{
    /// <summary>
    /// Body lines into paragraphs. Saved articles put one paragraph on a line; a text wrapped at a fixed width
    /// breaks mid-sentence, so a line that does not end a sentence is joined to a next line that starts in
    /// lower case.
    /// </summary>
    public static class ParagraphAssembler
    {
        public static IReadOnlyList<string> Join(IEnumerable<(int LineNumber, string Text)> lines)
        {
            var paragraphs = new List<string>();
            string? current = null;
            foreach (var (_, text) in lines)
            {
                if (text.Length == 0)
                {
                    Flush(paragraphs, ref current);
                    continue;
                }

                if (current != null && !ClutterFilter.EndsSentence(current) && char.IsLower(text[0]))
                {
                    current += " " + text;
                    continue;
                }

                Flush(paragraphs, ref current);
                current = text;
            }

            Flush(paragraphs, ref current);
            return paragraphs;
        }

        private static void Flush(List<string> paragraphs, ref string? current)
        {
            if (current != null)
            {
                paragraphs.Add(current);
                current = null;
            }
        }
    }
}
