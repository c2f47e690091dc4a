using System.Collections.Generic;
using System.Linq;
using ParlerCase.Core.Documents;

namespace ParlerCase.Core.Quotes
{
    /// <summary>
    /// Pairs quotation marks in one pass over the paragraphs with a stack: « », “ ”, „ “, ‘ ’ and ' ' (when not an
    /// apostrophe), straight " (which closes the innermost straight one open); a doubled mark ('««') counts once;
    /// a curly mark typed the wrong way round ('”text”', '“text“') is read by where it stands.
    /// A quotation left open at a paragraph's end continues when the next paragraph reopens it with the same
    /// mark or closes it before opening any; otherwise it is recovered — to the paragraph's end when it opened the
    /// paragraph, else to the end of its sentence — and a note says so, so one misplaced mark never swallows
    /// the rest of an article.
    /// </summary>
    internal static class QuoteMarks
    {
        private const int MaxParagraphs = 8;

        /// <summary>How far a straight single mark looks for its closer: a quoted phrase, not a page.</summary>
        private const int MaxSingleQuoteChars = 400;

        private enum Family
        {
            Guillemet,
            Curly,
            Low,
            Straight,
            Single,
        }

        public static IReadOnlyList<QuoteSpan> Find(Document document)
        {
            var spans = new List<QuoteSpan>();
            var text = document.Text;
            Open? carried = null;
            var carriedParagraphs = 0;
            foreach (var paragraph in document.Paragraphs)
            {
                var stack = new List<Open>();
                var i = paragraph.Start;
                if (carried != null)
                {
                    var first = SkipSpaces(text, i, paragraph.End);
                    if (first < paragraph.End && Reopens(text, first, carried.Family))
                    {
                        carried.Reopenings.Add(first);
                        i = SkipRun(text, first, paragraph.End);
                    }

                    stack.Add(carried);
                    carried = null;
                }

                for (; i < paragraph.End; i++)
                {
                    var c = text[i];
                    if (!IsMark(c))
                    {
                        continue;
                    }

                    var runEnd = SkipRun(text, i, paragraph.End);
                    var closes = ClosingFamily(text, i, stack);
                    if (closes != null)
                    {
                        var at = stack.FindLastIndex(o => o.Family == closes);
                        var open = stack[at];
                        stack.RemoveRange(at, stack.Count - at);
                        spans.Add(new QuoteSpan(open.At, SkipSpaces(text, open.ContentStart, i), TrimEnd(text, open.ContentStart, i), runEnd, stack.Count > 0, open.Reopenings, null));
                    }
                    else if (OpeningFamily(text, i) is Family family)
                    {
                        stack.Add(new Open(family, i, runEnd));
                    }

                    i = runEnd - 1;
                }

                if (stack.Count > 0)
                {
                    var outer = stack[0];
                    if (carriedParagraphs < MaxParagraphs && Continues(document, paragraph.Index, outer.Family))
                    {
                        carried = outer;
                        carriedParagraphs++;
                    }
                    else
                    {
                        spans.Add(Recover(document, paragraph, outer));
                        carriedParagraphs = 0;
                    }
                }
                else
                {
                    carriedParagraphs = 0;
                }
            }

            if (carried != null)
            {
                spans.Add(Recover(document, document.Paragraphs[document.Paragraphs.Count - 1], carried));
            }

            spans.Sort((a, b) => a.Open.CompareTo(b.Open));
            return spans;
        }

        /// <summary>The next paragraph reopens the quotation, or closes it before opening another.</summary>
        private static bool Continues(Document document, int paragraphIndex, Family family)
        {
            if (paragraphIndex + 1 >= document.Paragraphs.Count)
            {
                return false;
            }

            var next = document.Paragraphs[paragraphIndex + 1];
            var text = document.Text;
            var first = SkipSpaces(text, next.Start, next.End);
            if (first < next.End && Reopens(text, first, family))
            {
                return true;
            }

            for (var i = next.Start; i < next.End; i++)
            {
                if (family == Family.Straight ? text[i] == '"' : IsOpener(text, i, family))
                {
                    return family == Family.Straight && CountOf(text, '"', next.Start, next.End) % 2 == 1;
                }

                if (CloserFamily(text, i) == family)
                {
                    return true;
                }
            }

            return false;
        }

        private static QuoteSpan Recover(Document document, Paragraph paragraph, Open open)
        {
            var text = document.Text;
            var opensParagraph = SkipSpaces(text, paragraph.Start, open.At) == open.At || open.Reopenings.Count > 0;
            int end;
            string note;
            if (opensParagraph)
            {
                end = paragraph.End;
                note = "no closing mark: quotation ended at the end of its paragraph";
            }
            else
            {
                end = document.SentenceAt(open.At)?.End ?? paragraph.End;
                note = "no closing mark: quotation ended at the end of its sentence";
            }

            var contentEnd = end;
            while (contentEnd > open.ContentStart && (char.IsWhiteSpace(text[contentEnd - 1]) || IsMark(text[contentEnd - 1])))
            {
                contentEnd--;
            }

            return new QuoteSpan(open.At, SkipSpaces(text, open.ContentStart, contentEnd), contentEnd, end, false, open.Reopenings, note);
        }

