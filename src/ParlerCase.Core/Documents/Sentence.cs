namespace ParlerCase.Core.Documents
{
    public sealed class Sentence : TextSpan
    {
        public Sentence(int index, int start, string text, int paragraphIndex)
            : base(index, start, text)
        {
            ParagraphIndex = paragraphIndex;
        }

        public int ParagraphIndex { get; }
    }
}
