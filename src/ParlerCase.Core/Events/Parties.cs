using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ParlerCase.Core.Common;
using ParlerCase.Core.Documents;
using ParlerCase.Core.Entities;
using ParlerCase.Core.Languages;

namespace ParlerCase.Core.Events
{
    /// <summary>
    /// The parties events name: the people and organisations of the corpus's shared entity index (the resolver
    /// quotes and comparison use, so an actor and a speaker are named alike: 'AWS' → 'Amazon Web Services',
    /// 'M. Matze' → 'John Matze'), without what a party is not, read from how the corpus writes each name:
    /// <list type="bullet">
    /// <item>a thing a party owns: a name written after a possessive ('son magasin Vocal Store', 'its store brand');</item>
    /// <item>a place: a name the corpus writes only after a place preposition or a place noun ('à Seattle',
    /// 'in Springfield', 'l'État de Washington'), or as a place adjective ('Springfield, Ill.,', 'Lyon-based');</item>
    /// <item>a hashtag, and the capitalised common nouns of event-non-actors.txt ('Web', 'État').</item>
    /// </list>
    /// </summary>
    internal sealed class Parties
    {
        /// <summary>', Calif.,' ', Wash.' after a place: an abbreviated state or region.</summary>
        private static readonly Pattern RegionAfter = Patterns.Compile(@"^,\s*\p{Lu}\p{Ll}{1,5}\.");

        private static readonly Pattern WordBefore = Patterns.Compile(@"(?<word>[\p{L}']+)['’]?\s*$", RegexOptions.ExplicitCapture);

        private readonly EntityIndex index;
        private readonly Dictionary<Document, IReadOnlyList<Actor>> found = new Dictionary<Document, IReadOnlyList<Actor>>();

        // How the corpus writes each name: occurrences in all, after a place word, owned.
        private readonly Dictionary<string, (int All, int Place)> placeCounts = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        private readonly HashSet<string> owned = new HashSet<string>(StringComparer.Ordinal);

        public Parties(EntityIndex index, IEnumerable<Document> corpus)
        {
            this.index = index;
            var read = corpus.Select(d => (Document: d, Names: index.Find(d))).ToList();
            foreach (var (document, names) in read)
            {
                var words = PartyWords.For(document.Language);
                foreach (var name in names)
                {
                    var before = WordBeforeName(document.Text, name.Start);
                    if (words.Possessives.Contains(before))
                    {
                        owned.Add(name.Name);
                    }

                    var place = words.PlacePrepositions.Contains(before) || words.PlaceNouns.Contains(NounBefore(document.Text, name.Start, words))
                        || RegionAfter.IsMatch(Rest(document.Text, name.End));
                    var counts = placeCounts.TryGetValue(name.Name, out var c) ? c : (0, 0);
                    placeCounts[name.Name] = (counts.Item1 + 1, counts.Item2 + (place ? 1 : 0));
                }
            }

            foreach (var (document, names) in read)
            {
                found[document] = Keep(document, names);
            }
        }

        /// <summary>The parties a document names, in text order (any document: one outside the corpus is read now).</summary>
        public IReadOnlyList<Actor> Find(Document document) =>
            found.TryGetValue(document, out var actors) ? actors : Keep(document, index.Find(document));

        /// <summary>True when the corpus writes the name as a place: every time after a place word.</summary>
        public bool IsPlace(string name) => placeCounts.TryGetValue(name, out var c) && c.All > 0 && c.Place == c.All;

        private IReadOnlyList<Actor> Keep(Document document, IReadOnlyList<EntityMention> names)
        {
            var words = PartyWords.For(document.Language);
            var kept = new List<Actor>(names.Count);
            foreach (var name in names)
            {
                var text = document.Text;
                if (words.NonActors.Contains(name.Name) || words.NonActors.Contains(name.Text) || owned.Contains(name.Name) || IsPlace(name.Name)
                    || (name.Start > 0 && text[name.Start - 1] == '#') || IsAdjective(text, name.End, words)
                    || (name.Name.Length > 5 && name.Name.All(ch => !char.IsLetter(ch) || char.IsUpper(ch)) && name.Name.IndexOf(' ') > 0))
                {
                    continue;
                }

                kept.Add(new Actor(name.Start, name.End, name.Name));
            }

            return kept;
        }

