using System.Collections.Generic;

namespace ParlerCase.Core.Documents
{
    public sealed class Paragraph : TextSpan
    {
        public Paragraph(int index, int start, string text, IReadOnlyList<Sentence> sentences)
            : base(index, start, text)
        {
            Sentences = sentences;
        }

        public IReadOnlyList<Sentence> Sentences { get; }
    }
}
