using System.Collections.Generic;
using ParlerCase.Core.Languages;

namespace ParlerCase.Core.Documents
{
    /// <summary>
    /// Splits one paragraph into sentences in a single left-to-right pass.
    /// A sentence ends at '.', '!', '?' or an ellipsis followed by white space and a word that does not start
    /// in lower case; not after an abbreviation or an initial ('M.', 'Inc.', 'U.S.', 'J.'), not inside a number
    /// ('4,9', '1.5'), and not inside a quotation that closes within the paragraph, so a quote of several
    /// sentences stays with its attribution. A sentence longer than <see cref="MaxLength"/> ends at the next space
    /// (or, with none, at twice that length): every rule's work on a sentence grows with its length, and a run-on
    /// line of megabytes is no sentence.
    /// </summary>
    public sealed class SentenceSplitter
    {
        /// <summary>Far longer than a written sentence (news and court prose stay under a few hundred characters).</summary>
        public const int MaxLength = 1_000;

        // An abbreviation or an initial before a dot is a short word: the look back stops there.
        private const int MaxAbbreviationLength = 16;

        private readonly LanguageData language;
        private readonly LanguageData other;

        public SentenceSplitter(LanguageData language)
        {
            this.language = language;
            // Articles cite names from the other language ('Orbis.com Inc.' in French): honour both lists.
            other = LanguageData.For(language.Code == LanguageData.French ? LanguageData.English : LanguageData.French);
        }

        /// <summary>(offset, length) of each sentence, trimmed of surrounding white space.</summary>
        public IEnumerable<(int Offset, int Length)> Split(string paragraph)
        {
            var quoted = QuoteRegions.Find(paragraph);
            var start = 0;
            var i = 0;
            while (i < paragraph.Length)
            {
                var end = BoundaryAt(paragraph, i, quoted);
                if (end == 0 && i - start >= MaxLength && (char.IsWhiteSpace(paragraph[i]) || (i - start >= 2 * MaxLength && !char.IsLowSurrogate(paragraph[i]))))
                {
                    end = i;
                }

                if (end > 0)
                {
                    var sentence = Trim(paragraph, start, end);
                    if (sentence.Length > 0)
                    {
                        yield return sentence;
                    }

                    start = end;
                    i = end;
                }
                else
                {
                    i++;
                }
            }

            var last = Trim(paragraph, start, paragraph.Length);
            if (last.Length > 0)
            {
                yield return last;
            }
        }

        /// <summary>The end (exclusive) of a sentence that closes at position i, or 0 when none does.</summary>
        private int BoundaryAt(string text, int i, QuoteRegions quoted)
        {
            var c = text[i];
            if (c != '.' && c != '!' && c != '?' && c != '…')
            {
                return 0;
            }

            // Take the whole run of terminal marks ('...', '?!'), then closing quotes and brackets.
            var end = i + 1;
            while (end < text.Length && IsTerminal(text[end]))
            {
                end++;
            }

            while (end < text.Length && IsCloser(text[end]))
            {
                end++;
            }

            // The mark must be outside any quotation, or be the last thing inside the one it closes.
            if (quoted.IsInside(i) && quoted.IsInside(end - 1))
            {
                return 0;
            }

            var next = end;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next == end || next >= text.Length || char.IsLower(text[next]))
            {
                return 0;
            }

            if (c == '.' && end == i + 1 && IsAbbreviationBefore(text, i))
            {
                return 0;
            }

            return end;
        }

        private bool IsAbbreviationBefore(string text, int dot)
        {
            var start = dot;
            while (start > 0 && !char.IsWhiteSpace(text[start - 1]) && !IsOpener(text[start - 1]))
            {
                if (dot - start == MaxAbbreviationLength)
                {
                    return false;
                }

                start--;
            }

            var token = text.Substring(start, dot - start);
            if (token.Length == 0)
            {
                return false;
            }

            // An initial ('J.') or a dotted acronym ('U.S', 'J.-C', 'e.g'), but not a domain ('Orbis.com').
            if ((token.Length == 1 && char.IsUpper(token[0])) || IsDottedAcronym(token))
            {
                return true;
            }

            return language.IsAbbreviation(token) || other.IsAbbreviation(token);
        }

        private static bool IsDottedAcronym(string token)
        {
            if (token.IndexOf('.') < 0)
            {
                return false;
            }

            foreach (var part in token.Split('.'))
            {
                if (part.TrimStart('-').Length > 2)
                {
                    return false;
                }
            }

            return true;
        }

        private static (int Offset, int Length) Trim(string text, int start, int end)
        {
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            return (start, end - start);
        }

        private static bool IsTerminal(char c) => c == '.' || c == '!' || c == '?' || c == '…';

        private static bool IsCloser(char c) => c == '»' || c == '”' || c == '"' || c == '’' || c == ')' || c == ']' || c == '\u00A0' || c == '\u202F';

        private static bool IsOpener(char c) => c == '(' || c == '[' || c == '«' || c == '“' || c == '"' || c == '„';
    }
}
