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

            // Through protagonists, only the events that hold two of the mention's actors.
            var held = mention.Actors.Distinct().Where(byActor.ContainsKey).OrderBy(a => byActor[a].Count).ToList();
            for (var i = 0; i < held.Count - 1; i++)
            {
                found.UnionWith(byActor[held[i]].Where(e => held.Skip(i + 1).Any(a => byActor[a].Contains(e))));
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
