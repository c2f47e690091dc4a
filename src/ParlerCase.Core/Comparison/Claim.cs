namespace ParlerCase.Core.Comparison
{
    /// <summary>Words a source reports someone said (or quotes), as input to the comparison.</summary>
    public sealed class Claim
    {
        public Claim(string source, string text, string speaker, string sentence, int offset, string language, long statement = -1)
        {
            Statement = statement;
            Source = source;
            Text = text;
            Speaker = speaker;
            Sentence = sentence;
            Offset = offset;
            Language = language;
        }

        public string Source { get; }

        public string Text { get; }

        /// <summary>Canonical speaker; empty when nobody speaks (a hashtag, a slogan).</summary>
        public string Speaker { get; }

        public string Sentence { get; }

        public int Offset { get; }

        public string Language { get; }

        /// <summary>
        /// Claims cut from one statement (its clauses, a quote nested in it) share this number: they stand for the
        /// same statement, which shows once per fact, by the part that matched. -1 for a claim on its own.
        /// </summary>
        public long Statement { get; }
    }
}
