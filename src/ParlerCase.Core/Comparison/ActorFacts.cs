using System;
using System.Collections.Generic;
using System.Linq;
using ParlerCase.Core.Articles;
using ParlerCase.Core.Entities;
using ParlerCase.Core.Events;

namespace ParlerCase.Core.Comparison
{
    /// <summary>
    /// People and organisations across sources: the role each source gives a person ('responsable des politiques
    /// de Vocal' / 'directrice des politiques de Vocal'), side by side; and different names given for one slot of
    /// an event (where the platform came back online: one host in one source, another in another).
    /// </summary>
    public static class ActorFacts
    {
        public static IEnumerable<Fact> Roles(IReadOnlyList<Article> articles, EntityIndex index, TermAnalyzer analyzer)
        {
            var roles = new List<(Entity Entity, FactMention Mention, string Language)>();
            foreach (var article in articles)
            {
                foreach (var mention in index.Find(article.Body).Where(m => m.Role != null))
                {
                    var sentence = article.Body.SentenceAt(mention.Start);
                    roles.Add((mention.Entity, new FactMention(article.Id, mention.Role!, sentence?.Text ?? mention.Text, mention.Start), article.Body.Language));
                }
            }

            foreach (var person in roles.GroupBy(r => r.Entity.Name, StringComparer.Ordinal))
            {
                // One role per source: the first the source gives.
                var perSource = person.GroupBy(r => r.Mention.Source).Select(g => g.First()).ToList();
                var terms = perSource.Select(r => analyzer.Terms(WithoutNames(r.Mention.Value), r.Language)).ToList();
                var agree = terms.All(a => terms.All(b => SameRole(a, b)));
                var mentions = perSource.Select(r => r.Mention).ToList();
                yield return new Fact($"{person.Key}: role", FactKind.Actor, Fact.StatusOf(mentions, agree), mentions, "role-in-apposition");
            }
        }

        /// <summary>
        /// The role's own words: 'de Vocal' in 'responsable des politiques de Vocal' says whose role, not which.
        /// A capitalised word after 'de', 'of', 'at' or an elision names the organisation; 'PDG', 'CEO' stay.
        /// </summary>
        private static string WithoutNames(string role)
        {
            var kept = new List<string>();
            var previous = string.Empty;
            foreach (var word in role.Split(' '))
            {
                var elision = word.LastIndexOfAny(Apostrophes);
                var bare = word.Substring(elision + 1);
                var names = bare.Length > 0 && char.IsUpper(bare[0]) && (elision >= 0 || Of.Contains(previous));
                if (!names)
                {
                    kept.Add(word);
                }

                previous = word.ToLowerInvariant();
            }

            return string.Join(" ", kept);
        }

        private static readonly char[] Apostrophes = { '\'', '’' };

        private static readonly HashSet<string> Of = new HashSet<string>(StringComparer.Ordinal) { "de", "du", "des", "of", "at", "for", "chez" };

        /// <summary>A role reworded keeps at least half its terms ('responsable des politiques' / 'directrice des politiques').</summary>
        private static bool SameRole(HashSet<string> a, HashSet<string> b) =>
            a.Count > 0 && b.Count > 0 && 2 * a.Count(b.Contains) >= Math.Min(a.Count, b.Count);

        /// <summary>
        /// For each kind of event several sources report, the actor each source alone names beside the parties
        /// every such source names: when each source names exactly one and no two the same, they disagree on who
        /// filled that slot. Anything less clear-cut is left alone: a wrong conflict is worse than a missing one.
        /// </summary>
        public static IEnumerable<Fact> Slots(IEnumerable<CaseEvent> events)
        {
            foreach (var kind in events.SelectMany(e => e.Mentions).GroupBy(m => m.Mention.Kind))
            {
                var bySource = kind.GroupBy(m => m.Mention.Source).ToDictionary(g => g.Key, g => g.ToList());
                if (bySource.Count < 2)
                {
                    continue;
                }

                var named = bySource.ToDictionary(s => s.Key, s => new HashSet<string>(s.Value.SelectMany(m => m.Mention.Actors), StringComparer.Ordinal));
                var common = named.Values.Aggregate((a, b) => new HashSet<string>(a.Intersect(b), StringComparer.Ordinal));
                var own = named.ToDictionary(s => s.Key, s => s.Value.Except(common).ToList());
                var filled = own.Where(s => s.Value.Count > 0).ToList();
                if (filled.Count < 2 || filled.Any(s => s.Value.Count != 1) || filled.Select(s => s.Value[0]).Distinct(StringComparer.Ordinal).Count() != filled.Count
                    || own.Any(s => s.Value.Count == 0))
                {
                    continue;
                }

                var mentions = filled.Select(s =>
                {
                    var evidence = bySource[s.Key].First(m => m.Mention.Actors.Contains(s.Value[0]));
                    return new FactMention(s.Key, s.Value[0], evidence.Mention.Evidence, evidence.Mention.Offset);
                }).ToList();
                var parties = common.Count > 0 ? $" with {string.Join(", ", common.OrderBy(c => c, StringComparer.Ordinal))}" : string.Empty;
                yield return new Fact($"{kind.Key}{parties}: who else — {string.Join(" / ", mentions.Select(m => m.Value))}", FactKind.Actor, FactStatus.Conflict, mentions, "different-actor-same-slot");
            }
        }
    }
}
