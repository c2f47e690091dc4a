using System;
using System.Collections.Generic;
using System.Linq;
using ParlerCase.Core.Dates;
using ParlerCase.Core.Temporal;

namespace ParlerCase.Core.Events
{
    /// <summary>
    /// A case event being assembled from its mentions. It keeps what deciding on a new mention needs (its actors,
    /// the distinct readings of its dated mentions) so a decision does not read every mention again.
    /// </summary>
    internal sealed class PendingEvent
    {
        private readonly List<EventMention> mentions = new List<EventMention>();
        private readonly HashSet<string> protagonists;
        private readonly bool sameDateOnly;
        private readonly HashSet<string> actors = new HashSet<string>(StringComparer.Ordinal);
        private readonly ActorSet distinguishing = new ActorSet();

        // The readings of each dated mention (one date, or a date and its other reading), with how many mentions have them.
        private readonly Dictionary<string, (List<DateRange> Readings, int Count)> readingSets = new Dictionary<string, (List<DateRange>, int)>(StringComparer.Ordinal);
        private readonly HashSet<DateRange> readings = new HashSet<DateRange>();
        private DateRange? when;
        private bool dated;

        public PendingEvent(EventKind kind, HashSet<string> protagonists, bool sameDateOnly)
        {
            Kind = kind;
            this.protagonists = protagonists;
            this.sameDateOnly = sameDateOnly;
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
            foreach (var actor in mention.Actors)
            {
                actors.Add(actor);
                if (IsDistinguishing(actor))
                {
                    distinguishing.Add(actor);
                }
            }

            var own = Readings(mention);
            if (own.Count > 0)
            {
                var key = string.Join("|", own.Select(r => r.Iso));
                readingSets[key] = readingSets.TryGetValue(key, out var set) ? (set.Readings, set.Count + 1) : (own, 1);
                readings.UnionWith(own);
                dated = false;
            }
        }

        /// <summary>
        /// Whether the mention can be this event: compatible dates, no undated report of an event after its source
        /// was published, actors that do not exclude each other, and positive evidence that it is the same event.
        /// </summary>
        public bool Accepts(EventMention mention)
        {
            var own = Readings(mention);
            if (own.Count > 0 && readingSets.Values.Any(set => !set.Readings.Any(r => own.Any(r.Overlaps))))
            {
                return false;
            }

            if (own.Count == 0 && mention.Tense != Tense.Future && mention.Published is PartialDate published
                && When is DateRange w && w.Start.Date > new DateRange(published).LastDay)
            {
                return false;
            }

            var mine = mention.Actors.Where(IsDistinguishing).Distinct().ToList();
            var shared = mine.Count(distinguishing.HasRelated);
            if (mine.Count > 0 && distinguishing.Count > 0 && shared == 0)
            {
                return false;
            }

            var sameDate = own.Any(readings.Contains);
            if (sameDateOnly)
            {
                return sameDate;
            }

            // Two of the actors it names already take part: 'Chatter a porté plainte contre Hosty (à Seattle)'.
            var twoKnown = mention.Actors.Distinct().Count(actors.Contains) >= 2;
            return shared > 0 || sameDate || twoKnown;
        }

        /// <summary>True when the event names exactly the mention's actors and has no date: a repeat of the same undated report.</summary>
        public bool RepeatsUndated(EventMention mention) =>
            readingSets.Count == 0 && PendingEvent.Readings(mention).Count == 0 && actors.SetEquals(mention.Actors);

        public int SharedActors(EventMention mention) => mention.Actors.Where(IsDistinguishing).Distinct().Count(distinguishing.HasRelated);

        public bool IsDistinguishing(string actor) => !protagonists.Contains(actor) && !protagonists.Any(p => ActorSet.Related(actor, p));

        public CaseEvent ToCaseEvent()
        {
            var date = When;
            var caseMentions = mentions.Select(m => Dated(m, date)).ToList();
            var best = mentions.FirstOrDefault(m => m.Date?.Value is DateRange v && date is DateRange d && v.Equals(d))
                ?? mentions.FirstOrDefault(m => m.Date?.Value != null)
                ?? mentions[0];
            var sources = mentions.Select(m => m.Source).Distinct().ToList();
            var reported = mentions.Where(m => m.Published != null).Select(m => m.Published!.Value).OrderBy(p => p.Date).Cast<PartialDate?>().FirstOrDefault();
            return new CaseEvent(Kind, date, MainActors(), caseMentions, sources, best.Evidence, reported);
        }

        /// <summary>
        /// The actors, most named first; when three or more mentions tell the event, those at least two of them name
        /// (a place or a person a single sentence also names is no actor of the event).
        /// </summary>
        private List<string> MainActors()
        {
            var counts = mentions.SelectMany(m => m.Actors.Distinct()).GroupBy(a => a, StringComparer.Ordinal)
                .Select(g => (Name: g.Key, Count: g.Count())).OrderByDescending(x => x.Count).ToList();
            var repeated = counts.Where(x => x.Count >= 2).Select(x => x.Name).ToList();
            return mentions.Count >= 3 && repeated.Count > 0 ? repeated : counts.Select(x => x.Name).ToList();
        }

        public static List<DateRange> Readings(EventMention mention)
        {
            var found = new List<DateRange>();
            if (mention.Date?.Value is DateRange value)
            {
                found.Add(value);
                if (mention.Date.Alternative is DateRange alternative)
                {
                    found.Add(alternative);
                }
            }

            return found;
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
            if (readingSets.Count == 0)
            {
                return null;
            }

            return readingSets.Values
                .SelectMany(set => set.Readings.Select((r, i) => (Reading: r, Primary: i == 0)))
                .Select(x => (x.Reading, x.Primary, Support: readingSets.Values.Where(set => set.Readings.Any(r => r.Contains(x.Reading))).Sum(set => set.Count)))
                .OrderByDescending(x => x.Support)
                .ThenBy(x => x.Reading.Precision)
                .ThenBy(x => (x.Reading.LastDay - x.Reading.Start.Date).TotalDays)
                .ThenByDescending(x => x.Primary)
                .First()
                .Reading;
        }
    }
}
