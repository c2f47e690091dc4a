namespace ParlerCase.Core.Comparison
{
    /// <summary>What one source says about a fact, and where it says it.</summary>
    public sealed class FactMention
    {
        public FactMention(string source, string value, string evidence, int offset)
        {
            Source = source;
            Value = value;
            Evidence = evidence;
            Offset = offset;
        }

        /// <summary>The article Id.</summary>
        public string Source { get; }

        /// <summary>What the source says: the date it gives, the words it quotes and whom it credits, the value.</summary>
        public string Value { get; }

        /// <summary>The sentence it says it in.</summary>
        public string Evidence { get; }

        /// <summary>Offset of the mention in the source's text.</summary>
        public int Offset { get; }

        public override string ToString() => $"{Source}: {Value}";
    }
}
