using System;
using System.Collections.Generic;
using System.Linq;
using ParlerCase.Core.Dates;
using ParlerCase.Core.Temporal;

namespace ParlerCase.Core.Events
{
    /// <summary>
    /// The events of one family, indexed by what can make a mention join them (the months and years their dates
    /// cover, their parties), so that each mention is compared with a few events, not all of them.
    /// </summary>
    internal sealed class CandidateIndex
    {
        /// <summary>An interval longer than this is indexed by its years only.</summary>
        private const int MaxIndexedMonths = 24;

        /// <summary>How many dated events on each side of an article's time an undated mention without parties of its own looks at.</summary>
        private const int TimeWindow = 24;

        private readonly Dictionary<string, HashSet<PendingEvent>> byPeriod = new Dictionary<string, HashSet<PendingEvent>>(StringComparer.Ordinal);
        private readonly Dictionary<string, HashSet<PendingEvent>> byActor = new Dictionary<string, HashSet<PendingEvent>>(StringComparer.Ordinal);
        private readonly List<PendingEvent> withoutParties = new List<PendingEvent>();
        private readonly List<PendingEvent> undated = new List<PendingEvent>();
        private readonly Distinguishing parties;

        // Incidents: the names a sentence gives with them are places and victims, not what tells one from another.
        private readonly bool ignoresParties;
        private List<(DateTime Start, PendingEvent Event)>? datedByTime;

        public CandidateIndex(Distinguishing parties, bool ignoresParties)
        {
            this.parties = parties;
            this.ignoresParties = ignoresParties;
        }

        public List<PendingEvent> All { get; } = new List<PendingEvent>();

        public void Open(PendingEvent pending) => All.Add(pending);

        /// <summary>Indexes what the mention brought to the event: its dates and its parties.</summary>
        public void Add(PendingEvent pending, EventMention mention, bool dated)
        {
            if (dated)
            {
                foreach (var reading in PendingEvent.Readings(mention))
                {
                    foreach (var key in Periods(reading, indexing: true))
                    {
                        Put(byPeriod, key, pending);
                    }
                }
            }

            foreach (var actor in mention.Actors.Where(IsDistinguishing))
            {
                Put(byActor, actor, pending);
                foreach (var lead in ActorSet.Leads(actor))
                {
                    Put(byActor, "lead:" + lead, pending);
                }
            }
        }

        /// <summary>The events whose dates may overlap the reading.</summary>
        public HashSet<PendingEvent> Overlapping(DateRange reading)
        {
            var found = new HashSet<PendingEvent>();
            foreach (var key in Periods(reading, indexing: false))
            {
                if (byPeriod.TryGetValue(key, out var set))
                {
                    found.UnionWith(set);
                }
            }

            return found;
        }

        /// <summary>Once every dated mention is in: the dated events by date, and the events without parties of their own.</summary>
        public void Seal()
        {
            datedByTime = All.Where(e => e.IsDated).Select(e => (e.When!.Value.Start.Date, e)).OrderBy(x => x.Item1).ThenBy(x => x.e.Order).ToList();
            withoutParties.Clear();
            withoutParties.AddRange(All.Where(e => e.IsDated && !e.Mentions.Any(m => m.Actors.Any(IsDistinguishing))));
        }

        private bool IsDistinguishing(string actor) => parties.Is(actor);

        /// <summary>
        /// The dated events an undated mention may be: those sharing one of its parties (or a related name), those
        /// without parties of their own, and, when the mention has no parties of its own, those nearest the
        /// article's time.
        /// </summary>
        public IEnumerable<PendingEvent> DatedCandidates(EventMention mention, DateTime articleTime)
        {
            var found = new HashSet<PendingEvent>();
            var own = ignoresParties ? new List<string>() : mention.Actors.Where(IsDistinguishing).ToList();
            foreach (var actor in own)
            {
                Take(actor, found);
                Take("lead:" + actor, found);
                foreach (var lead in ActorSet.Leads(actor))
                {
                    Take(lead, found);
                }
            }

            found.RemoveWhere(e => !e.IsDated);
            if (own.Count > 0)
            {
                found.UnionWith(withoutParties);
                return found;
            }

            // No parties of its own: any dated event of the family, those nearest the article's time first.
            var timeline = datedByTime ?? new List<(DateTime Start, PendingEvent Event)>();
            var at = LowerBound(timeline, articleTime);
            for (var k = Math.Max(0, at - TimeWindow); k < Math.Min(timeline.Count, at + TimeWindow); k++)
            {
                found.Add(timeline[k].Event);
            }

            return found;
        }

        /// <summary>The dated events that begin after a day, earliest first (at most a window of them).</summary>
        public IEnumerable<PendingEvent> DatedAfter(DateTime day)
        {
            var timeline = datedByTime ?? new List<(DateTime Start, PendingEvent Event)>();
            var at = LowerBound(timeline, Calendar.AddDaysWithin(day, 1));
            for (var k = at; k < Math.Min(timeline.Count, at + TimeWindow); k++)
            {
                yield return timeline[k].Event;
            }
        }

        /// <summary>The undated events an undated mention may repeat: sharing a party, or, without parties, those without.</summary>
        public IEnumerable<PendingEvent> UndatedCandidates(EventMention mention)
        {
            var own = ignoresParties ? new List<string>() : mention.Actors.Where(IsDistinguishing).ToList();
            if (own.Count == 0)
            {
                return undated;
            }

            var found = new HashSet<PendingEvent>();
            foreach (var actor in own)
            {
                Take(actor, found);
                Take("lead:" + actor, found);
                foreach (var lead in ActorSet.Leads(actor))
                {
                    Take(lead, found);
                }
            }

            found.RemoveWhere(e => e.IsDated);
            return found;
        }

        public void OpenUndated(PendingEvent pending, EventMention mention)
        {
            All.Add(pending);
            if (ignoresParties || !mention.Actors.Any(IsDistinguishing))
            {
                undated.Add(pending);
            }
        }

        private void Take(string key, HashSet<PendingEvent> found)
        {
            if (byActor.TryGetValue(key, out var set))
            {
                found.UnionWith(set);
            }
        }

        private static int LowerBound(List<(DateTime Start, PendingEvent Event)> list, DateTime at)
        {
            int lo = 0, hi = list.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (list[mid].Start < at)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo;
        }

        /// <summary>
        /// The period keys of a date: its years ('y2021') and its months ('m2021-1'). An event is indexed under both;
        /// a day or a month looks it up by month, a year or a long interval by year.
        /// </summary>
        private static IEnumerable<string> Periods(DateRange reading, bool indexing)
        {
            var first = reading.Start.Date;
            var last = reading.LastDay;
            var months = ((last.Year - first.Year) * 12) + last.Month - first.Month + 1;
            var byYear = reading.Precision == DatePrecision.Year || months > MaxIndexedMonths;
            if (indexing || byYear)
            {
                for (var y = first.Year; y <= last.Year; y++)
                {
                    yield return "y" + y;
                }
            }

            if (indexing ? months <= MaxIndexedMonths * 5 : !byYear)
            {
                // Counted, not stepped past the last: a month after December 9999 does not exist.
                var start = new DateTime(first.Year, first.Month, 1);
                for (var i = 0; i < months; i++)
                {
                    var d = start.AddMonths(i);
                    yield return "m" + d.Year + "-" + d.Month;
                }
            }
        }

        private static void Put(Dictionary<string, HashSet<PendingEvent>> index, string key, PendingEvent pending)
        {
            if (!index.TryGetValue(key, out var set))
            {
                index[key] = set = new HashSet<PendingEvent>();
            }

            set.Add(pending);
        }
    }
}
