namespace ParlerCase.Core.Documents
{
    /// <summary>A word or a punctuation mark of a text, with its offset into that text.</summary>
    public readonly struct Token
    {
        public Token(int start, string text, bool isWord)
        {
            Start = start;
            Text = text;
            IsWord = isWord;
        }

        public int Start { get; }

        public int End => Start + Text.Length;

        /// <summary>As written, except that the typographic apostrophe is folded to '\''.</summary>
        public string Text { get; }

        /// <summary>Letters or digits (a word, an elided article 'l'', a number); false for punctuation.</summary>
        public bool IsWord { get; }

        /// <summary>Starts with an upper-case letter.</summary>
        public bool IsCapitalised => IsWord && char.IsUpper(Text[0]);

        public bool Is(string text) => string.Equals(Text, text, System.StringComparison.OrdinalIgnoreCase);

        public override string ToString() => Text;
    }
}
