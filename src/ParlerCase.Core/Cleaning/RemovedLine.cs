namespace ParlerCase.Core.Cleaning
{
    /// <summary>A line taken out of an article's body, and why.</summary>
    public sealed class RemovedLine
    {
        public RemovedLine(int lineNumber, string text, string rule)
        {
            LineNumber = lineNumber;
            Text = text;
            Rule = rule;
        }

        /// <summary>1-based line number in the decoded file.</summary>
        public int LineNumber { get; }

        public string Text { get; }

        /// <summary>The named rule that removed it ('share-button', 'tag-list', 'repeated-line'...).</summary>
        public string Rule { get; }

        public override string ToString() => $"{LineNumber}: {Text} [{Rule}]";
    }
}
