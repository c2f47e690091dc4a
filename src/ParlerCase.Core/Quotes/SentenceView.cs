using System.Collections.Generic;
using ParlerCase.Core.Documents;

namespace ParlerCase.Core.Quotes
{
    /// <summary>A sentence's tokens, each known to be inside quotation marks or not.</summary>
    internal sealed class SentenceView
    {
        private readonly string text;

        /// <param name="text">The document's text, which token offsets point into.</param>
        public SentenceView(Sentence sentence, string text, IReadOnlyList<Token> tokens, bool[] quoted)
        {
            this.text = text;
            Sentence = sentence;
            Tokens = tokens;
            Quoted = quoted;
        }

        public Sentence Sentence { get; }

        public IReadOnlyList<Token> Tokens { get; }

        /// <summary>Per token: between quotation marks (the marks themselves included).</summary>
        public bool[] Quoted { get; }

        public int Count => Tokens.Count;

        public Token this[int i] => Tokens[i];

        /// <summary>Index of the first token starting at or after an offset (Count when none).</summary>
        public int TokenAt(int offset)
        {
            var i = 0;
            while (i < Tokens.Count && Tokens[i].Start < offset)
            {
                i++;
            }

            return i;
        }

        /// <summary>The words of a phrase, case-insensitive, start at token i.</summary>
        public bool Matches(int i, string[] words)
        {
            if (i < 0 || i + words.Length > Tokens.Count)
            {
                return false;
            }

            for (var k = 0; k < words.Length; k++)
            {
                if (!Tokens[i + k].Is(words[k]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The text from token 'first' to token 'last', as written.</summary>
        public string Span(int first, int last) => text.Substring(Tokens[first].Start, Tokens[last].End - Tokens[first].Start);

        /// <summary>The comma that opens an apposition closed by the comma at 'closing' ('Jane Roe, head of X, said'), after 'floor'; -1 when none.</summary>
        public int AppositionOpening(int closing, int floor)
        {
            for (var t = closing - 1; t > floor && !Quoted[t]; t--)
            {
                if (Tokens[t].Text == ",")
                {
                    return t;
                }
            }

            return -1;
        }

        public bool IsPunctuation(int i, string marks) => !Tokens[i].IsWord && marks.IndexOf(Tokens[i].Text[0]) >= 0;
    }
}
