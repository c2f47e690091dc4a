using System.Collections.Generic;
using System.Linq;
using ParlerCase.Core.Articles;
using ParlerCase.Core.Checks;
using ParlerCase.Core.Comparison;
using ParlerCase.Core.Documents;
using ParlerCase.Core.Entities;
using ParlerCase.Core.Events;
using ParlerCase.Core.Quotes;
using ParlerCase.Core.Temporal;

namespace ParlerCase.Core.Reporting
{
    /// <summary>
    /// What a case report shows: the sources, the timeline, the comparison and the quotes, as plain rows. The
    /// adapters from the analysis types live here alone, so the page and its layout do not follow their changes.
    /// </summary>
    public sealed class CaseReport
    {
        public CaseReport(string title, IReadOnlyList<ReportSource> sources, IReadOnlyList<ReportEvent> events, IReadOnlyList<ReportFact> facts, IReadOnlyList<ReportQuote> quotes)
        {
            Title = title;
            Sources = sources;
            Events = events;
            Facts = facts.OrderBy(f => f.Status).ToList();
            Quotes = quotes;
        }

        public string Title { get; }

        public IReadOnlyList<ReportSource> Sources { get; }

        /// <summary>In date order, undated last.</summary>
        public IReadOnlyList<ReportEvent> Events { get; }

        /// <summary>Conflicts first, then agreements, then what one source alone says.</summary>
        public IReadOnlyList<ReportFact> Facts { get; }

        public IReadOnlyList<ReportQuote> Quotes { get; }

        /// <summary>The report of a corpus: every analysis run on every article, in the order they came.</summary>
        public static CaseReport Build(IReadOnlyList<Article> articles, string title)
        {
            var quotes = new QuoteStream();
            var index = EntityIndex.Build(articles.Select(a => a.Body));
            var timeline = CaseTimeline.Build(articles, index);
            return new CaseReport(
                title,
                articles.Select(a => Source(a, SourceChecks.Run(a))).ToList(),
                timeline.Select(Event).ToList(),
                SourceComparison.Build(articles, index, timeline).Facts.Select(Fact).ToList(),
                articles.SelectMany(a => quotes.Next(a)).Select(Quote).ToList());
        }

        private static ReportSource Source(Article article, IEnumerable<Finding> findings) =>
            new ReportSource(
                article.Id,
                Text(article.Title),
                Text(article.Outlet),
                article.Published.HasValue ? article.Published.Value.Iso : string.Empty,
                Text(article.Language),
                WordCount.Of(article.Body.Text),
                Text(article.Url),
                findings.Select(f => new ReportFinding(f.Check.ToString(), f.Severity == Severity.Warning, f.Message, f.Evidence, f.Rule)).ToList());

        private static ReportEvent Event(CaseEvent e) =>
            new ReportEvent(
                e.Kind.ToString(),
                e.When?.Iso ?? string.Empty,
                Span(e.When),
                e.Summary,
                e.Actors,
                e.Mentions.Select(m => new ReportMention(
                    m.Mention.Source,
                    m.Mention.Evidence,
                    m.Mention.Date?.Text ?? string.Empty,
                    m.When?.Iso ?? string.Empty,
                    Span(m.When),
                    m.Rule,
                    m.Warning ?? string.Empty)).ToList(),
                string.Empty);

        private static ReportFact Fact(Fact fact) =>
            new ReportFact(
                fact.Topic,
                fact.Kind.ToString(),
                fact.Status switch { FactStatus.Conflict => ReportStatus.Conflict, FactStatus.Agree => ReportStatus.Agree, _ => ReportStatus.Single },
                fact.Rule,
                fact.Mentions.Select(m => new ReportClaim(m.Source, m.Value, m.Evidence)).ToList());

        private static ReportQuote Quote(Quote quote) =>
            new ReportQuote(quote.Speaker, quote.SpeakerRole, quote.Text, quote.Kind.ToString(), quote.Cue, quote.Source, quote.Sentence, quote.Rule);

        private static DaySpan? Span(DateRange? range) => range is DateRange r ? new DaySpan(r.Start.Date, r.LastDay) : (DaySpan?)null;

        private static string Text(Metadata.Sourced<string> value) => value.HasValue ? value.Value : string.Empty;
    }
}
