using System.Collections.Generic;

namespace ParlerCase.Core.Documents
{
    /// <summary>A document with the tokens of each sentence, computed once and shared by the passes that read words.</summary>
    internal sealed class TokenizedDocument
    {
        private TokenizedDocument(Document document, IReadOnlyList<IReadOnlyList<Token>> sentences)
        {
            Document = document;
            Sentences = sentences;
        }

        public Document Document { get; }

        /// <summary>Per sentence (by index), its tokens with offsets into the document text.</summary>
        public IReadOnlyList<IReadOnlyList<Token>> Sentences { get; }

        public static TokenizedDocument Of(Document document)
        {
            var sentences = new IReadOnlyList<Token>[document.Sentences.Count];
            foreach (var sentence in document.Sentences)
            {
                sentences[sentence.Index] = WordTokenizer.Tokenize(document.Text, sentence.Start, sentence.End);
            }

            return new TokenizedDocument(document, sentences);
        }
    }
}
