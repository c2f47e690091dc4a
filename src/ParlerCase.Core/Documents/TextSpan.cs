namespace ParlerCase.Core.Documents
{
    /// <summary>A stretch of an article's text, cited by character offset into <see cref="Document.Text"/>.</summary>
    public abstract class TextSpan
    {
        protected TextSpan(int index, int start, string text)
        {
            Index = index;
            Start = start;
            Text = text;
        }

        /// <summary>Position among its siblings, from 0.</summary>
        public int Index { get; }

        /// <summary>Offset of the first character in the document text.</summary>
        public int Start { get; }

        public int Length => Text.Length;

        public int End => Start + Text.Length;

        public string Text { get; }

        public bool Contains(int offset) => offset >= Start && offset < End;

        public override string ToString() => Text;
    }
}
