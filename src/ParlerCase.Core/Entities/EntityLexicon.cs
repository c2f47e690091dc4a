using System;
using System.Collections.Generic;
using System.Linq;
using ParlerCase.Core.Languages;

namespace ParlerCase.Core.Entities
{
    /// <summary>
    /// The word lists that recognise names, from every language at once: articles in one language cite
    /// titles, roles and company names of the other ('Orbis Trust and Safety' in French, 'Me' in English).
    /// </summary>
    internal sealed class EntityLexicon
    {
        private static readonly Lazy<EntityLexicon> Shared = new Lazy<EntityLexicon>(() => new EntityLexicon());

        private EntityLexicon()
        {
            Titles = Read("titles.txt", StringComparer.Ordinal);
            Connectors = Read("name-connectors.txt", StringComparer.Ordinal);
            PlacePrepositions = Read("place-prepositions.txt", StringComparer.Ordinal);
            Particles = new HashSet<string>(LanguageData.ReadList("common", "name-particles.txt"), StringComparer.Ordinal);
            OrganisationSuffixes = Read("organisation-suffixes.txt", StringComparer.Ordinal);
            Determiners = Read("determiners.txt", StringComparer.OrdinalIgnoreCase);
            NonNames = Read("non-names.txt", StringComparer.Ordinal);
            SentenceOpeners = Read("sentence-openers.txt", StringComparer.Ordinal);
            RoleLinks = Read("role-links.txt", StringComparer.OrdinalIgnoreCase);
            Genders = LanguageData.Supported.SelectMany(code => LanguageData.ReadTable(code, "genders.txt"))
                .GroupBy(kv => kv.Key, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => (Gender)Enum.Parse(typeof(Gender), g.First().Value, true), StringComparer.OrdinalIgnoreCase);
            NonNameEndings = LanguageData.Supported.ToDictionary(code => code, code => (IReadOnlyList<string>)LanguageData.ReadList(code, "non-name-endings.txt").ToList(), StringComparer.OrdinalIgnoreCase);
            var roles = LanguageData.Supported.SelectMany(code => LanguageData.ReadList(code, "roles.txt")).ToList();
            RoleWords = new HashSet<string>(roles.Where(r => r.IndexOf(' ') < 0), StringComparer.OrdinalIgnoreCase);
            RolePhrases = roles.Where(r => r.IndexOf(' ') > 0).Select(r => r.Split(' ')).ToList();
            GroupWords = Read("group-words.txt", StringComparer.Ordinal);
            FirstNames = LanguageData.ReadTable("common", "first-names.txt")
                .ToDictionary(kv => kv.Key, kv => kv.Value == "female" ? Gender.Female : kv.Value == "male" ? Gender.Male : Gender.Unknown, StringComparer.Ordinal);
            VerbWords = new HashSet<string>(
                LanguageData.Supported.SelectMany(code => LanguageData.ReadList(code, "speech-verbs.txt").Concat(LanguageData.ReadList(code, "finite-verbs.txt")))
                    .SelectMany(line => line.Split(new[] { ' ', '|', '=' }, StringSplitOptions.RemoveEmptyEntries)),
                StringComparer.OrdinalIgnoreCase);
        }

        public static EntityLexicon Instance => Shared.Value;

        /// <summary>'de', 'd'', 'du', 'des', 'of', 'for', ''s': the words that join a noun to its complement.</summary>
        public bool IsOfWord(string word) => word == "de" || word == "d'" || word == "du" || word == "des" || word == "of" || word == "for" || word == "'s";

        /// <summary>Honorifics: 'M', 'Mme', 'Mr', 'Dr' (case as written, no period).</summary>
        public HashSet<string> Titles { get; }

        public HashSet<string> Connectors { get; }

        /// <summary>'in', 'across', 'dans': a name after one is a place ('in Halton').</summary>
        public HashSet<string> PlacePrepositions { get; }

        /// <summary>'de', 'van', 'bin': lower-case words of a surname ('Ann de Villiers').</summary>
        public HashSet<string> Particles { get; }

        public HashSet<string> OrganisationSuffixes { get; }

        public HashSet<string> Determiners { get; }

        public HashSet<string> NonNames { get; }

        /// <summary>Lower-case words that often open a sentence and are never names ('si', 'selon', 'however').</summary>
        public HashSet<string> SentenceOpeners { get; }

        /// <summary>Per language, word endings of verb forms and adverbs ('-ant', '-ly'): such a sentence opener is no name.</summary>
        public IReadOnlyDictionary<string, IReadOnlyList<string>> NonNameEndings { get; }

        /// <summary>Titles, role nouns and articles that tell a person's gender ('Mme', 'présidente', 'la', 'Mr').</summary>
        public IReadOnlyDictionary<string, Gender> Genders { get; }

        /// <summary>Prepositions that join a role to its complement ('spokeswoman for', 'avocat chez').</summary>
        public HashSet<string> RoleLinks { get; }

        /// <summary>One-word role nouns, any case ('PDG', 'juge', 'CEO').</summary>
        public HashSet<string> RoleWords { get; }

        /// <summary>Role nouns of several words ('chief executive'), as word sequences.</summary>
        public IReadOnlyList<string[]> RolePhrases { get; }

        /// <summary>
        /// Capitalised words for groups of people, not for one of them: nationalities, peoples ('Canadian', 'Européens').
        /// Never a name alone; inside a longer name they may be ('Canadian Press').
        /// </summary>
        public HashSet<string> GroupWords { get; }

        /// <summary>Given names and the gender they usually carry (Unknown when both): a name opening with one is a person's.</summary>
        public IReadOnlyDictionary<string, Gender> FirstNames { get; }

        /// <summary>Speech verbs in every form the tables list, and finite auxiliaries: words that are never part of a description.</summary>
        public HashSet<string> VerbWords { get; }

        private static HashSet<string> Read(string file, StringComparer comparer) =>
            new HashSet<string>(LanguageData.Supported.SelectMany(code => LanguageData.ReadList(code, file)), comparer);
    }
}
