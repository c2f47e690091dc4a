using System;
using System.Collections.Generic;
using System.Linq;
using ParlerCase.Core.Temporal;

namespace ParlerCase.Core.Events
{
    /// <summary>
    /// The events of one kind, indexed by what can make a mention join them (an actor, a related actor, a date),
    /// so that each mention is compared with a few events, not all of them.
    /// </summary>
    internal sealed class CandidateIndex
    {
        private readonly Dictionary<string, HashSet<PendingEvent>> byActor = new Dictionary<string, HashSet<PendingEvent>>(StringComparer.Ordinal);
        private readonly Dictionary<string, HashSet<PendingEvent>> byLead = new Dictionary<string, HashSet<PendingEvent>>(StringComparer.Ordinal);
        private readonly Dictionary<DateRange, HashSet<PendingEvent>> byDate = new Dictionary<DateRange, HashSet<PendingEvent>>();

        public void Add(PendingEvent pending, EventMention mention)
        {
            foreach (var actor in mention.Actors)
            {
                Put(byActor, actor, pending);
                foreach (var lead in ActorSet.Leads(actor))
                {
                    Put(byLead, lead, pending);
                }
            }

            foreach (var reading in PendingEvent.Readings(mention))
            {
                Put(byDate, reading, pending);
            }
        }

        /// <summary>The events that share a date, an actor or a related actor with the mention (only a date when <paramref name="dateOnly"/>).</summary>
        public IEnumerable<PendingEvent> Candidates(EventMention mention, HashSet<string> protagonists, bool dateOnly)
        {
            var found = new HashSet<PendingEvent>();
            foreach (var reading in PendingEvent.Readings(mention))
            {
                Take(byDate, reading, found);
            }

            if (dateOnly)
            {
                return found;
            }

            // Protagonists are shared by nearly every event: through them, only the events that hold every actor
            // of the mention, found from its least common actor.
            var distinguishing = mention.Actors.Where(a => !protagonists.Contains(a)).ToList();
            foreach (var actor in distinguishing)
            {
                Take(byActor, actor, found);
                Take(byLead, actor, found);
                foreach (var lead in ActorSet.Leads(actor))
                {
                    Take(byActor, lead, found);
                }
            }

            if (mention.Actors.Count >= 2)
            {
                var rarest = mention.Actors.OrderBy(a => byActor.TryGetValue(a, out var set) ? set.Count : 0).First();
                if (byActor.TryGetValue(rarest, out var holders))
                {
                    found.UnionWith(holders.Where(e => mention.Actors.All(a => byActor.TryGetValue(a, out var set) && set.Contains(e))));
                }
            }

            return found;
        }

        private static void Put<TKey>(Dictionary<TKey, HashSet<PendingEvent>> index, TKey key, PendingEvent pending)
            where TKey : notnull
        {
            if (!index.TryGetValue(key, out var set))
            {
                index[key] = set = new HashSet<PendingEvent>();
            }

            set.Add(pending);
        }

        private static void Take<TKey>(Dictionary<TKey, HashSet<PendingEvent>> index, TKey key, HashSet<PendingEvent> found)
            where TKey : notnull
        {
            if (index.TryGetValue(key, out var set))
            {
                found.UnionWith(set);
            }
        }
    }
}
