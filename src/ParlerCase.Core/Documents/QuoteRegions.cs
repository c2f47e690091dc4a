using System.Collections.Generic;
using System.Linq;

namespace ParlerCase.Core.Documents
{
    /// <summary>
    /// The stretches of a paragraph between quotation marks that open and close within it («…», “…”, „…“, "…").
    /// A mark left open is ignored, so one misplaced mark cannot swallow the rest of a paragraph.
    /// Found in one pass with a stack.
    /// </summary>
    public sealed class QuoteRegions
    {
        private readonly List<(int Start, int End)> regions;

        private QuoteRegions(List<(int Start, int End)> regions, IReadOnlyList<int> unmatched)
        {
            this.regions = regions;
            Unmatched = unmatched;
        }

        /// <summary>(opening mark, closing mark) offsets of each quotation, in order of opening.</summary>
        public IReadOnlyList<(int Start, int End)> Regions => regions;

        /// <summary>Offsets of quotation marks that open and never close, or close with nothing open, in order.</summary>
        public IReadOnlyList<int> Unmatched { get; }

        public static QuoteRegions Find(string text)
        {
            var found = new List<(int Start, int End)>();
            var unmatched = new List<int>();
            var open = new Stack<(char Closer, int At)>();
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '"')
                {
                    // Straight marks do not nest with themselves: one closes the innermost straight quote open.
                    if (ContainsStraight(open))
                    {
                        while (open.Peek().Closer != '"')
                        {
                            unmatched.Add(open.Pop().At);
                        }

                        found.Add((open.Pop().At, i));
                    }
                    else
                    {
                        open.Push(('"', i));
                    }

                    continue;
                }

                if (open.Count > 0 && c == open.Peek().Closer)
                {
                    found.Add((open.Pop().At, i));
                    continue;
                }

                var closer = CloserOf(c);
                if (closer != '\0' && (c != '“' || !IsClosingCurly(text, i)))
                {
                    open.Push((closer, i));
                }
                else if (c == '»' || c == '”')
                {
                    unmatched.Add(i);
                }
            }

            unmatched.AddRange(open.Select(o => o.At));
            unmatched.Sort();
            found.Sort((a, b) => a.Start.CompareTo(b.Start));
            return new QuoteRegions(found, unmatched);
        }

        /// <summary>True when the offset lies strictly between an opening mark and its closing mark.</summary>
        public bool IsInside(int offset)
        {
            foreach (var (start, end) in regions)
            {
                if (start > offset)
                {
                    break;
                }

                if (offset > start && offset < end)
                {
                    return true;
                }
            }

            return false;
        }

        private static char CloserOf(char c) => c switch
        {
            '«' => '»',
            '“' => '”',
            '„' => '“',
            '"' => '"',
            _ => '\0',
        };

        // '“' closes a German '„' quote; as an opener it is followed by text.
        private static bool IsClosingCurly(string text, int i) => i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]) || char.IsPunctuation(text[i + 1]);

        private static bool ContainsStraight(Stack<(char Closer, int At)> open)
        {
            foreach (var (closer, _) in open)
            {
                if (closer == '"')
                {
                    return true;
                }
            }

            return false;
        }
    }
}
