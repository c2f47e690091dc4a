namespace ParlerCase.Core.Reporting
{
    /// <summary>A quotation with its speaker and evidence.</summary>
    public sealed class ReportQuote
    {
        public ReportQuote(string speaker, string role, string text, string kind, string cue, string source, string sentence, string rule)
        {
            Speaker = speaker;
            Role = role;
            Text = text;
            Kind = kind;
            Cue = cue;
            Source = source;
            Sentence = sentence;
            Rule = rule;
        }

        /// <summary>Canonical name, or empty when the text does not say.</summary>
        public string Speaker { get; }

        public string Role { get; }

        public string Text { get; }

        public string Kind { get; }

        public string Cue { get; }

        public string Source { get; }

        public string Sentence { get; }

        public string Rule { get; }
    }
}
