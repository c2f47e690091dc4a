using System;
using System.Collections.Generic;
using System.Linq;
using ParlerCase.Core.Articles;
using ParlerCase.Core.Documents;
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
        /// <param name="names">The people and organisations each article names, by article Id (EntityIndex.Find).</param>
        public static IEnumerable<Fact> Roles(IReadOnlyList<Article> articles, IReadOnlyDictionary<string, IReadOnlyList<EntityMention>> names, TermAnalyzer analyzer)
        {
            var roles = new List<(Entity Entity, FactMention Mention, string Language)>();
            foreach (var article in articles)
            {
                foreach (var mention in names[article.Id].Where(m => m.Role != null))
                {
                    var sentence = article.Body.SentenceAt(mention.Start);
                    roles.Add((mention.Entity, new FactMention(article.Id, mention.Role!, sentence?.Text ?? mention.Text, mention.Start), article.Body.Language));
                }
            }

            foreach (var person in roles.GroupBy(r => r.Entity.Name, StringComparer.Ordinal))
            {
                // One role per source: the first the source gives.
                var perSource = person.GroupBy(r => r.Mention.Source).Select(g => g.First()).ToList();
                // Compared two by two as distinct wordings: most sources give a person the same role in the same words.
                var terms = perSource.Select(r => analyzer.Terms(WithoutNames(r.Mention.Value), r.Language))
                    .GroupBy(t => string.Join(" ", t.OrderBy(w => w, StringComparer.Ordinal)), StringComparer.Ordinal)
                    .Select(g => g.First())
                    .ToList();
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
        /// filled that slot (where the platform came back online: one host in one source, another in another).
        /// A source whose event sentences name nobody of their own may introduce that party as the subject of
        /// the next sentence ('… a relancé ses services. Nimbus, une société de Lyon, a déclaré…'), if no other
        /// source names it. Anything less clear-cut is left alone: a wrong conflict is worse than a missing one.
        /// </summary>
        /// <param name="names">The people and organisations each article names, by article Id (EntityIndex.Find).</param>
        public static IEnumerable<Fact> Slots(IEnumerable<CaseEvent> events, IReadOnlyList<Article> articles, IReadOnlyDictionary<string, IReadOnlyList<EntityMention>> names)
        {
            var documents = articles.ToDictionary(a => a.Id, a => a.Body, StringComparer.Ordinal);
            var organisations = new Lazy<Organisations>(() => new Organisations(names));
            // The case's own parties fill no 'who else' slot; an incident's names are places and victims, no slot.
            var all = events.SelectMany(e => e.Mentions).Where(m => m.Mention.Kind != EventKind.Incident).ToList();
            var protagonists = new Distinguishing(all.Select(m => m.Mention).ToList()).Protagonists;
            foreach (var kind in all.GroupBy(m => m.Mention.Label == null ? m.Mention.Kind.ToString() : $"{m.Mention.Kind} ({m.Mention.Label})"))
            {
                var bySource = kind.GroupBy(m => m.Mention.Source).ToDictionary(g => g.Key, g => g.ToList());
                if (bySource.Count < 2)
                {
                    continue;
                }

                var named = bySource.ToDictionary(s => s.Key, s => new HashSet<string>(s.Value.SelectMany(m => m.Mention.Actors), StringComparer.Ordinal));
                var common = named.Values.Aggregate((a, b) => new HashSet<string>(a.Intersect(b), StringComparer.Ordinal));
                var fillers = new List<FactMention>();
                foreach (var source in bySource)
                {
                    var own = named[source.Key].Except(common).Where(a => !protagonists.Contains(a)).ToList();
                    var filler = own.Count == 1
                        ? source.Value.Where(m => m.Mention.Actors.Contains(own[0])).Select(m => new FactMention(source.Key, own[0], m.Mention.Evidence, m.Mention.Offset)).First()
                        : own.Count == 0 ? NamedNext(source.Key, source.Value, documents[source.Key], organisations.Value) : null;
                    if (filler == null)
                    {
                        fillers.Clear();
                        break;
                    }

                    fillers.Add(filler);
                }

                if (fillers.Count >= 2 && fillers.Select(f => f.Value).Distinct(StringComparer.Ordinal).Count() == fillers.Count)
                {
                    var parties = common.Count > 0 ? $" with {string.Join(", ", common.OrderBy(c => c, StringComparer.Ordinal))}" : string.Empty;
                    yield return new Fact($"{kind.Key}{parties}: who else — {string.Join(" / ", fillers.Select(m => m.Value))}", FactKind.Actor, FactStatus.Conflict, fillers, "different-actor-same-slot");
                }
            }
        }

        /// <summary>The one name, not a person's, that opens the sentence after a mention, in its paragraph, and that no other source names.</summary>
        private static FactMention? NamedNext(string source, IEnumerable<CaseMention> mentions, Document document, Organisations organisations)
        {
            var found = new List<FactMention>();
            foreach (var mention in mentions)
            {
                var sentence = document.SentenceAt(mention.Mention.Offset);
                if (sentence == null || sentence.Index + 1 >= document.Sentences.Count)
                {
                    continue;
                }

                var next = document.Sentences[sentence.Index + 1];
                var opening = organisations.Of[source].FirstOrDefault(o => o.Start == next.Start);
                if (next.ParagraphIndex == sentence.ParagraphIndex && opening != null && organisations.NamedOnlyBy(opening.Name, source))
                {
                    found.Add(new FactMention(source, opening.Name, next.Text, next.Start));
                }
            }

            return found.Select(f => f.Value).Distinct().Count() == 1 ? found[0] : null;
        }

        /// <summary>The organisations each article names, and which articles name each one.</summary>
        private sealed class Organisations
        {
            private readonly Dictionary<string, HashSet<string>> sourcesOf = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);

            public Organisations(IReadOnlyDictionary<string, IReadOnlyList<EntityMention>> names)
            {
                Of = names.ToDictionary(n => n.Key, n => n.Value.Where(m => m.Kind != EntityKind.Person).ToList(), StringComparer.Ordinal);
                foreach (var article in Of)
                {
                    foreach (var mention in article.Value)
                    {
                        if (!sourcesOf.TryGetValue(mention.Name, out var sources))
                        {
                            sourcesOf[mention.Name] = sources = new HashSet<string>(StringComparer.Ordinal);
                        }

                        sources.Add(article.Key);
                    }
                }
            }

            /// <summary>Per article Id, the organisations it names.</summary>
            public Dictionary<string, List<EntityMention>> Of { get; }

            /// <summary>Whether no article but this one names the organisation.</summary>
            public bool NamedOnlyBy(string name, string source) =>
                !sourcesOf.TryGetValue(name, out var sources) || sources.All(s => s == source);
        }
    }
}
