using System.Collections.Generic;
using System.Linq;

namespace ParlerCase.Core.Documents
{
    /// <summary>
    /// Splits text into words and punctuation in one pass. A word keeps inner hyphens and dots ('a-t-il',
    /// 'Orbis.com'); French elisions are words of their own with their apostrophe ('qu'', 'l''), and so is
    /// the English possessive (''s'). White space, no-break spaces included, separates tokens.
    /// </summary>
    public static class WordTokenizer
    {
        // Punctuation tokens are one character: share the strings of the common ones instead of allocating each.
        private static readonly string[] AsciiPunctuation = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

        public static IReadOnlyList<Token> Tokenize(string text) => Tokenize(text, 0, text.Length);

        /// <summary>Tokens of text[start..end), with offsets into the whole text.</summary>
        public static IReadOnlyList<Token> Tokenize(string text, int start, int end)
        {
            var tokens = new List<Token>();
            var i = start;
            while (i < end)
            {
                var c = text[i];
                if (char.IsWhiteSpace(c))
                {
                    i++;
                    continue;
                }

                if (!char.IsLetterOrDigit(c))
                {
                    tokens.Add(new Token(i, Punctuation(FoldApostrophe(c)), false));
                    i++;
                    continue;
                }

                var wordStart = i;
                while (i < end)
                {
                    var d = text[i];
                    if (char.IsLetterOrDigit(d))
                    {
                        i++;
                    }
                    else if ((d == '-' || d == '.') && i + 1 < end && char.IsLetterOrDigit(text[i + 1]))
                    {
                        i++;
                    }
                    else if (IsApostrophe(d) && i + 1 < end && char.IsLetter(text[i + 1]))
                    {
                        if (IsElision(text, wordStart, i))
                        {
                            i++;
                            break;
                        }

                        if (IsPossessive(text, i, end))
                        {
                            break;
                        }

                        i++;
                    }
                    else
                    {
                        break;
                    }
                }

                // A dotted abbreviation keeps its last period: 'U.S.', 'J.-C.'.
                if (i < end && text[i] == '.' && IsDottedAbbreviation(text, wordStart, i))
                {
                    i++;
                }

                tokens.Add(new Token(wordStart, Fold(text.Substring(wordStart, i - wordStart)), true));
                if (i < end && IsApostrophe(text[i]) && IsPossessive(text, i, end))
                {
                    tokens.Add(new Token(i, "'s", true));
                    i += 2;
                }
            }

            return tokens;
        }

        private static bool IsDottedAbbreviation(string text, int start, int end)
        {
            var dots = 0;
            var run = 0;
            for (var k = start; k < end; k++)
            {
                if (text[k] == '.')
                {
                    dots++;
                    run = 0;
                }
                else if (++run > 2)
                {
                    return false;
                }
            }

            return dots > 0;
        }

        private static string Punctuation(char c) => c < AsciiPunctuation.Length ? AsciiPunctuation[c] : c.ToString();

        public static bool IsApostrophe(char c) => c == '\'' || c == '’';

        // French elided words: one letter ('l'', 'd'', 'n'') or ending in 'qu' ('qu'', 'lorsqu'', 'jusqu''); an Irish
        // 'O'' before a capital is part of the name ('O'Neill').
        private static bool IsElision(string text, int wordStart, int apostrophe)
        {
            var length = apostrophe - wordStart;
            return (length == 1 && !(text[wordStart] == 'O' && char.IsUpper(text[apostrophe + 1]))) || (length >= 2 && (text[apostrophe - 1] == 'u' || text[apostrophe - 1] == 'U') && (text[apostrophe - 2] == 'q' || text[apostrophe - 2] == 'Q'));
        }

        private static bool IsPossessive(string text, int apostrophe, int end) =>
            apostrophe + 1 < end && (text[apostrophe + 1] == 's') && (apostrophe + 2 >= end || !char.IsLetterOrDigit(text[apostrophe + 2]));

        private static char FoldApostrophe(char c) => c == '’' ? '\'' : c;

        private static string Fold(string word) => word.IndexOf('’') < 0 ? word : word.Replace('’', '\'');
    }
}
