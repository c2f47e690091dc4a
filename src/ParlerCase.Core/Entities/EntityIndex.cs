using System;
using System.Collections.Generic;
using System.Linq;
using ParlerCase.Core.Documents;

namespace ParlerCase.Core.Entities
{
    /// <summary>
    /// The people and organisations a corpus names, each under one canonical name: a surname, or a title and
    /// a surname, resolves to the one full name the corpus gives with that surname ('M. Dupont' → 'Jean Dupont');
    /// an acronym to the name it abbreviates ('OCS' → 'Orbis Cloud Services'); a legal form is dropped
    /// ('Twitter Inc' → 'Twitter'), a domain name is its company ('Orbis.com' → 'Orbis'); a role written in
    /// apposition names its holder ('le PDG de Vocal, Jean Dupont').
    /// </summary>
    public sealed class EntityIndex
    {
        private readonly Vocabulary vocabulary;
        private readonly Dictionary<string, Entity> byAlias;
        private readonly Dictionary<Document, TokenizedDocument> built;

        private EntityIndex(Vocabulary vocabulary, Dictionary<string, Entity> byAlias, Dictionary<Document, TokenizedDocument> built)
        {
            this.vocabulary = vocabulary;
            this.byAlias = byAlias;
            this.built = built;
            Entities = byAlias.Values.Distinct().OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
        }

        public IReadOnlyList<Entity> Entities { get; }

        public static EntityIndex Build(IEnumerable<Document> documents)
        {
            var list = documents.Select(TokenizedDocument.Of).ToList();
            var vocabulary = new Vocabulary();
            foreach (var document in list)
            {
                vocabulary.Add(document);
            }

            var finder = new NameFinder(vocabulary);
            var occurrences = list.SelectMany(finder.Find).ToList();
            var built = new Dictionary<Document, TokenizedDocument>();
            foreach (var document in list)
            {
                built[document.Document] = document;
            }

            return new EntityIndex(vocabulary, Merge(occurrences), built);
        }

        /// <summary>The names in a document (which need not be one the index was built from), in text order.</summary>
        public IReadOnlyList<EntityMention> Find(Document document) => Find(Tokenized(document));

        /// <summary>The document's tokens: those the index read when it was built from it, else read now.</summary>
        internal TokenizedDocument Tokenized(Document document) => built.TryGetValue(document, out var tokenized) ? tokenized : TokenizedDocument.Of(document);

        internal IReadOnlyList<EntityMention> Find(TokenizedDocument document)
        {
            // A document of the corpus is already in the vocabulary; another one adds its own words.
            var finder = new NameFinder(built.ContainsKey(document.Document) ? vocabulary : vocabulary.With(document));
            var mentions = new List<EntityMention>();
            foreach (var occurrence in finder.Find(document))
            {
                var entity = Lookup(occurrence.Text) ?? new Entity(occurrence.Text, KindOf(new[] { occurrence }), Array.Empty<string>(), Array.Empty<string>(), occurrence.Gender);
                mentions.Add(new EntityMention(occurrence.Start, occurrence.Text, entity, occurrence.Role, occurrence.Rule));
            }

            return mentions;
        }

        /// <summary>The entity a name, an alias or a role written in the corpus stands for, or null.</summary>
        public Entity? Lookup(string name)
        {
            var key = Key(name);
            if (byAlias.TryGetValue(key, out var entity))
            {
                return entity;
            }

            var withoutArticle = Key(StripArticle(name));
            if (byAlias.TryGetValue(withoutArticle, out entity))
            {
                return entity;
            }

            var bare = Key(StripTitle(name));
            return bare.Length > 0 && char.IsUpper(bare[0]) && byAlias.TryGetValue(bare, out entity) ? entity : null;
        }

        /// <summary>The canonical name of a name as written ('M. Dupont' → 'Jean Dupont'); unknown names come back tidied.</summary>
        public string Canonical(string name) => Lookup(name)?.Name ?? StripTitle(name).Trim();

        /// <summary>The one person the corpus gives a role noun ('PDG', 'juge'), or null when none or several.</summary>
        public Entity? HolderOf(string roleNoun)
        {
            Entity? holder = null;
            foreach (var entity in Entities)
            {
                if (entity.Roles.Any(r => FirstWordOf(r).Equals(roleNoun, StringComparison.OrdinalIgnoreCase) || r.Equals(roleNoun, StringComparison.OrdinalIgnoreCase)))
                {
                    if (holder != null && holder != entity)
                    {
                        return null;
                    }

                    holder = entity;
                }
            }

            return holder;
        }

