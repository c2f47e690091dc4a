using System.Collections.Generic;
using System.Linq;
using ParlerCase.Core.Events;

namespace ParlerCase.Core.Comparison
{
    /// <summary>
    /// Case events across sources: which sources report each one and the date each gives. Sources that date it
    /// differently conflict; a source that reports it without a date does not.
    /// </summary>
    public static class EventFacts
    {
        public static IEnumerable<Fact> Facts(IEnumerable<CaseEvent> events)
        {
            foreach (var caseEvent in events)
            {
                var mentions = caseEvent.Mentions
                    .Select(m => new FactMention(m.Mention.Source, DateOf(m), m.Mention.Evidence, m.Mention.Offset))
                    .ToList();
                var dated = caseEvent.Mentions.Where(m => m.Mention.Date?.Value != null).ToList();
                var agree = dated.All(a => dated.All(b => a.Mention.Source == b.Mention.Source || a.Mention.Date!.Value!.Value.Overlaps(b.Mention.Date!.Value!.Value)));
                var when = caseEvent.When?.Iso ?? "undated";
                yield return new Fact($"{when} {caseEvent.Kind}: {ClaimMatcher.Shorten(caseEvent.Summary)}", FactKind.Event, Fact.StatusOf(mentions, agree), mentions, "case-event");
            }
        }

        /// <summary>The date the source itself gives, as written and resolved; '(undated)' when it gives none.</summary>
        private static string DateOf(CaseMention mention) =>
            mention.Mention.Date?.Value is { } value ? $"{value.Iso} ('{mention.Mention.Date.Text}')" : "(undated)";
    }
}
