using System.Collections.Generic;
using System.Linq;
using ParlerCase.Core.Articles;
using ParlerCase.Core.Entities;

namespace ParlerCase.Core.Quotes
{
    /// <summary>
    /// The quotes of a corpus read one article at a time, so they can be written before the next article is read:
    /// each article's speakers go under the names it gives, or failing it the full name an earlier article gave
    /// ('AWS' → 'Amazon Web Services'). Nothing of an article is kept but the names it taught.
    /// </summary>
    public sealed class QuoteStream
    {
        private readonly KnownNames knownNames = new KnownNames();

        /// <summary>The quotes of the next article, in text order; marked words that are not quotes only when asked.</summary>
        public IReadOnlyList<Quote> Next(Article article, bool includeNonQuotes = false)
        {
            var index = EntityIndex.Build(new[] { article.Body });
            var quotes = new QuoteExtractor(index).Extract(article.Body, article.Id, includeNonQuotes)
                .Select(q => knownNames.Canonical(q.Speaker, index) is var name && name != q.Speaker ? q.WithSpeakerFromEarlierSource(name) : q)
                .ToList();
            knownNames.Learn(index);
            return quotes;
        }
    }
}
