using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ParlerCase.Completion;
using ParlerCase.Core.Articles;
using ParlerCase.Core.Dates;
using ParlerCase.Core.Temporal;

namespace ParlerCase.Commands
{
    /// <summary>
    /// Get-CaseDate: every temporal expression of the case's articles (dates, times, durations, repetitions) with
    /// its TIMEX3 value, in text order. Dates stream: each article's are written as soon as it is read.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "CaseDate", DefaultParameterSetName = PathSet)]
    [OutputType(typeof(CaseDate))]
    public sealed class GetCaseDateCommand : CaseSourceCommandBase
    {
        private List<WildcardPattern>? sources;
        private HashSet<TimexType>? types;

        /// <summary>Only expressions of these types.</summary>
        [Parameter]
        public TimexType[]? Type { get; set; }

        /// <summary>Only expressions whose value can fall after this date. Those that name no calendar date are left out.</summary>
        [Parameter]
        public DateTime? After { get; set; }

        /// <summary>Only expressions whose value can fall before this date. Those that name no calendar date are left out.</summary>
        [Parameter]
        public DateTime? Before { get; set; }

        /// <summary>Only expressions from sources whose Id matches one of these; wildcards allowed.</summary>
        [Parameter]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(SourceIdCompleter))]
        public string[]? Source { get; set; }

        protected override void BeginProcessing()
        {
            sources = WildcardsOf(Source);
            types = Type != null ? new HashSet<TimexType>(Type) : null;
            base.BeginProcessing();
        }

        protected override void ProcessArticle(Article article)
        {
            if (sources != null && !sources.Any(p => p.IsMatch(article.Id)))
            {
                return;
            }

            var published = article.Published.HasValue ? article.Published.Value : (PartialDate?)null;
            var expressions = Analyse(article, () => TemporalTagger.Tag(article.Body, published));
            if (expressions == null)
            {
                return;
            }

            WriteVerbose($"{article.Id}: {expressions.Count} temporal expressions; rules: "
                + string.Join(", ", expressions.GroupBy(e => e.Rule).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} x{g.Count()}")) + ".");
            foreach (var e in expressions)
            {
                if (types != null && !types.Contains(e.Type))
                {
                    continue;
                }

                var output = new CaseDate(article.Id, e, article.Body.SentenceAt(e.Offset)?.Text ?? e.Text);
                if (DateBounds.Admit(After, Before, output.First, output.Last))
                {
                    WriteObject(output);
                }
            }
        }
    }
}
