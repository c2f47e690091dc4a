using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ParlerCase.Completion;
using ParlerCase.Core.Articles;
using ParlerCase.Core.Comparison;

namespace ParlerCase.Commands
{
    /// <summary>
    /// Compare-Source: how the sources tell the story. Every fact (event, quote, number, actor) with what each
    /// source says of it; or, Compare-Object style, two sources side by side; or a summary per source.
    /// </summary>
    [Cmdlet(VerbsData.Compare, "Source", DefaultParameterSetName = PathSet)]
    [OutputType(typeof(SourceFact), typeof(SourceDifference), typeof(SourceSummary))]
    public sealed class CompareSourceCommand : CaseSourceCommandBase
    {
        /// <summary>The source whose facts are the left side ('&lt;=').</summary>
        [Parameter]
        [ArgumentCompleter(typeof(SourceIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string? ReferenceSource { get; set; }

        /// <summary>The source whose facts are the right side ('=&gt;').</summary>
        [Parameter]
        [ArgumentCompleter(typeof(SourceIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string? DifferenceSource { get; set; }

        /// <summary>With a pair of sources: also the facts both report alike ('==').</summary>
        [Parameter]
        public SwitchParameter IncludeEqual { get; set; }

        /// <summary>With a pair of sources: only the facts both report alike.</summary>
        [Parameter]
        public SwitchParameter ExcludeDifferent { get; set; }

        /// <summary>One object per source: facts reported, facts only it has, conflicts it is part of.</summary>
        [Parameter]
        public SwitchParameter Summary { get; set; }

        /// <summary>One column per source of the corpus with what it says: a coverage matrix, for a small corpus.</summary>
        [Parameter]
        public SwitchParameter Wide { get; set; }

        /// <summary>Only facts of these kinds.</summary>
        [Parameter]
        public FactKind[]? Kind { get; set; }

        /// <summary>Only facts with these statuses.</summary>
        [Parameter]
        public FactStatus[]? Status { get; set; }

        protected override void BeginProcessing()
        {
            if ((ReferenceSource == null) != (DifferenceSource == null))
            {
                ThrowTerminatingError(ArticleErrors.Create("SourcePairIncomplete", ErrorCategory.InvalidArgument, "-ReferenceSource and -DifferenceSource go together: give both, or neither to compare every source.", this));
            }

            if (Summary && ReferenceSource != null)
            {
                ThrowTerminatingError(ArticleErrors.Create("SummaryWithSourcePair", ErrorCategory.InvalidArgument, "-Summary describes every source: it does not take -ReferenceSource and -DifferenceSource. Leave out -Summary to compare the pair.", this));
            }

            if (Wide && (Summary || ReferenceSource != null))
            {
                ThrowTerminatingError(ArticleErrors.Create("WideWithoutFacts", ErrorCategory.InvalidArgument, "-Wide lays the facts out with a column per source: it does not take -Summary, -ReferenceSource or -DifferenceSource.", this));
            }

            if ((IncludeEqual || ExcludeDifferent) && ReferenceSource == null)
            {
                ThrowTerminatingError(ArticleErrors.Create("SourcePairMissing", ErrorCategory.InvalidArgument, "-IncludeEqual and -ExcludeDifferent compare a pair of sources: give -ReferenceSource and -DifferenceSource.", this));
            }

            base.BeginProcessing();
        }

        // Whether a fact is shared, single or in conflict is known only once every source is in.
        protected override bool KeepsCorpus => true;

        protected override void EndCorpus(IReadOnlyList<Article> corpus)
        {
            if (corpus.Count == 0)
            {
                return;
            }

            WriteVerbose($"Comparing {corpus.Count} sources.");
            var comparison = AnalyseCorpus(corpus, SourceComparison.Build);
            if (comparison == null)
            {
                return;
            }

            var facts = comparison.Facts.Where(f => (Kind == null || Kind.Contains(f.Kind)) && (Status == null || Status.Contains(f.Status))).ToList();
            WriteVerbose($"{facts.Count} facts: " + string.Join(", ", facts.GroupBy(f => f.Rule).Select(g => $"{g.Key} x{g.Count()}")) + ".");
            if (Summary)
            {
                WriteObject(comparison.Summaries().Select(s => new SourceSummary(s)), enumerateCollection: true);
            }
            else if (ReferenceSource != null)
            {
                ComparePair(comparison, facts, ReferenceSource, DifferenceSource!);
            }
            else
            {
                WriteFacts(facts, comparison.Sources);
            }
        }

        /// <summary>Each fact as soon as it is made, so the pipeline holds only the ones the next command keeps.</summary>
        private void WriteFacts(IEnumerable<Fact> facts, IReadOnlyList<string> sources)
        {
            var columns = Wide ? WideFact.SourceColumns(sources) : null;
            foreach (var fact in facts)
            {
                var item = new SourceFact(fact);
                WriteObject(columns == null ? item : (object)WideFact.Create(item, columns));
            }
        }

        private void ComparePair(SourceComparison comparison, IEnumerable<Fact> facts, string reference, string difference)
        {
            foreach (var id in new[] { reference, difference })
            {
                if (!comparison.Sources.Contains(id))
                {
                    ThrowTerminatingError(ArticleErrors.Create("SourceNotFound", ErrorCategory.ObjectNotFound, $"No source with the Id '{id}' in the corpus ({string.Join(", ", comparison.Sources)}).", id));
                }
            }

            foreach (var fact in facts)
            {
                var left = fact.Mentions.Where(m => m.Source == reference).ToList();
                var right = fact.Mentions.Where(m => m.Source == difference).ToList();
                if (left.Count == 0 && right.Count == 0)
                {
                    continue;
                }

                var leftValue = string.Join("; ", left.Select(m => m.Value).Distinct());
                var rightValue = string.Join("; ", right.Select(m => m.Value).Distinct());
                // A conflict among all the sources may still find these two alike.
                var bothAlike = left.Count > 0 && right.Count > 0 && (fact.Status != FactStatus.Conflict || leftValue == rightValue);
                if (bothAlike)
                {
                    if (IncludeEqual || ExcludeDifferent)
                    {
                        WriteObject(new SourceDifference(fact, "==", leftValue, rightValue, SourceFact.EvidenceOf(left.Concat(right))));
                    }

                    continue;
                }

                if (ExcludeDifferent)
                {
                    continue;
                }

                if (left.Count > 0)
                {
                    WriteObject(new SourceDifference(fact, "<=", leftValue, rightValue, SourceFact.EvidenceOf(left)));
                }

                if (right.Count > 0)
                {
                    WriteObject(new SourceDifference(fact, "=>", leftValue, rightValue, SourceFact.EvidenceOf(right)));
                }
            }
        }
    }
}
