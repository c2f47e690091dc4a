namespace ParlerCase.Core.Quotes
{
    /// <summary>A statement a document attributes to someone, with its evidence and how it was found.</summary>
    public sealed class Quote
    {
        internal Quote(string text, QuoteKind kind, Speaker? speaker, string cue, string source, int offset, int length, string sentence, string rule, double confidence, string? note)
        {
            SpeakerOf = speaker;
            Text = text;
            Kind = kind;
            Speaker = speaker?.Name ?? string.Empty;
            SpeakerText = speaker?.Text ?? string.Empty;
            SpeakerRole = speaker?.Role ?? string.Empty;
            Cue = cue;
            Source = source;
            Offset = offset;
            Length = length;
            Sentence = sentence;
            Rule = speaker == null ? rule : rule + "; speaker: " + speaker.How;
            Confidence = confidence;
            Note = note ?? string.Empty;
        }

        /// <summary>The speaker as resolved, for a quotation that continues this one.</summary>
        internal Speaker? SpeakerOf { get; }

        /// <summary>The words quoted or reported, without quotation marks.</summary>
        public string Text { get; }

        public QuoteKind Kind { get; }

        /// <summary>Canonical name of the speaker ('Jean Dupont'), or empty when the text does not say.</summary>
        public string Speaker { get; private set; }

        /// <summary>The speaker as written where the attribution is ('M. Dupont', 'il', 'la lettre').</summary>
        public string SpeakerText { get; }

        /// <summary>The speaker's role as the text gives it ('PDG de Vocal'), or empty.</summary>
        public string SpeakerRole { get; }

        /// <summary>The speech verb or cue word as written ('a déclaré', 'selon'), or empty.</summary>
        public string Cue { get; }

        /// <summary>Id of the article.</summary>
        public string Source { get; }

        /// <summary>Offset of the quoted text in the document.</summary>
        public int Offset { get; }

        public int Length { get; }

        /// <summary>The sentence(s) holding the quote, as evidence.</summary>
        public string Sentence { get; }

        /// <summary>The rules that found the quote and its speaker.</summary>
        public string Rule { get; private set; }

        public double Confidence { get; }

        /// <summary>Anything a reader should know (an unbalanced mark recovered), or empty.</summary>
        public string Note { get; }

        /// <summary>The same quote under the name another article gives its speaker; the rule says so.</summary>
        internal Quote WithSpeakerFromEarlierSource(string name)
        {
            var quote = (Quote)MemberwiseClone();
            quote.Speaker = name;
            quote.Rule = Rule + " → name an earlier source gives";
            return quote;
        }

        public override string ToString() => $"{Speaker}: {Text}";
    }
}
