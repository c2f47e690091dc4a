using System.Collections.Generic;
using System.Linq;
using ParlerCase.Core.Events;

namespace ParlerCase.Core.Comparison
{
    /// <summary>
    /// The case's story events across sources, as the timeline has them: one fact per event, with which sources
    /// report it and the date each gives. Sources that date it differently conflict (the timeline keeps them one
    /// event, with a warning); a source that reports it without a date does not.
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
                var conflicting = caseEvent.Mentions.Where(m => m.Conflicts).Select(m => m.Mention.Source).Distinct().ToList();
                var agreeing = caseEvent.Mentions.Where(m => !m.Conflicts && m.Mention.Date?.Value != null).Select(m => m.Mention.Source).Distinct().ToList();
                var agree = conflicting.Count == 0 || !conflicting.Any(c => agreeing.Any(a => a != c));
                var when = caseEvent.When?.Iso ?? "undated";
                var what = caseEvent.Label == null ? caseEvent.Kind.ToString() : $"{caseEvent.Kind} ({caseEvent.Label})";
                yield return new Fact($"{when} {what}: {ClaimMatcher.Shorten(caseEvent.Summary)}", FactKind.Event, Fact.StatusOf(mentions, agree), mentions, "case-event");
            }
        }

        /// <summary>The date the source itself gives, as written and resolved; '(undated)' when it gives none.</summary>
        private static string DateOf(CaseMention mention) =>
            mention.Mention.Date?.Value is { } value ? $"{value.Iso} ('{mention.Mention.Date.Text}')" : "(undated)";
    }
}
