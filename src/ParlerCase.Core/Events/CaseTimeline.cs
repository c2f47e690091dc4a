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
    /// name, such as the party suing), the same date, or every actor of the mention (two at least) already in it. An undated mention never joins an event dated after its
    /// source was published (a source cannot report as done what had not happened), and a mention that fits
    /// several events joins none. Dated mentions are merged first, most precise first, so undated ones join
    /// events that already have a date.
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
        /// the background): their mentions are one event only when they give the same date.
        /// </summary>
        private static readonly HashSet<EventKind> SameDateOnly = new HashSet<EventKind> { EventKind.Statement, EventKind.Background };

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
            var byKind = new Dictionary<EventKind, List<PendingEvent>>();
            var ordered = mentions
                .Select((m, i) => (Mention: m, Index: i))
                .OrderBy(x => x.Mention.Date?.Value == null ? 1 : 0)
                .ThenBy(x => x.Mention.Date?.Value?.Precision)
                .ThenBy(x => x.Mention.Date?.Value?.IsInterval == true ? 1 : 0)
                .ThenBy(x => x.Index)
                .Select(x => x.Mention);
            foreach (var mention in ordered)
            {
                if (!byKind.TryGetValue(mention.Kind, out var sameKind))
                {
                    byKind[mention.Kind] = sameKind = new List<PendingEvent>();
                }

                var fits = sameKind.Where(e => e.Accepts(mention, protagonists)).ToList();
                var chosen = fits.Count == 1 ? fits[0] : Prefer(fits, mention, protagonists);
                if (chosen == null)
                {
                    chosen = new PendingEvent(mention.Kind);
                    sameKind.Add(chosen);
                    events.Add(chosen);
                }

                chosen.Add(mention);
            }

            return events;
        }

        /// <summary>
        /// Among several fitting events, the one sharing most actors; else none. Not the one of the same source:
        /// articles recall older events of the same kind (the first lawsuit in a story on the second).
        /// </summary>
        private static PendingEvent? Prefer(List<PendingEvent> fits, EventMention mention, HashSet<string> protagonists)
        {
            if (fits.Count == 0)
            {
                return null;
            }

            var ranked = fits.Select(e => (Event: e, Shared: e.SharedActors(mention, protagonists))).OrderByDescending(x => x.Shared).ToList();
            return ranked[0].Shared > ranked[1].Shared ? ranked[0].Event : null;
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

        /// <summary>An event being assembled from its mentions.</summary>
        private sealed class PendingEvent
        {
            private readonly List<EventMention> mentions = new List<EventMention>();
            private DateRange? when;
            private bool dated;

            public PendingEvent(EventKind kind)
            {
                Kind = kind;
            }

            public EventKind Kind { get; }

            public IReadOnlyList<EventMention> Mentions => mentions;

            /// <summary>The date the dated mentions agree on best.</summary>
            public DateRange? When
            {
                get
                {
                    if (!dated)
                    {
                        when = ChooseDate();
                        dated = true;
                    }

                    return when;
                }
            }

            public void Add(EventMention mention)
            {
                mentions.Add(mention);
                dated = false;
            }

            public bool Accepts(EventMention mention, HashSet<string> protagonists)
            {
                var readings = Readings(mention);
                var datedMembers = mentions.Where(m => m.Date?.Value != null).ToList();
                if (readings.Count > 0 && datedMembers.Any(m => !Readings(m).Any(r => readings.Any(r.Overlaps))))
                {
                    return false;
                }

                if (readings.Count == 0 && mention.Tense != Tense.Future && mention.Published is PartialDate published
                    && When is DateRange w && w.Start.Date > new DateRange(published).LastDay)
                {
                    return false;
                }

                var own = Distinguishing(mention.Actors, protagonists);
                var theirs = Distinguishing(mentions.SelectMany(m => m.Actors), protagonists);
                var shared = own.Count(a => theirs.Any(b => Related(a, b)));
                if (own.Count > 0 && theirs.Count > 0 && shared == 0)
                {
                    return false;
                }

                var sameDate = datedMembers.Any(m => Readings(m).Any(r => readings.Contains(r)));

                // Every actor it names (two at least) already takes part: 'Chatter a porté plainte contre Hosty'.
                var allKnown = mention.Actors.Count >= 2 && mention.Actors.All(a => mentions.Any(m => m.Actors.Contains(a)));
                return SameDateOnly.Contains(Kind) ? sameDate : shared > 0 || sameDate || allKnown;
            }

            public int SharedActors(EventMention mention, HashSet<string> protagonists)
            {
                var theirs = Distinguishing(mentions.SelectMany(m => m.Actors), protagonists);
                return Distinguishing(mention.Actors, protagonists).Count(a => theirs.Any(b => Related(a, b)));
            }

            public CaseEvent ToCaseEvent()
            {
                var date = When;
                var caseMentions = mentions.Select(m => Dated(m, date)).ToList();
                var best = mentions.FirstOrDefault(m => m.Date?.Value is DateRange v && date is DateRange d && v.Equals(d))
                    ?? mentions.FirstOrDefault(m => m.Date?.Value != null)
                    ?? mentions[0];
                var actors = mentions.SelectMany(m => m.Actors).Distinct().ToList();
                var sources = mentions.Select(m => m.Source).Distinct().ToList();
                var reported = mentions.Where(m => m.Published != null).Select(m => m.Published!.Value).OrderBy(p => p.Date).Cast<PartialDate?>().FirstOrDefault();
                return new CaseEvent(Kind, date, actors, caseMentions, sources, best.Evidence, reported);
            }

            private static CaseMention Dated(EventMention mention, DateRange? date)
            {
                var own = mention.Date;
                if (own?.Value is not DateRange value)
                {
                    return date == null
                        ? new CaseMention(mention, null, own?.Rule ?? "undated", own?.Warning)
                        : new CaseMention(mention, date, "case-event", null);
                }

                if (date is DateRange d && !d.Equals(value) && own.Alternative is DateRange alternative && alternative.Equals(d))
                {
                    return new CaseMention(mention, d, own.Rule, own.Warning + "; the other mentions of this event support the weekday's reading, kept instead");
                }

                if (date is DateRange narrow && value.IsInterval && !narrow.Equals(value) && value.Contains(narrow))
                {
                    return new CaseMention(mention, narrow, own.Rule, $"the interval {value.Iso} narrowed to {narrow.Iso} by the other mentions of this event");
                }

                return new CaseMention(mention, value, own.Rule, own.Warning);
            }

            /// <summary>
            /// The reading most dated mentions allow (a day inside an interval, a contradictory date's other reading),
            /// then the most precise, then a mention's own first reading.
            /// </summary>
            private DateRange? ChooseDate()
            {
                var dated = mentions.Where(m => m.Date?.Value != null).ToList();
                if (dated.Count == 0)
                {
                    return null;
                }

                return dated
                    .SelectMany(m => Readings(m).Select((r, i) => (Reading: r, Primary: i == 0)))
                    .Select(x => (x.Reading, x.Primary, Support: dated.Count(m => Readings(m).Any(r => r.Contains(x.Reading)))))
                    .OrderByDescending(x => x.Support)
                    .ThenBy(x => x.Reading.Precision)
                    .ThenBy(x => (x.Reading.LastDay - x.Reading.Start.Date).TotalDays)
                    .ThenByDescending(x => x.Primary)
                    .First()
                    .Reading;
            }

            private static List<DateRange> Readings(EventMention mention)
            {
                var readings = new List<DateRange>();
                if (mention.Date?.Value is DateRange value)
                {
                    readings.Add(value);
                    if (mention.Date.Alternative is DateRange alternative)
                    {
                        readings.Add(alternative);
                    }
                }

                return readings;
            }

            private static List<string> Distinguishing(IEnumerable<string> actors, HashSet<string> protagonists) =>
                actors.Where(a => !protagonists.Contains(a) && !protagonists.Any(p => Related(a, p))).Distinct().ToList();

            /// <summary>The same actor, or one named after the other ('Amazon' and 'Amazon Web Services').</summary>
            private static bool Related(string a, string b) =>
                a == b || b.StartsWith(a + " ", StringComparison.Ordinal) || a.StartsWith(b + " ", StringComparison.Ordinal);
        }
    }
}
