using System.Collections.Generic;
using System.Linq;
using ParlerCase.Core.Documents;
using ParlerCase.Core.Entities;

namespace ParlerCase.Core.Quotes
{
    /// <summary>
    /// Extracts the quotations of a document and attributes them.
    /// Marked quotations: a speech verb after the closing mark ('», a déclaré X', '," said X'), else one before
    /// it in the sentence ('X a estimé que « ... »'), else 'selon X', else the subject of a sentence ending in a
    /// colon just before, else the speaker of the quotation the paragraph continues, else (a long fragment in
    /// the reporter's sentence) that sentence's subject. A few quoted words nobody is said to utter are scare
    /// quotes; capitalised or announced words ('le hashtag « ... »') are titles: both are not quotes.
    /// Reported speech: a speech verb with a clause or an infinitive ('a déclaré que', 'said it would', 'said most
    /// residents are', 'a déclaré avoir'), a sentence closed by its attribution ('..., a-t-il déclaré', '..., Smith
    /// said on Monday.'), 'selon X' with X a named speaker, a charge from its verb on ('accused X of Y'). A clause
    /// whose own words come before quoted ones is reported with them ('said the price was "fair"'), and a clause
    /// after a quotation ('..., adding that ...') is reported too. A speech verb inside reported or quoted words does
    /// not start another quote. Quotes are read in text order, so a floating quotation continues the statement before
    /// it, and a pronoun takes who spoke in the sentence before; a speaker the text describes without a name keeps its
    /// description, a lawyer speaks as the lawyer, and a speaker the text does not make out is left empty.
    /// </summary>
    public sealed class QuoteExtractor
    {
        private readonly EntityIndex index;

        public QuoteExtractor(EntityIndex index)
        {
            this.index = index;
        }

        /// <summary>The quotes of a document in text order; marked words that are not quotes only when asked.</summary>
        public IReadOnlyList<Quote> Extract(Document document, string source, bool includeNonQuotes = false)
        {
            var lexicon = SpeechLexicon.For(document.Language);
            var spans = QuoteMarks.Find(document);
            var tokenized = index.Tokenized(document);
            var context = new QuoteContext(tokenized, spans, index.Find(tokenized), new CueFinder(lexicon));
            var reader = new QuoteReader(context, new SpeakerResolver(context, index, lexicon), lexicon, source);
            var quotes = new List<Quote>();
            var marked = spans.Where(s => !s.Nested).ToList();
            var next = 0;
            void MarkedBefore(int end)
            {
                for (; next < marked.Count && marked[next].Open < end; next++)
                {
                    var quote = reader.Marked(marked[next]);
                    if (quote != null && (includeNonQuotes || quote.Kind != QuoteKind.NotQuote))
                    {
                        quotes.Add(quote);
                    }
                }
            }

            // In text order, so that a quotation with no attribution of its own can take the speaker of the
            // statement just before it, marked or reported.
            for (var s = 0; s < document.Sentences.Count; s++)
            {
                MarkedBefore(document.Sentences[s].End);
                quotes.AddRange(reader.Reported(s));
            }

            MarkedBefore(int.MaxValue);
            quotes.Sort((a, b) => a.Offset.CompareTo(b.Offset));
            return quotes;
        }
    }
}
