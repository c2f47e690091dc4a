using System;
using System.Collections.Generic;
using System.Linq;
using ParlerCase.Core.Dates;
using ParlerCase.Core.Temporal;

namespace ParlerCase.Core.Events
{
    /// <summary>
    /// A case event being assembled from its mentions. It keeps what deciding on a new mention needs (its kinds,
    /// parties, agents, the distinct readings of its dated mentions) so a decision does not read every mention again.
    /// </summary>
    internal sealed class PendingEvent
    {
        private readonly List<EventMention> mentions = new List<EventMention>();
        private readonly Distinguishing parties;
        private readonly HashSet<string> actors = new HashSet<string>(StringComparer.Ordinal);
        private readonly ActorSet distinguishing = new ActorSet();
        private readonly Dictionary<string, int> distinguishingCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        private ActorSet? corroborated;
        private readonly ActorSet agents = new ActorSet();
        private readonly Dictionary<EventKind, int> kinds = new Dictionary<EventKind, int>();

        // The readings of each dated mention (one date, or a date and its other reading), with how many mentions have them.
        private readonly Dictionary<string, (List<DateRange> Readings, int Count)> readingSets = new Dictionary<string, (List<DateRange>, int)>(StringComparer.Ordinal);
        private readonly HashSet<DateRange> readings = new HashSet<DateRange>();
        private DateRange? when;
        private bool dated;

        public PendingEvent(string family, Distinguishing parties, int order)
        {
            Family = family;
            this.parties = parties;
            Order = order;
        }

        /// <summary>What mentions merge within: a family of kinds, or an Action's label.</summary>
        public string Family { get; }

        /// <summary>The order the event was opened in: the earlier one wins a tie.</summary>
        public int Order { get; }

        public IReadOnlyList<EventMention> Mentions => mentions;

        public bool IsDated => readingSets.Count > 0;

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

        /// <summary>The kind most mentions give; on a tie a special kind over the family's general word ('Stay' over 'Ruling').</summary>
        public EventKind Kind => kinds.OrderByDescending(k => k.Value).ThenBy(k => EventKinds.IsGeneral(k.Key) ? 1 : 0).ThenBy(k => k.Key).First().Key;

