using ParlerCase.Core.Quotes;

namespace ParlerCase
{
    /// <summary>
    /// One quotation as Get-Quote writes it (type name ParlerCase.Quote): plain values only, so Export-Csv
    /// writes readable columns and Group-Object Speaker gives one group per person or organisation.
    /// </summary>
    public sealed class Quote
    {
        internal Quote(Core.Quotes.Quote quote)
        {
            Text = quote.Text;
            Kind = quote.Kind;
            Speaker = quote.Speaker;
            SpeakerText = quote.SpeakerText;
            SpeakerRole = quote.SpeakerRole;
            Cue = quote.Cue;
            Source = quote.Source;
            Offset = quote.Offset;
            Length = quote.Length;
            Sentence = quote.Sentence;
            Rule = quote.Rule;
            Confidence = (int)System.Math.Round(quote.Confidence * 100);
            Note = quote.Note;
        }

        /// <summary>The words quoted or reported, without quotation marks.</summary>
        public string Text { get; }

        public QuoteKind Kind { get; }

        /// <summary>Canonical name ('Jean Dupont' for 'M. Dupont'); empty when the text does not say.</summary>
        public string Speaker { get; }

        /// <summary>The speaker as written at the attribution ('M. Dupont', 'il', 'la lettre').</summary>
        public string SpeakerText { get; }

        public string SpeakerRole { get; }

        /// <summary>The speech verb or cue word as written ('a déclaré', 'selon').</summary>
        public string Cue { get; }

        /// <summary>The article's Id (as Get-CaseSource gives it).</summary>
        public string Source { get; }

        /// <summary>Character offset of Text in the article's cleaned body (CaseSource.Text).</summary>
        public int Offset { get; }

        public int Length { get; }

        /// <summary>The sentence(s) holding the quote.</summary>
        public string Sentence { get; }

        /// <summary>The rules that found the quote and its speaker.</summary>
        public string Rule { get; }

        /// <summary>How sure the attribution is, in percent (0 to 100): a whole number, which Export-Csv writes the same in every culture.</summary>
        public int Confidence { get; }

        /// <summary>An unbalanced quotation mark that was recovered, or empty.</summary>
        public string Note { get; }

        public override string ToString() => Speaker.Length > 0 ? Speaker + ": " + Text : Text;
    }
}
