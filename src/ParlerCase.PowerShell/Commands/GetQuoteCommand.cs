using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ParlerCase.Completion;
using ParlerCase.Core.Articles;
using ParlerCase.Core.Entities;
using ParlerCase.Core.Quotes;

namespace ParlerCase.Commands
{
    /// <summary>
    /// Get-Quote: the quotations of the case's articles with their speakers, direct, mixed and reported.
    /// Speakers get the canonical name the whole corpus gives them, so the work is done once every article is in.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "Quote", DefaultParameterSetName = PathSet)]
    [OutputType(typeof(Quote))]
    public sealed class GetQuoteCommand : CaseSourceCommandBase
    {
        /// <summary>Only quotes whose speaker (canonical or as written) matches one of these; wildcards allowed.</summary>
        [Parameter]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(SpeakerCompleter))]
        public string[]? Speaker { get; set; }

        /// <summary>Only quotes of these kinds.</summary>
        [Parameter]
        public QuoteKind[]? Kind { get; set; }

        /// <summary>Only quotes from sources whose Id matches one of these; wildcards allowed.</summary>
        [Parameter]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(SourceIdCompleter))]
        public string[]? Source { get; set; }

        /// <summary>Also output marked words that are not quotes (scare quotes, titles, hashtags), as Kind NotQuote.</summary>
        [Parameter]
        public SwitchParameter IncludeNonQuote { get; set; }

        protected override void ProcessArticle(Article article)
        {
        }

        protected override void EndCorpus(IReadOnlyList<Article> corpus)
        {
            var sources = Patterns(Source);
            var speakers = Patterns(Speaker);
            var selected = corpus.Where(a => sources == null || sources.Any(p => p.IsMatch(a.Id))).ToList();
            var index = EntityIndex.Build(corpus.Select(a => a.Body));
            var extractor = new QuoteExtractor(index);
            var kinds = Kind != null ? new HashSet<QuoteKind>(Kind) : null;
            var includeNonQuotes = IncludeNonQuote.IsPresent || (kinds != null && kinds.Contains(QuoteKind.NotQuote));
            foreach (var article in selected)
            {
                var quotes = extractor.Extract(article.Body, article.Id, includeNonQuotes);
                WriteVerbose($"{article.Id}: {quotes.Count} quotes; rules: " + string.Join(", ", quotes.GroupBy(q => q.Rule).Select(g => $"{g.Key} x{g.Count()}")) + ".");
                foreach (var quote in quotes)
                {
                    if ((kinds == null || kinds.Contains(quote.Kind))
                        && (speakers == null || speakers.Any(p => p.IsMatch(quote.Speaker) || p.IsMatch(quote.SpeakerText))))
                    {
                        WriteObject(new Quote(quote));
                    }
                }
            }
        }

        private static List<WildcardPattern>? Patterns(string[]? values) =>
            values?.Select(v => new WildcardPattern(v, WildcardOptions.IgnoreCase | WildcardOptions.CultureInvariant)).ToList();
    }
}
