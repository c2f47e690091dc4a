using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ParlerCase.Completion;
using ParlerCase.Core.Articles;
using ParlerCase.Core.Events;

namespace ParlerCase.Commands
{
    /// <summary>
    /// Get-CaseEvent: the dated timeline of the case, from all its sources at once: one row per story event, its
    /// kind a step of the case or a general act (an Action with a Label), merged across sources, so an event dated
    /// in one dates its undated mentions in the others; output is in date order, undated events last, once the last
    /// source is read. Background (a dated figure, an unnamed happening long before the case) only with -IncludeBackground. With
    /// -PerSource each source's own timeline is written as soon as that source is read.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "CaseEvent", DefaultParameterSetName = PathSet)]
    [OutputType(typeof(CaseEvent))]
    public sealed class GetCaseEventCommand : CaseSourceCommandBase
    {
        /// <summary>Only events that can fall after this date (a month-precision event counts when any of its days does). Undated events are left out.</summary>
        [Parameter]
        public DateTime? After { get; set; }

        /// <summary>Only events that can fall before this date. Undated events are left out.</summary>
        [Parameter]
        public DateTime? Before { get; set; }

        /// <summary>Only events naming one of these actors (wildcards; 'Orbis' also matches 'Orbis Cloud Services').</summary>
        [Parameter]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ActorCompleter))]
        public string[]? Actor { get; set; }

        /// <summary>Only events of these kinds.</summary>
        [Parameter]
        public EventKind[]? Kind { get; set; }

        /// <summary>Each source's own timeline, written as soon as the source is read: events are not merged across sources.</summary>
        [Parameter]
        public SwitchParameter PerSource { get; set; }

        /// <summary>Also the background: dated figures and year-only clauses that are no events, happenings of no named kind long before the case's first step.</summary>
        [Parameter]
        public SwitchParameter IncludeBackground { get; set; }

        private List<(WildcardPattern Pattern, string Plain)>? actorPatterns;

        protected override bool KeepsCorpus => !PerSource;

        protected override void BeginProcessing()
        {
            actorPatterns = Actor?.Select(a => (new WildcardPattern(a, WildcardOptions.IgnoreCase | WildcardOptions.CultureInvariant), a)).ToList();
            base.BeginProcessing();
        }

        protected override void ProcessArticle(Article article)
        {
            if (PerSource)
            {
                Write(new[] { article });
            }
        }

        protected override void EndCorpus(IReadOnlyList<Article> corpus)
        {
            if (corpus.Count > 0)
            {
                Write(corpus);
            }
        }

        private void Write(IReadOnlyList<Article> corpus)
        {
            var timeline = corpus.Count == 1 ? Analyse(corpus[0], () => CaseTimeline.Build(corpus)) : AnalyseCorpus(corpus, CaseTimeline.Build);
            if (timeline == null)
            {
                return;
            }

            var mentions = timeline.SelectMany(e => e.Mentions).ToList();
            var background = timeline.Count(e => e.IsBackground);
            WriteVerbose($"{timeline.Count} case events ({background} background{(IncludeBackground ? string.Empty : ", left out")}) from {mentions.Count} mentions in {corpus.Count} sources; date rules: "
                + string.Join(", ", mentions.GroupBy(m => m.Rule).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} x{g.Count()}")) + ".");
            foreach (var e in timeline)
            {
                var output = new CaseEvent(e);
                if (Matches(e, output))
                {
                    WriteObject(output);
                }
            }
        }

        private bool Matches(Core.Events.CaseEvent e, CaseEvent output)
        {
            if (Kind != null && !Kind.Contains(e.Kind))
            {
                return false;
            }

            if (e.IsBackground && !IncludeBackground)
            {
                return false;
            }

            if (!DateBounds.Admit(After, Before, output.Date, output.LastDay))
            {
                return false;
            }

            return actorPatterns == null || e.Actors.Any(name => actorPatterns.Any(a =>
                a.Pattern.IsMatch(name) || name.StartsWith(a.Plain + " ", StringComparison.OrdinalIgnoreCase)));
        }
    }
}