        private static Family? ClosingFamily(string text, int i, List<Open> stack)
        {
            var c = text[i];
            if (c == '"')
            {
                return stack.Any(o => o.Family == Family.Straight) ? Family.Straight : (Family?)null;
            }

            if (c == '“')
            {
                // '“' closes a German „ quotation, or a curly one typed with the wrong mark ('“text“'); otherwise it opens.
                if (IsFollowedByWord(text, i))
                {
                    return null;
                }

                return stack.Any(o => o.Family == Family.Low) ? Family.Low : stack.Any(o => o.Family == Family.Curly) && IsAfterWord(text, i) ? Family.Curly : (Family?)null;
            }

            if (c == '”')
            {
                return stack.Any(o => o.Family == Family.Curly) ? Family.Curly : stack.Any(o => o.Family == Family.Low) ? Family.Low : (Family?)null;
            }

            if (c == '\'')
            {
                return stack.Any(o => o.Family == Family.Single) && IsStraightSingleCloser(text, i) ? Family.Single : (Family?)null;
            }

            if (c == '’')
            {
                // An apostrophe inside a word ('l’application') never closes.
                return stack.Any(o => o.Family == Family.Single) && !IsFollowedByLetter(text, i) ? Family.Single : (Family?)null;
            }

            var family = CloserFamily(text, i);
            return family != null && stack.Any(o => o.Family == family) ? family : null;
        }

        private static Family? CloserFamily(string text, int i) => text[i] switch
        {
            '»' => Family.Guillemet,
            '”' => Family.Curly,
            _ => null,
        };

        private static Family? OpeningFamily(string text, int i)
        {
            switch (text[i])
            {
                case '«': return Family.Guillemet;
                case '“': return Family.Curly;
                case '”': return IsFollowedByWord(text, i) && (i == 0 || char.IsWhiteSpace(text[i - 1])) ? Family.Curly : (Family?)null;
                case '„': return Family.Low;
                case '"': return Family.Straight;
                case '‘': return i == 0 || !char.IsLetterOrDigit(text[i - 1]) ? Family.Single : (Family?)null;
                case '\'': return IsStraightSingleOpener(text, i) ? Family.Single : (Family?)null;
                default: return null;
            }
        }

        private static bool IsOpener(string text, int i, Family family) => OpeningFamily(text, i) == family;

        /// <summary>A paragraph continuing a quotation opens with its mark; French typography may use '»' for that.</summary>
        private static bool Reopens(string text, int i, Family family) => IsOpener(text, i, family) || (family == Family.Guillemet && text[i] == '»');

        private static bool IsMark(char c) => c == '«' || c == '»' || c == '“' || c == '”' || c == '„' || c == '"' || c == '‘' || c == '’' || c == '\'';

        /// <summary>
        /// A straight single mark opens a quotation ('engaged in 'unfair conduct' under') after a space, before a
        /// letter, when one that can close it follows in the same line; otherwise it is an apostrophe ('90s, l'usine).
        /// </summary>
        private static bool IsStraightSingleOpener(string text, int i)
        {
            if ((i > 0 && !char.IsWhiteSpace(text[i - 1]) && "([—–".IndexOf(text[i - 1]) < 0) || !IsFollowedByLetter(text, i))
            {
                return false;
            }

            for (var j = i + 2; j < text.Length && j <= i + MaxSingleQuoteChars && text[j] != '\n'; j++)
            {
                if (text[j] == '\'' && IsStraightSingleCloser(text, j))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>After a word or a mark, and no letter after it ('don't' is no closer).</summary>
        private static bool IsStraightSingleCloser(string text, int i) => i > 0 && !char.IsWhiteSpace(text[i - 1]) && !(i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]));

        private static bool IsFollowedByWord(string text, int i) => i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);

        private static bool IsAfterWord(string text, int i) => i > 0 && !char.IsWhiteSpace(text[i - 1]);

        private static bool IsFollowedByLetter(string text, int i) => i + 1 < text.Length && char.IsLetter(text[i + 1]);

        /// <summary>After a run of one mark, spaces between included ('«« ', '» »').</summary>
        private static int SkipRun(string text, int i, int end)
        {
            var mark = text[i];
            var j = i + 1;
            while (true)
            {
                var k = SkipSpaces(text, j, end);
                if (k < end && text[k] == mark && mark != '"' && mark != '’' && mark != '\'')
                {
                    j = k + 1;
                }
                else
                {
                    return j;
                }
            }
        }

        private static int SkipSpaces(string text, int i, int end)
        {
            while (i < end && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            return i;
        }

        private static int TrimEnd(string text, int start, int end)
        {
            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            return end;
        }

        private static int CountOf(string text, char c, int start, int end)
        {
            var n = 0;
            for (var i = start; i < end; i++)
            {
                if (text[i] == c)
                {
                    n++;
                }
            }

            return n;
        }

        private sealed class Open
        {
            public Open(Family family, int at, int contentStart)
            {
                Family = family;
                At = at;
                ContentStart = contentStart;
            }

            public Family Family { get; }

            public int At { get; }

            public int ContentStart { get; }

            public List<int> Reopenings { get; } = new List<int>();
        }
    }
}