        /// <summary>What was done, as most mentions of the event's kind say it.</summary>
        public string? Label => mentions.Where(m => m.Kind == Kind && m.Label != null).GroupBy(m => m.Label!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();

        /// <summary>The parties the mentions say act in it.</summary>
        public IEnumerable<string> Agents => mentions.Where(m => m.Agent != null).Select(m => m.Agent!).Distinct(StringComparer.Ordinal);

        public bool HasKind(EventKind kind) => kinds.ContainsKey(kind);

        /// <summary>A mention that dates the event otherwise: it belongs to the event, but its date neither votes nor bounds the others.</summary>
        public void AddConflicting(EventMention mention) => Add(mention, conflicting: true);

        public void Add(EventMention mention) => Add(mention, conflicting: false);

        private void Add(EventMention mention, bool conflicting)
        {
            mentions.Add(mention);
            kinds[mention.Kind] = kinds.TryGetValue(mention.Kind, out var n) ? n + 1 : 1;
            foreach (var actor in mention.Actors)
            {
                actors.Add(actor);
                if (IsDistinguishing(actor))
                {
                    distinguishing.Add(actor);
                }
            }

            foreach (var actor in mention.Actors.Distinct().Where(IsDistinguishing))
            {
                distinguishingCounts[actor] = distinguishingCounts.TryGetValue(actor, out var c) ? c + 1 : 1;
                corroborated = null;
            }

            if (mention.Agent != null)
            {
                agents.Add(mention.Agent);
            }

            var own = Readings(mention);
            if (own.Count > 0 && !conflicting)
            {
                var key = string.Join("|", own.Select(r => r.Iso));
                readingSets[key] = readingSets.TryGetValue(key, out var set) ? (set.Readings, set.Count + 1) : (own, 1);
                readings.UnionWith(own);
                dated = false;
            }
        }

        /// <summary>
        /// Whether the parties of the mention can be those of this event: the party that acts, when both say, is
        /// the same; the parties other than the case's protagonists, when both name some, overlap.
        /// </summary>
        public bool PartiesFit(EventMention mention)
        {
            // An incident's names are places and victims, not parties that tell one incident from another.
            if (Family == nameof(EventKind.Incident))
            {
                return true;
            }

            if (mention.Agent != null && agents.Count > 0 && !agents.HasRelated(mention.Agent))
            {
                return false;
            }

            var mine = mention.Actors.Where(IsDistinguishing).ToList();
            var parties = Parties;
            return mine.Count == 0 || parties.Count == 0 || mine.Any(parties.HasRelated);
        }

        /// <summary>
        /// The event's own parties other than the protagonists: once three mentions tell it, those two of them name
        /// (a name one sentence's clause also holds is no party of the event), as its Actors are chosen.
        /// </summary>
        private ActorSet Parties
        {
            get
            {
                if (mentions.Count < 3)
                {
                    return distinguishing;
                }

                if (corroborated == null)
                {
                    corroborated = new ActorSet();
                    foreach (var c in distinguishingCounts.Where(c => c.Value >= 2))
                    {
                        corroborated.Add(c.Key);
                    }
                }

                return corroborated;
            }
        }

        /// <summary>
        /// Whether a dated mention is this event: a date every dated mention allows, parties that fit, and positive
        /// evidence: the same date; or the same kind (the family's general word aside); or a shared party other than
        /// the protagonists, the same acting party, two of its parties already in it, or no party of its own on
        /// either side. A mention of another kind of the family needs the very date: 'filed last year' is not the
        /// motion of September.
        /// </summary>
        public bool AcceptsDated(EventMention mention)
        {
            var own = Readings(mention);
            if (own.Count == 0 || readingSets.Values.Any(set => !set.Readings.Any(r => own.Any(r.Overlaps))) || !PartiesFit(mention))
            {
                return false;
            }

            if (own.Any(readings.Contains))
            {
                return true;
            }

            if (HasKind(mention.Kind))
            {
                return !EventKinds.IsGeneral(mention.Kind) || Evidence(mention);
            }

            return EventKinds.IsGeneral(mention.Kind) && Evidence(mention);
        }

        private bool Evidence(EventMention mention) =>
            SharedParties(mention) > 0 || SameAgent(mention) || mention.Actors.Distinct().Count(actors.Contains) >= 2
            || (distinguishing.Count == 0 && !mention.Actors.Any(IsDistinguishing));

        /// <summary>
        /// Whether a dated mention that contradicts this event's date is still this event: sources that differ by a
        /// day or two on one step (a time zone, a weekday), or a date announced before the event happened that it
        /// did not keep. The parties must fit, and say it is the same: a shared party other than the protagonists,
        /// or the same acting party.
        /// </summary>
        public bool AcceptsConflicting(EventMention mention, int maxDays)
        {
            if (!(mention.Date?.Value is DateRange value) || When is not DateRange date || !PartiesFit(mention) || mentions.All(m => m.Source == mention.Source))
            {
                return false;
            }

            var near = value.Precision == DatePrecision.Day && date.Precision == DatePrecision.Day
                && Math.Abs((value.Start.Date - date.Start.Date).TotalDays) <= maxDays;
            return near && (SharedParties(mention) > 0 || SameAgent(mention) || (mention.Actors.Count > 0 && mention.Actors.All(actors.Contains)));
        }

        /// <summary>True when the two events name a party other than the protagonists in common.</summary>
        public bool SharesPartyWith(PendingEvent other) => other.distinguishingCounts.Keys.Any(distinguishing.HasRelated);

        /// <summary>True when every mention of the event tells it in the future (a date announced).</summary>
        public bool IsScheduledOnly => mentions.All(m => m.Tense == Tense.Future);

        /// <summary>
        /// Takes another event's mentions in. With <paramref name="vote"/> their dates count as much as this event's
        /// (two reports of one step a day apart: the date most support wins); without, a date that differs is kept
        /// by its mention only (a date announced and not kept).
        /// </summary>
        public void Absorb(PendingEvent other, bool vote)
        {
            foreach (var m in other.Mentions)
            {
                var own = Readings(m);
                if (!vote && own.Count > 0 && When is DateRange date && !own.Any(r => r.Overlaps(date)))
                {
                    AddConflicting(m);
                }
                else
                {
                    Add(m);
                }
            }
        }

        public int SharedParties(EventMention mention) => mention.Actors.Where(IsDistinguishing).Distinct().Count(distinguishing.HasRelated);

        public bool SameAgent(EventMention mention) => mention.Agent != null && agents.HasRelated(mention.Agent);

        /// <summary>True when the event names exactly the mention's parties: a repeat of the same undated report.</summary>
        public bool SameParties(EventMention mention) => actors.SetEquals(mention.Actors);

        public bool IsDistinguishing(string actor) => parties.Is(actor);

        public CaseEvent ToCaseEvent(string? background)
        {
            var date = When;
            var caseMentions = mentions.Select(m => Dated(m, date)).ToList();
            var best = mentions.FirstOrDefault(m => m.Date?.Value is DateRange v && date is DateRange d && v.Equals(d))
                ?? mentions.FirstOrDefault(m => m.Date?.Value != null)
                ?? mentions[0];
            var sources = mentions.Select(m => m.Source).Distinct().ToList();
            var reported = mentions.Where(m => m.Published != null).Select(m => m.Published!.Value).OrderBy(p => p.Date).Cast<PartialDate?>().FirstOrDefault();
            var kind = Kind;
            var label = Label;
            var conflicts = caseMentions.Where(m => m.Conflicts).ToList();
            string? warning = null;
            if (conflicts.Count > 0)
            {
                var byDate = caseMentions.Where(m => m.Mention.Date?.Value != null)
                    .GroupBy(m => m.Mention.Date!.Value!.Value.Iso, StringComparer.Ordinal)
                    .Select(g => $"{g.Key} ({string.Join(", ", g.Select(m => m.Mention.Source).Distinct())})");
                warning = $"the sources date it differently: {string.Join("; ", byDate)}; kept {date?.Iso}, the date most of them support at the finest precision";
            }

            return new CaseEvent(kind, label, date, MainActors(), caseMentions, sources, best.Evidence, reported, warning, background);
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

            if (date is DateRange other && !other.Overlaps(value) && !(own.Alternative is DateRange alt && alt.Overlaps(other)))
            {
                var note = $"this source dates the event {value.Iso}; the other sources {other.Iso}";
                return new CaseMention(mention, value, own.Rule, own.Warning == null ? note : own.Warning + "; " + note, conflicts: true);
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
                .ThenBy(x => x.Reading.Start.Date)
                .First()
                .Reading;
        }
    }
}
