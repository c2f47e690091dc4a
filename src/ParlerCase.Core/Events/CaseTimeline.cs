using System;
using System.Collections.Generic;
using System.Linq;
using ParlerCase.Core.Articles;
using ParlerCase.Core.Dates;
using ParlerCase.Core.Temporal;

namespace ParlerCase.Core.Events
{
    /// <summary>
    /// The case's timeline: event mentions from every source merged into case events, so that an event dated in one
    /// source dates its undated mentions in the others.
    /// <para>
    /// Two mentions are one event when they have the same kind, compatible dates, actors that do not exclude each
    /// other, and positive evidence: a shared actor other than the case's protagonists (the actors most mentions
    /// name, such as the party suing), the same date, or two of the mention's actors already in it.
    /// An undated mention never joins an event dated after its source was published (a source cannot report as
    /// done what had not happened), and a mention that fits several events joins none. Dated mentions are merged
    /// first, most precise first, so undated ones join events that already have a date.
    /// </para>
    /// </summary>
    public static class CaseTimeline
    {
        /// <summary>
        /// A protagonist tells no event from another: an actor named by at least this share of the mentions, and
        /// nearly as often as the most named actor (the party of the case, and its adversary when equally present).
        /// </summary>
        private const double ProtagonistShare = 0.4;
        private const double ProtagonistOfTop = 0.8;

        /// <summary>Events one actor does on its own: 'Apple et Google ont supprimé l'application' is two removals.</summary>
        private static readonly HashSet<EventKind> Distributive = new HashSet<EventKind> { EventKind.AppStoreRemoval, EventKind.Suspension };

        /// <summary>
        /// Kinds with many distinct events that share their actors (every statement of a spokesman, every fact of
        /// the background, every other dated happening): their mentions are one event only when they give the same date.
        /// </summary>
        private static readonly HashSet<EventKind> SameDateOnly = new HashSet<EventKind> { EventKind.Statement, EventKind.Background, EventKind.Other };

        public static IReadOnlyList<CaseEvent> Build(IReadOnlyList<Article> articles)
        {
            var extractor = new EventExtractor(new ActorFinder(articles.Select(a => a.Body)));
            return Build(articles.SelectMany(extractor.Extract).ToList());
        }

        internal static IReadOnlyList<CaseEvent> Build(IReadOnlyList<EventMention> extracted)
        {
            var mentions = extracted.SelectMany(Distribute).ToList();
            var protagonists = Protagonists(mentions);
            var events = Merge(mentions, protagonists);

            // Dates counted from another event ('au lendemain de la suspension') resolve once that event is dated;
            // then the mentions are merged again with their new dates.
            var resolved = ResolveEventRelative(mentions, events);
            if (resolved != null)
            {
                events = Merge(resolved, protagonists);
            }

            return events
                .Select(e => e.ToCaseEvent())
                .OrderBy(e => e.When == null ? 1 : 0)
                .ThenBy(e => e.When?.Start.Date)
                .ThenBy(e => e.When?.Precision)
                .ThenBy(e => e.Kind)
                .ToList();
        }

        private static HashSet<string> Protagonists(IReadOnlyList<EventMention> mentions)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var name in mentions.SelectMany(m => m.Actors))
            {
                counts[name] = counts.TryGetValue(name, out var n) ? n + 1 : 1;
            }

