using System.Collections.Generic;
using System.Linq;
using ParlerCase.Core.Articles;
using ParlerCase.Core.Documents;
using ParlerCase.Core.Entities;
using ParlerCase.Core.Events;
using ParlerCase.Core.Numbers;
using ParlerCase.Core.Quotes;

namespace ParlerCase.Core.Comparison
{
    /// <summary>
    /// How the sources of a case tell the story: every fact (event, quote or quoted text, number, actor) with what
    /// each source says of it, and per source what it reports, what only it has, and which conflicts it is part of.
    /// </summary>
    public sealed class SourceComparison
    {
        private SourceComparison(IReadOnlyList<string> sources, IReadOnlyList<Fact> facts)
        {
            Sources = sources;
            Facts = facts;
        }

        /// <summary>The article Ids, in the order they came.</summary>
        public IReadOnlyList<string> Sources { get; }

        public IReadOnlyList<Fact> Facts { get; }

        public static SourceComparison Build(IReadOnlyList<Article> articles)
        {
            var index = EntityIndex.Build(articles.Select(a => a.Body));
            return Build(articles, index, CaseTimeline.Build(articles, index));
        }

        /// <summary>
        /// The comparison of a corpus whose entity index and timeline the caller already has (the case report shows
        /// both): they are not built again.
        /// </summary>
        public static SourceComparison Build(IReadOnlyList<Article> articles, EntityIndex index, IReadOnlyList<CaseEvent> timeline)
        {
            IReadOnlyDictionary<string, IReadOnlyList<EntityMention>> names = articles.ToDictionary(a => a.Id, a => index.Find(a.Body), System.StringComparer.Ordinal);
            var events = timeline.Where(e => !e.IsBackground).ToList();
            var extractor = new QuoteExtractor(index);
            using var analyzer = new TermAnalyzer();

            var claims = articles.SelectMany((a, n) => ClaimsOf(a, n, extractor.Extract(a.Body, a.Id, includeNonQuotes: true))).ToList();
            var quantities = articles.SelectMany(a => QuantityExtractor.Find(a.Body).Select(q => (a.Id, q)));

            var facts = EventFacts.Facts(events)
                .Concat(ClaimMatcher.Facts(claims, analyzer))
                .Concat(NumberFacts.Facts(quantities))
                .Concat(ActorFacts.Roles(articles, names, analyzer))
                .Concat(ActorFacts.Slots(events, articles, names))
                .ToList();
            return new SourceComparison(articles.Select(a => a.Id).ToList(), facts);
        }

        /// <summary>
        /// The claims a source makes: each quote (quoted text that is no statement, such as a hashtag, still shows
        /// who reports it); the clauses of a long reported statement, since outlets often carry only one of them;
        /// and quoted text nested in a statement, credited to nobody, since the speaker quotes it.
        /// </summary>
        internal static IEnumerable<Claim> ClaimsOf(Article article, int articleNumber, IReadOnlyList<Quote> quotes)
        {
            var language = article.Body.Language;
            for (var i = 0; i < quotes.Count; i++)
            {
                var quote = quotes[i];
                var statement = StatementNumber(articleNumber, i);
                var speaker = quote.Kind == QuoteKind.NotQuote ? string.Empty : quote.Speaker;
                yield return new Claim(article.Id, quote.Text, speaker, quote.Sentence, quote.Offset, language, statement);
                if (quote.Kind == QuoteKind.Indirect)
                {
                    foreach (var clause in Clauses.Of(quote.Text))
                    {
                        yield return new Claim(article.Id, clause, speaker, quote.Sentence, quote.Offset, language, statement);
                    }
                }

                foreach (var (start, end) in QuoteRegions.Find(quote.Text).Regions)
                {
                    var nested = quote.Text.Substring(start + 1, end - start - 1).Trim();
                    if (nested.Length > 0)
                    {
                        yield return new Claim(article.Id, nested, string.Empty, quote.Sentence, quote.Offset, language, statement);
                    }
                }
            }
        }

        /// <summary>
        /// The number of an article's statement in the numbering of all the corpus's statements: the article in the
        /// high half, the statement in the low half, so that no corpus or article size makes two numbers meet.
        /// </summary>
        internal static long StatementNumber(int articleNumber, int statement) => ((long)articleNumber << 32) | (uint)statement;

        /// <summary>
        /// Per source: facts reported, facts only it has, conflicts it is part of. One pass over the facts' sources,
        /// so the cost grows with the mentions, not with sources times facts.
        /// </summary>
        public IEnumerable<SourceSummary> Summaries()
        {
            var tallies = Sources.Distinct(System.StringComparer.Ordinal).ToDictionary(s => s, _ => new Tally(), System.StringComparer.Ordinal);
            foreach (var fact in Facts)
            {
                foreach (var source in fact.Sources)
                {
                    if (tallies.TryGetValue(source, out var tally))
                    {
                        tally.Add(fact);
                    }
                }
            }

            return Sources.Select(source => tallies[source].Summary(source));
        }

        private sealed class Tally
        {
            private readonly List<string> conflicts = new List<string>();
            private int reported;
            private int onlyHere;
            private int agreed;

            public void Add(Fact fact)
            {
                reported++;
                onlyHere += fact.Status == FactStatus.Single ? 1 : 0;
                agreed += fact.Status == FactStatus.Agree ? 1 : 0;
                if (fact.Status == FactStatus.Conflict)
                {
                    conflicts.Add(fact.Topic);
                }
            }

            public SourceSummary Summary(string source) => new SourceSummary(source, reported, onlyHere, agreed, conflicts);
        }
    }
}
