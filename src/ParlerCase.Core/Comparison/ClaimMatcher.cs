using System;
using System.Collections.Generic;
using System.Linq;

namespace ParlerCase.Core.Comparison
{
    /// <summary>
    /// Groups the claims of all sources that say the same thing — verbatim, trimmed or reworded, as translations of
    /// one statement differ ('au profit de Twitter' / 'au bénéfice de Twitter') — into Quote facts, and compares whom
    /// each source credits. Claims are compared on stemmed terms; candidates come from an inverted index of the
    /// rarer terms, so the cost grows with the corpus, not with its square.
    /// </summary>
    public static class ClaimMatcher
    {
        /// <summary>
        /// Share of the shorter claim's terms the two must have in common: translations of one statement keep its
        /// key terms but pick different words for the rest ('concurrence'/'compétition', 'profit'/'bénéfice').
        /// </summary>
        private const double MinShareOfShorter = 0.4;

        /// <summary>Share of the longer claim's terms, so a two-word scare quote is not one with a long statement that contains it.</summary>
        private const double MinShareOfLonger = 0.3;

        /// <summary>Below this many terms in common, only claims that share all their terms match.</summary>
        private const int MinSharedTerms = 3;

        /// <summary>A term in more claims than this says nothing about which claims match; it only finds candidates no longer.</summary>
        private const int MaxPostings = 64;

        public static IEnumerable<Fact> Facts(IReadOnlyList<Claim> claims, TermAnalyzer analyzer)
        {
            var terms = claims.Select(c => analyzer.Terms(c.Text, c.Language)).ToList();
            var groups = new UnionFind(claims.Count);
            var firstOfStatement = new Dictionary<long, int>();
            var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var i = 0; i < claims.Count; i++)
            {
                if (claims[i].Statement >= 0)
                {
                    if (firstOfStatement.TryGetValue(claims[i].Statement, out var first))
                    {
                        groups.Union(i, first);
                    }
                    else
                    {
                        firstOfStatement[claims[i].Statement] = i;
                    }
                }

                var candidates = new HashSet<int>();
                foreach (var term in terms[i])
                {
                    if (!postings.TryGetValue(term, out var list))
                    {
                        postings[term] = list = new List<int>();
                    }

                    if (list.Count <= MaxPostings)
                    {
                        candidates.UnionWith(list);
                        list.Add(i);
                    }
                }

                foreach (var j in candidates)
                {
                    if (Similar(terms[i], terms[j]))
                    {
                        groups.Union(i, j);
                    }
                }
            }

            return Enumerable.Range(0, claims.Count)
                .GroupBy(groups.Find)
                .Select(g => ToFact(g.ToList(), claims, terms));
        }

        /// <summary>The statement a claim stands for; a claim on its own is a statement of its own.</summary>
        private static long StatementOf(int claim, IReadOnlyList<Claim> all) => all[claim].Statement < 0 ? -1 - claim : all[claim].Statement;

        /// <summary>
        /// The most terms a claim shares with a claim of another statement of its group. Outlets that carry one
        /// statement mostly carry it in the same words, so the claims are compared by their distinct term sets: the
        /// cost grows with the wordings, not with the square of the outlets.
        /// </summary>
        private static int SharedWithOthers(int claim, IReadOnlyList<Wording> wordings, IReadOnlyList<Claim> all, IReadOnlyList<HashSet<string>> terms)
        {
            var statement = StatementOf(claim, all);
            return wordings.Where(w => w.Statements.Count > 1 || !w.Statements.Contains(statement))
                .Select(w => terms[claim].Count(w.Terms.Contains))
                .DefaultIfEmpty(0)
                .Max();
        }

        /// <summary>The distinct term sets of a group, each with the statements that word a claim so.</summary>
        private static List<Wording> Wordings(IReadOnlyList<int> group, IReadOnlyList<Claim> all, IReadOnlyList<HashSet<string>> terms)
        {
            var wordings = new Dictionary<string, Wording>(StringComparer.Ordinal);
            foreach (var i in group)
            {
                var key = string.Join("\u0001", terms[i].OrderBy(t => t, StringComparer.Ordinal));
                if (!wordings.TryGetValue(key, out var wording))
                {
                    wordings[key] = wording = new Wording(terms[i]);
                }

                wording.Statements.Add(StatementOf(i, all));
            }

            return wordings.Values.ToList();
        }

        internal static bool Similar(HashSet<string> a, HashSet<string> b)
        {
            if (a.Count == 0 || b.Count == 0)
            {
                return false;
            }

            var shared = a.Count <= b.Count ? a.Count(b.Contains) : b.Count(a.Contains);
            var shorter = Math.Min(a.Count, b.Count);
            return (shared >= MinSharedTerms || shared == shorter)
                && shared >= MinShareOfShorter * shorter
                && shared >= MinShareOfLonger * Math.Max(a.Count, b.Count);
        }

        private static Fact ToFact(IReadOnlyList<int> group, IReadOnlyList<Claim> all, IReadOnlyList<HashSet<string>> terms)
        {
            // A statement shows once, by the part (whole, clause or nested quote) closest to the other statements.
            var wordings = new Lazy<List<Wording>>(() => Wordings(group, all, terms));
            var claims = group
                .GroupBy(i => StatementOf(i, all))
                .Select(statement => all[statement.Skip(1).Any()
                    ? statement.OrderByDescending(i => SharedWithOthers(i, wordings.Value, all, terms)).ThenBy(i => all[i].Text.Length).First()
                    : statement.First()])
                .ToList();
            var mentions = claims
                .Select(c => new FactMention(c.Source, c.Speaker.Length > 0 ? $"«{c.Text}» ({c.Speaker})" : $"«{c.Text}»", c.Sentence, c.Offset))
                .ToList();
            var speakers = claims.Select(c => c.Speaker).Where(s => s.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var topic = claims.OrderBy(c => c.Text.Length).First().Text;
            return new Fact(Shorten(topic), FactKind.Quote, Fact.StatusOf(mentions, SameSpeaker(speakers)), mentions, "stemmed-terms-overlap");
        }

        /// <summary>
        /// 'Orbis' and 'Orbis Cloud Services' credit the same party; 'Apple' and 'Orbis' do not. Names that each
        /// begin the other two by two are the beginnings of the longest.
        /// </summary>
        private static bool SameSpeaker(IReadOnlyList<string> speakers)
        {
            var longest = speakers.OrderByDescending(s => s.Length).FirstOrDefault();
            return longest == null || speakers.All(s => longest.StartsWith(s, StringComparison.OrdinalIgnoreCase));
        }

        internal static string Shorten(string text) => text.Length <= 90 ? text : text.Substring(0, 89) + "…";

        private sealed class Wording
        {
            public Wording(HashSet<string> terms) => Terms = terms;

            public HashSet<string> Terms { get; }

            public HashSet<long> Statements { get; } = new HashSet<long>();
        }

        private sealed class UnionFind
        {
            private readonly int[] parent;

            public UnionFind(int count) => parent = Enumerable.Range(0, count).ToArray();

            public int Find(int i)
            {
                while (parent[i] != i)
                {
                    parent[i] = parent[parent[i]];
                    i = parent[i];
                }

                return i;
            }

            public void Union(int a, int b) => parent[Find(a)] = Find(b);
        }
    }
}