        /// <summary>'Lyon-based', 'Seattle-born': a name that qualifies a noun as a place.</summary>
        private static bool IsAdjective(string text, int end, PartyWords words)
        {
            if (end >= text.Length || text[end] != '-')
            {
                return false;
            }

            var k = end + 1;
            while (k < text.Length && char.IsLetter(text[k]))
            {
                k++;
            }

            return words.PlaceSuffixes.Contains(text.Substring(end + 1, k - end - 1).ToLowerInvariant());
        }

        private static string Rest(string text, int end) => text.Substring(end, Math.Min(12, text.Length - end));

        /// <summary>The lower-case word right before a name, elision kept ('l'', 'à', 'its'); empty after punctuation.</summary>
        private static string WordBeforeName(string text, int start)
        {
            var from = Math.Max(0, start - 24);
            var m = WordBefore.Match(text.Substring(from, start - from));
            if (!m.Success)
            {
                return string.Empty;
            }

            var word = m.Groups["word"].Value.Replace('’', '\'').ToLowerInvariant();
            var apostrophe = word.LastIndexOf('\'');
            return apostrophe >= 0 && apostrophe < word.Length - 1 ? word.Substring(apostrophe + 1) : word;
        }

        /// <summary>'État' in 'l'État de Washington', 'state' in 'the state of Washington': the noun before 'de'/'of'.</summary>
        private static string NounBefore(string text, int start, PartyWords words)
        {
            var from = Math.Max(0, start - 40);
            var before = text.Substring(from, start - from).Replace('’', '\'');
            var m = words.OfBefore.Match(before);
            if (!m.Success)
            {
                return string.Empty;
            }

            // 'le tribunal fédéral de Nantes': the noun may take an adjective before 'de'.
            var noun = m.Groups["noun"].Value.ToLowerInvariant();
            var adjectiveOf = m.Groups["before"].Value.ToLowerInvariant();
            return words.PlaceNouns.Contains(noun) || adjectiveOf.Length == 0 ? noun : adjectiveOf;
        }

        /// <summary>The words of one language that tell a party from a place or a thing (event-contexts.txt, event-non-actors.txt).</summary>
        private sealed class PartyWords
        {
            private static readonly Dictionary<string, Lazy<PartyWords>> Cache =
                LanguageData.Supported.ToDictionary(code => code, code => new Lazy<PartyWords>(() => new PartyWords(code)), StringComparer.OrdinalIgnoreCase);

            private PartyWords(string code)
            {
                var table = LanguageData.ReadTable(code, "event-contexts.txt").ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
                HashSet<string> Words(string key) => new HashSet<string>(
                    table.TryGetValue(key, out var list) ? list.Split(',').Select(w => w.Trim().Replace('’', '\'').TrimEnd('\'').ToLowerInvariant()) : Enumerable.Empty<string>(),
                    StringComparer.Ordinal);
                Possessives = Words("possessives");
                PlacePrepositions = Words("place-prepositions");
                PlaceNouns = Words("place-nouns");
                PlaceSuffixes = Words("place-suffixes");
                var of = table.TryGetValue("of", out var ofList) ? ofList : "of";
                OfBefore = Patterns.Compile(@"(?:(?<before>\p{L}+)\s+)?(?<noun>\p{L}+)\s+(?:" + string.Join("|", of.Split(',').Select(w => Regex.Escape(w.Trim()).Replace("'", "'\\s*"))) + @")\s*$", RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase);
                NonActors = new HashSet<string>(LanguageData.ReadList(code, "event-non-actors.txt"), StringComparer.Ordinal);
            }

            public HashSet<string> Possessives { get; }

            public HashSet<string> PlacePrepositions { get; }

            public HashSet<string> PlaceNouns { get; }

            public HashSet<string> PlaceSuffixes { get; }

            public Pattern OfBefore { get; }

            public HashSet<string> NonActors { get; }

            public static PartyWords For(string? code) =>
                (code != null && Cache.TryGetValue(code, out var lazy) ? lazy : Cache[LanguageData.English]).Value;
        }
    }
}