            var top = counts.Count == 0 ? 0 : counts.Values.Max();
            var threshold = Math.Max(Math.Max(2, ProtagonistShare * mentions.Count), ProtagonistOfTop * top);
            return new HashSet<string>(counts.Where(c => c.Value >= threshold).Select(c => c.Key), StringComparer.Ordinal);
        }

        private static IEnumerable<EventMention> Distribute(EventMention mention)
        {
            var doers = mention.Coordinated.SelectMany(p => new[] { p.First, p.Second }).Distinct().ToList();
            if (!Distributive.Contains(mention.Kind) || doers.Count < 2)
            {
                return new[] { mention };
            }

            return doers.Select(d => mention.WithActors(mention.Actors.Where(a => a == d || !doers.Contains(a)).ToList()));
        }

        private static List<PendingEvent> Merge(IReadOnlyList<EventMention> mentions, HashSet<string> protagonists)
        {
            var events = new List<PendingEvent>();
            var indexes = new Dictionary<EventKind, CandidateIndex>();
            var ordered = mentions
                .Select((m, i) => (Mention: m, Index: i))
                .OrderBy(x => x.Mention.Date?.Value == null ? 1 : 0)
                .ThenBy(x => x.Mention.Date?.Value?.Precision)
                .ThenBy(x => x.Mention.Date?.Value?.IsInterval == true ? 1 : 0)
                .ThenBy(x => x.Index)
                .Select(x => x.Mention);
            foreach (var mention in ordered)
            {
                if (!indexes.TryGetValue(mention.Kind, out var index))
                {
                    indexes[mention.Kind] = index = new CandidateIndex();
                }

                var fits = index.Candidates(mention, protagonists, SameDateOnly.Contains(mention.Kind)).Where(e => e.Accepts(mention)).ToList();
                var chosen = fits.Count == 1 ? fits[0] : Prefer(fits, mention);
                if (chosen == null)
                {
                    chosen = new PendingEvent(mention.Kind, protagonists, SameDateOnly.Contains(mention.Kind));
                    events.Add(chosen);
                }

                chosen.Add(mention);
                index.Add(chosen, mention);
            }

            return events;
        }

        /// <summary>
        /// Among several fitting events, the one sharing most actors, or the one that is the same undated report;
        /// else none. Not the one of the same source:
        /// articles recall older events of the same kind (the first lawsuit in a story on the second).
        /// </summary>
        private static PendingEvent? Prefer(List<PendingEvent> fits, EventMention mention)
        {
            if (fits.Count == 0)
            {
                return null;
            }

            var ranked = fits.Select(e => (Event: e, Shared: e.SharedActors(mention))).OrderByDescending(x => x.Shared).ToList();
            if (ranked[0].Shared > ranked[1].Shared)
            {
                return ranked[0].Event;
            }

            // A tie: the same undated report seen before stays with it, claiming no date.
            var repeats = ranked.Where(x => x.Shared == ranked[0].Shared && x.Event.RepeatsUndated(mention)).ToList();
            return repeats.Count == 1 ? repeats[0].Event : null;
        }

        private static List<EventMention>? ResolveEventRelative(List<EventMention> mentions, List<PendingEvent> events)
        {
            var eventOf = new Dictionary<EventMention, PendingEvent>();
            foreach (var e in events)
            {
                foreach (var m in e.Mentions)
                {
                    eventOf[m] = e;
                }
            }

            var changed = false;
            var bySource = mentions.ToLookup(m => m.Source);
            var result = new List<EventMention>(mentions.Count);
            foreach (var mention in mentions)
            {
                var reference = mention.Date?.RelativeToEvent;
                if (mention.Date == null || reference == null || mention.Date.Value != null || mention.Date.Warning != null)
                {
                    result.Add(mention);
                    continue;
                }

                // The event counted from is the mention whose trigger lies in the referring noun phrase.
                var referent = bySource[mention.Source].FirstOrDefault(m => m != mention
                    && m.Triggers.Any(t => t.Start >= reference.Offset && t.Start < reference.Offset + reference.Text.Length));
                if (referent == null || !eventOf.TryGetValue(referent, out var referentEvent) || referentEvent.When is not DateRange from)
                {
                    result.Add(mention);
                    continue;
                }

                var value = new DateRange(reference.Shift.ApplyTo(from.Start), reference.Shift.ApplyTo(from.End));
                var date = new TemporalExpression(mention.Date.Text, mention.Date.Offset, mention.Date.Rule, value, from.Start, "event", mention.Date.Tense,
                    relativeToEvent: reference);
                result.Add(mention.WithDate(date));
                changed = true;
            }

            return changed ? result : null;
        }
    }
}
