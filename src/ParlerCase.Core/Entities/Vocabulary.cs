using System;
using System.Collections.Generic;
using ParlerCase.Core.Documents;

namespace ParlerCase.Core.Entities
{
    /// <summary>
    /// Which words a corpus writes in lower case and which it capitalises inside a sentence: a capitalised
    /// sentence opener is a common word when it is written in lower case elsewhere and never capitalised mid-sentence.
    /// </summary>
    internal sealed class Vocabulary
    {
        private readonly HashSet<string> lowerCase = new HashSet<string>(StringComparer.Ordinal);
        private readonly HashSet<string> capitalisedInside = new HashSet<string>(StringComparer.Ordinal);
        private readonly Vocabulary? corpus;

        public Vocabulary(Vocabulary? corpus = null)
        {
            this.corpus = corpus;
        }

        public void Add(TokenizedDocument document)
        {
            foreach (var tokens in document.Sentences)
            {
                for (var i = 0; i < tokens.Count; i++)
                {
                    var token = tokens[i];
                    if (!token.IsWord)
                    {
                        continue;
                    }

                    if (char.IsLower(token.Text[0]))
                    {
                        lowerCase.Add(token.Text);
                    }
                    else if (i > 0 && tokens[i - 1].IsWord)
                    {
                        capitalisedInside.Add(token.Text);
                    }
                }
            }
        }

        /// <summary>The corpus's words plus one document's, without copying the corpus's.</summary>
        public Vocabulary With(TokenizedDocument document)
        {
            var layered = new Vocabulary(this);
            layered.Add(document);
            return layered;
        }

        public bool IsCommonWord(string capitalised) =>
            !IsCapitalisedInside(capitalised) && IsLowerCase(capitalised.ToLowerInvariant());

        public bool IsCapitalisedInside(string word) => capitalisedInside.Contains(word) || (corpus != null && corpus.IsCapitalisedInside(word));

        private bool IsLowerCase(string word) => lowerCase.Contains(word) || (corpus != null && corpus.IsLowerCase(word));
    }
}
