using System;
using System.Collections.Generic;
using System.Linq;

namespace ParlerCase.Core.Events
{
    /// <summary>
    /// Which parties tell one event from another. Not the case's protagonists (the actors most mentions name, such
    /// as the party suing and its adversary, and the names built on theirs): they take part in nearly every event.
    /// Nor a name the mentions give only once and no other name relates to (a misspelt name, a genre taken for a name): a
    /// name no other report corroborates cannot set two reports of one step apart.
    /// </summary>
    internal sealed class Distinguishing
    {
        /// <summary>
        /// A protagonist: a name that, with the names built on it ('Orbis', 'Orbis Cloud'), is named by at least this
        /// share of the mentions and at least half as often as the most named party (the party of the case, and its
        /// adversary).
        /// </summary>
        private const double ProtagonistShare = 0.15;
        private const double ProtagonistOfTop = 0.5;

        private readonly HashSet<string> weak;

        public Distinguishing(IReadOnlyList<EventMention> mentions)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var name in mentions.SelectMany(m => m.Actors.Distinct()))
            {
                counts[name] = counts.TryGetValue(name, out var n) ? n + 1 : 1;
            }

            // Each name counted under its shortest form the mentions also give ('Orbis Cloud' under 'Orbis').
            var roots = counts.Keys.ToDictionary(n => n, n => ActorSet.Leads(n).FirstOrDefault(counts.ContainsKey) ?? n, StringComparer.Ordinal);
            var byRoot = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var c in counts)
            {
                byRoot[roots[c.Key]] = byRoot.TryGetValue(roots[c.Key], out var n) ? n + c.Value : c.Value;
            }

            var top = byRoot.Count == 0 ? 0 : byRoot.Values.Max();
            var threshold = Math.Max(Math.Max(2, ProtagonistShare * mentions.Count), ProtagonistOfTop * top);
            Protagonists = new HashSet<string>(counts.Keys.Where(n => byRoot[roots[n]] >= threshold), StringComparer.Ordinal);

            // A name given once, unless a longer or a shorter name of the mentions builds on it ('Orbis' / 'Orbis Cloud').
            var leads = new HashSet<string>(counts.Keys.SelectMany(ActorSet.Leads), StringComparer.Ordinal);
            weak = new HashSet<string>(
                counts.Where(c => c.Value == 1 && !leads.Contains(c.Key) && !ActorSet.Leads(c.Key).Any(counts.ContainsKey)).Select(c => c.Key),
                StringComparer.Ordinal);
        }

        public HashSet<string> Protagonists { get; }

        public bool Is(string actor) => !weak.Contains(actor) && !Protagonists.Contains(actor) && !Protagonists.Any(p => ActorSet.Related(actor, p));
    }
}