        private static Dictionary<string, Entity> Merge(List<NameOccurrence> occurrences)
        {
            // Canonical name of every name as written: acronyms to their definitions, surnames to full names.
            var canonical = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var o in occurrences)
            {
                if (o.Acronym != null)
                {
                    canonical[Key(o.Acronym)] = o.Text;
                }
                else if (o.Definition != null)
                {
                    canonical[Key(o.Text)] = o.Definition;
                }
            }

            var names = new HashSet<string>(occurrences.Select(o => Key(o.Text)), StringComparer.Ordinal);
            var titledSurnames = new HashSet<string>(occurrences.Where(o => o.WordCount == 1 && o.HasTitle).Select(o => Key(o.Text)), StringComparer.Ordinal);
            var fullNamesBySurname = occurrences
                .Where(o => o.WordCount >= 2 && !o.HasLegalForm && o.Acronym == null && (IsPersonLike(o, titledSurnames) || LooksLikeFirstAndLastName(o, names)))
                .GroupBy(o => Key(LastWordOf(o.Text)), StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(o => o.Text).Distinct(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
            var byInitials = names.Where(n => n.IndexOf(' ') > 0)
                .SelectMany(n => InitialsOf(n).Select(initials => (Initials: initials, Name: n)))
                .GroupBy(p => p.Initials, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(p => p.Name).Distinct(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
            foreach (var key in names)
            {
                if (canonical.ContainsKey(key))
                {
                    continue;
                }

                if (key.IndexOf(' ') < 0 && fullNamesBySurname.TryGetValue(key, out var full) && full.Count == 1)
                {
                    canonical[key] = full[0];
                }
                else if (IsAcronym(key) && byInitials.TryGetValue(key, out var spelled) && spelled.Count == 1)
                {
                    // 'FTC' in an article that also writes 'Federal Trade Commission', without parentheses.
                    canonical[key] = spelled[0];
                }
                else if (key.EndsWith(".com", StringComparison.Ordinal) && names.Contains(key.Substring(0, key.Length - 4)))
                {
                    canonical[key] = key.Substring(0, key.Length - 4);
                }
            }

            var groups = occurrences.GroupBy(o => Resolve(canonical, Key(o.Text)), StringComparer.Ordinal);
            var byAlias = new Dictionary<string, Entity>(StringComparer.Ordinal);
            foreach (var group in groups)
            {
                var written = group.Select(o => o.Text).Distinct(StringComparer.Ordinal).ToList();
                var name = written.FirstOrDefault(w => Key(w) == group.Key) ?? group.First().Definition ?? group.Key;
                var entity = new Entity(
                    name,
                    KindOf(group),
                    written.Where(w => Key(w) != group.Key).ToList(),
                    group.Where(o => o.Role != null).Select(o => o.Role!).Distinct(StringComparer.Ordinal).ToList(),
                    GenderOf(group));
                byAlias[group.Key] = entity;
                foreach (var w in written)
                {
                    byAlias[Key(w)] = entity;
                }

                foreach (var role in entity.Roles)
                {
                    byAlias[Key(role)] = entity;
                }
            }

            return byAlias;
        }

        private static string Resolve(Dictionary<string, string> canonical, string key)
        {
            // Chains are short ('Orbis.com' → 'Orbis'); the bound guards against a cycle.
            for (var hops = 0; hops < 4 && canonical.TryGetValue(key, out var next); hops++)
            {
                key = Key(next);
            }

            return key;
        }

        /// <summary>A person: titled or given a role here, or a full name whose last word the corpus titles ('M. Dupont').</summary>
        private static bool IsPersonLike(NameOccurrence o, HashSet<string> titledSurnames) => o.IsPerson || titledSurnames.Contains(Key(LastWordOf(o.Text)));

        /// <summary>
        /// 'Paul Durand' with 'Durand' used alone: two plain capitalised words, the first not a name of its own
        /// ('Google Play' is not a person).
        /// </summary>
        private static bool LooksLikeFirstAndLastName(NameOccurrence o, HashSet<string> names)
        {
            var words = o.Text.Split(' ');
            return words.Length == 2 && words.All(IsPlainCapitalised) && names.Contains(words[1]) && !names.Contains(words[0]);
        }

        private static bool IsPlainCapitalised(string word) => word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).All(c => char.IsLower(c) || c == '-');

        private static Gender GenderOf(IEnumerable<NameOccurrence> occurrences)
        {
            var genders = occurrences.Select(o => o.Gender).Where(g => g != Gender.Unknown).Distinct().ToList();
            return genders.Count == 1 ? genders[0] : Gender.Unknown;
        }

        private static EntityKind KindOf(IEnumerable<NameOccurrence> occurrences)
        {
            var list = occurrences.ToList();
            if (list.Any(o => o.IsPerson) || (list.Any(o => o.WordCount >= 2) && list.Any(p => p.WordCount == 1 && p.HasTitle)))
            {
                return EntityKind.Person;
            }

            // All capitals ('NPR', 'OCS') is an organisation's way of writing; a lone capitalised word may be a surname.
            if (list.Any(o => o.HasLegalForm || o.Acronym != null || o.Definition != null || (o.WordCount == 1 && o.Text.Length > 1 && o.Text.All(c => !char.IsLower(c)))))
            {
                return EntityKind.Organisation;
            }

            if (list.Any(o => o.IsPlaced))
            {
                return EntityKind.Place;
            }

            // A full name also written as its last word alone ('Paul Durand', 'Durand') is a person.
            return list.Any(o => o.WordCount >= 2) && list.Any(o => o.WordCount == 1) ? EntityKind.Person : EntityKind.Unknown;
        }

        /// <summary>Drops a leading article, honorific or role noun ('le juge Martin', 'Mr. Smith').</summary>
        internal static string StripTitle(string name)
        {
            var lexicon = EntityLexicon.Instance;
            var words = name.Replace('’', '\'').Split(new[] { ' ', '\u00A0' }, StringSplitOptions.RemoveEmptyEntries).ToList();
            while (words.Count > 1)
            {
                var w = words[0].TrimEnd('.');
                if (lexicon.Determiners.Contains(w) || lexicon.Titles.Contains(w) || lexicon.RoleWords.Contains(w))
                {
                    words.RemoveAt(0);
                }
                else if (w.EndsWith("'", StringComparison.Ordinal) && lexicon.Determiners.Contains(w))
                {
                    words.RemoveAt(0);
                }
                else
                {
                    break;
                }
            }

            var joined = string.Join(" ", words);
            return joined.StartsWith("l'", StringComparison.OrdinalIgnoreCase) ? joined.Substring(2) : joined;
        }

        private static string StripArticle(string text)
        {
            var lexicon = EntityLexicon.Instance;
            var trimmed = text.Trim().Replace('’', '\'');
            var apostrophe = trimmed.IndexOf('\'');
            if (apostrophe > 0 && apostrophe <= 2 && lexicon.Determiners.Contains(trimmed.Substring(0, apostrophe + 1)))
            {
                return trimmed.Substring(apostrophe + 1);
            }

            var space = trimmed.IndexOf(' ');
            return space > 0 && lexicon.Determiners.Contains(trimmed.Substring(0, space)) ? trimmed.Substring(space + 1) : trimmed;
        }

        private static string Key(string name) =>
            string.Join(" ", name.Replace('’', '\'').Split(new[] { ' ', '\u00A0', '\u202F', '\t' }, StringSplitOptions.RemoveEmptyEntries));

        private static bool IsAcronym(string word) => word.Length >= 2 && word.Length <= 6 && word.All(char.IsUpper);

        /// <summary>The initials of a multi-word name, with and without its small joining words ('FTC'; 'DOJ' and 'DJ').</summary>
        private static IEnumerable<string> InitialsOf(string name)
        {
            var words = name.Split(' ');
            yield return new string(words.Where(w => char.IsUpper(w[0])).Select(w => w[0]).ToArray());
            yield return new string(words.Select(w => char.ToUpperInvariant(w[0])).ToArray());
        }

        private static string LastWordOf(string name)
        {
            var space = name.LastIndexOf(' ');
            return space < 0 ? name : name.Substring(space + 1);
        }

        private static string FirstWordOf(string text)
        {
            var space = text.IndexOf(' ');
            return space < 0 ? text : text.Substring(0, space);
        }
    }
}
