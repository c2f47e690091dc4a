using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ParlerCase.Completion;
using ParlerCase.Core.Articles;
using ParlerCase.Core.Quotes;

namespace ParlerCase.Commands
{
    /// <summary>
    /// Get-Quote: the quotations of the case's articles with their speakers, direct, mixed and reported.
    /// Quotes stream: each article's are written once it is read, speakers under the canonical name that
    /// article, or failing it an earlier one, gives.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "Quote", DefaultParameterSetName = PathSet)]
    [OutputType(typeof(Quote))]
    public sealed class GetQuoteCommand : CaseSourceCommandBase
    {
        private List<WildcardPattern>? sources;
        private List<WildcardPattern>? speakers;
        private HashSet<QuoteKind>? kinds;
        private bool includeNonQuotes;
        private readonly QuoteStream stream = new QuoteStream();
        private readonly HashSet<string> found = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);

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

        protected override void BeginProcessing()
        {
            sources = WildcardsOf(Source);
            speakers = WildcardsOf(Speaker);
            kinds = Kind != null ? new HashSet<QuoteKind>(Kind) : null;
            includeNonQuotes = IncludeNonQuote.IsPresent || (kinds != null && kinds.Contains(QuoteKind.NotQuote));
            base.BeginProcessing();
        }

        protected override void ProcessArticle(Article article)
        {
            if (sources != null && !sources.Any(p => p.IsMatch(article.Id)))
            {
                return;
            }

            found.Add(article.Id);

            var quotes = Analyse(article, () => stream.Next(article, includeNonQuotes));
            if (quotes == null)
            {
                return;
            }

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

        /// <summary>A -Source Id without wildcards that no source read has is an error, as Get-CaseSource -Id's is.</summary>
        protected override void EndProcessing()
        {
            base.EndProcessing();
            foreach (var id in (Source ?? Enumerable.Empty<string>()).Where(i => !WildcardPattern.ContainsWildcardCharacters(i) && !found.Contains(i)))
            {
                WriteError(ArticleErrors.Create(ArticleErrors.SourceNotFound, ErrorCategory.ObjectNotFound, $"No source has the Id '{id}'.", id));
            }
        }
    }
}
