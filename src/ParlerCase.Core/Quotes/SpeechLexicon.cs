using System;
using System.Collections.Generic;
using System.Linq;
using ParlerCase.Core.Languages;

namespace ParlerCase.Core.Quotes
{
    /// <summary>
    /// The words of one language that report speech: speech verbs (every form), auxiliaries, complementizers,
    /// source cues ('selon'), nouns and pronouns that stand for speakers, and the words that mark a quoted
    /// title. Read once per language from Languages/&lt;code&gt;/*.txt.
    /// </summary>
    internal sealed class SpeechLexicon
    {
        private static readonly Dictionary<string, Lazy<SpeechLexicon>> Cache =
            LanguageData.Supported.ToDictionary(code => code, code => new Lazy<SpeechLexicon>(() => new SpeechLexicon(code)), StringComparer.OrdinalIgnoreCase);

        private SpeechLexicon(string code)
        {
            Code = code;
            var verbs = Forms(code, "speech-verbs.txt").ToList();

            // By first word, longest forms first, so 'fait valoir' wins over a one-word form.
            VerbForms = verbs
                .GroupBy(v => v[0], StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<string[]>)g.OrderByDescending(v => v.Length).ToList(), StringComparer.OrdinalIgnoreCase);
            SourceCues = LanguageData.ReadList(code, "source-cues.txt").Select(c => c.Split(' ')).ToList();
            OpeningSourceCues = LanguageData.ReadList(code, "opening-source-cues.txt").Select(c => c.Split(' ')).ToList();
            var nouns = LanguageData.ReadTable(code, "speaker-nouns.txt").ToList();
            SpeakerNouns = nouns.ToDictionary(kv => kv.Key, kv => (SpeakerNounKind)Enum.Parse(typeof(SpeakerNounKind), FirstWord(kv.Value), true), StringComparer.OrdinalIgnoreCase);
            DocumentClasses = nouns.Where(kv => kv.Value.IndexOf(' ') > 0).ToDictionary(kv => kv.Key, kv => kv.Value.Substring(kv.Value.IndexOf(' ') + 1), StringComparer.OrdinalIgnoreCase);
            Pronouns = LanguageData.ReadTable(code, "pronouns.txt").ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.OrdinalIgnoreCase);
            Prepositions = Set(code, "prepositions.txt");
            Auxiliaries = Set(code, "speech-auxiliaries.txt");
            Adverbs = Set(code, "adverbs.txt");
            Negations = Set(code, "negations.txt");
            PassiveMarkers = Set(code, "passive-markers.txt");
            Complementizers = Set(code, "complementizers.txt");
            TitleNouns = Set(code, "title-nouns.txt");
            AuthorLinks = Set(code, "author-links.txt");
            Determiners = Set(code, "determiners.txt");
            BareClauseVerbs = FormSet(code, "bare-clause-verbs.txt");
            AddresseeVerbs = FormSet(code, "addressee-verbs.txt");
            FiniteVerbs = Set(code, "finite-verbs.txt");
            ObjectPronouns = Set(code, "object-pronouns.txt");
            Continuations = Set(code, "continuations.txt");
            TailVerbs = FormSet(code, "tail-verbs.txt");
            ChargeVerbs = FormSet(code, "charge-verbs.txt");
            NounMarkers = Set(code, "noun-markers.txt");
            ReportedInfinitives = LanguageData.ReadList(code, "reported-infinitives.txt").Select(f => f.Split(' ')).ToList();
            ChargeLinks = Set(code, "charge-links.txt");
            Quantifiers = Set(code, "quantifiers.txt");
            FindingNouns = Set(code, "finding-nouns.txt");
            TimeWords = new HashSet<string>(LanguageData.ReadTable(code, "weekdays.txt").Select(kv => kv.Key)
                .Concat(LanguageData.ReadTable(code, "relative-days.txt").Select(kv => kv.Key).Where(k => k.IndexOf(' ') < 0)), StringComparer.OrdinalIgnoreCase);
        }

        public string Code { get; }

        /// <summary>Every form of every speech verb, as word sequences, by first word.</summary>
        public IReadOnlyDictionary<string, IReadOnlyList<string[]>> VerbForms { get; }

        public IReadOnlyList<string[]> SourceCues { get; }

        /// <summary>Cues that give a source only when they open the sentence and a comma closes the source ('Pour X, ...').</summary>
        public IReadOnlyList<string[]> OpeningSourceCues { get; }

        public IReadOnlyDictionary<string, SpeakerNounKind> SpeakerNouns { get; }

        /// <summary>
        /// The word after the kind: a document noun's class ('procès' → 'filing': nouns of one class name the same
        /// document); a court's judge role ('tribunal' → 'juge').
        /// </summary>
        public IReadOnlyDictionary<string, string> DocumentClasses { get; }

        /// <summary>Pronoun → 'any', 'person' or 'organisation'.</summary>
        public IReadOnlyDictionary<string, string> Pronouns { get; }

        public HashSet<string> Prepositions { get; }

        public HashSet<string> Auxiliaries { get; }

        public HashSet<string> Negations { get; }

        /// <summary>Words that make a verb group passive ('été', 'been', 'is' before 'said').</summary>
        public HashSet<string> PassiveMarkers { get; }

        public HashSet<string> Complementizers { get; }

        public HashSet<string> TitleNouns { get; }

        /// <summary>Prepositions that name a document's author ('a statement from X').</summary>
        public HashSet<string> AuthorLinks { get; }

        public HashSet<string> Determiners { get; }

        /// <summary>Forms of the speech verbs whose clause may drop its complementizer ('said it would').</summary>
        public HashSet<string> BareClauseVerbs { get; }

        /// <summary>Forms of the speech verbs that take an addressee before such a clause ('told Reuters the company would').</summary>
        public HashSet<string> AddresseeVerbs { get; }

        /// <summary>Auxiliaries and modals that make a clause finite ('the company would').</summary>
        public HashSet<string> FiniteVerbs { get; }

        /// <summary>Pronouns that can be the addressee between a verb and its clause ('told them it').</summary>
        public HashSet<string> ObjectPronouns { get; }

        /// <summary>Conjunctions that carry reported words on past a mid-sentence attribution ('..., he said, but ...').</summary>
        public HashSet<string> Continuations { get; }

        /// <summary>Forms of the speech verbs that close the content they report, their subject before them ('..., Smith said.').</summary>
        public HashSet<string> TailVerbs { get; }

        /// <summary>Articles and possessives after which a verb form is a noun ('its report').</summary>
        public HashSet<string> NounMarkers { get; }

        /// <summary>Infinitives a speech verb reports ('avoir', 'to have'), as word sequences.</summary>
        public IReadOnlyList<string[]> ReportedInfinitives { get; }

        /// <summary>Forms of the verbs that report a charge as a whole phrase ('accused X of Y').</summary>
        public HashSet<string> ChargeVerbs { get; }

        /// <summary>Words that join a charge verb's object to the charge ('of', 'de').</summary>
        public HashSet<string> ChargeLinks { get; }

        /// <summary>Studies, data and records: what they say is a finding, and they are no speaker the text describes.</summary>
        public HashSet<string> FindingNouns { get; }

        /// <summary>Words that open a noun phrase as a quantity ('most', 'some', 'many').</summary>
        public HashSet<string> Quantifiers { get; }

        /// <summary>One-word time adjuncts that may stand between a verb and its clause ('said Thursday', 'said yesterday').</summary>
        public HashSet<string> TimeWords { get; }

        private HashSet<string> Adverbs { get; }

        public static SpeechLexicon For(string? code) =>
            (code != null && Cache.TryGetValue(code, out var lazy) ? lazy : Cache[LanguageData.English]).Value;

        /// <summary>An adverb that may stand inside a verb group: listed, or built like one ('-ment', '-ly').</summary>
        public bool IsAdverb(string word) =>
            Adverbs.Contains(word) || (word.Length > 5 && word.EndsWith(Code == LanguageData.French ? "ment" : "ly", StringComparison.Ordinal));

        private static string FirstWord(string text) => text.IndexOf(' ') < 0 ? text : text.Substring(0, text.IndexOf(' '));

        /// <summary>A verb list's forms as word sequences: a bare lemma's regular forms, or the forms 'lemma = a|b' lists.</summary>
        private static IEnumerable<string[]> Forms(string code, string file)
        {
            foreach (var line in LanguageData.ReadList(code, file))
            {
                var eq = line.IndexOf(" = ", StringComparison.Ordinal);
                var forms = eq < 0 ? RegularForms(code, line) : line.Substring(eq + 3).Split('|').Select(f => f.Trim());
                foreach (var form in forms.Where(f => f.Length > 0))
                {
                    yield return form.Split(' ');
                }
            }
        }

        private static HashSet<string> FormSet(string code, string file) =>
            new HashSet<string>(Forms(code, file).Select(f => string.Join(" ", f)), StringComparer.OrdinalIgnoreCase);

        private static HashSet<string> Set(string code, string file) =>
            new HashSet<string>(LanguageData.ReadList(code, file), StringComparer.OrdinalIgnoreCase);

        /// <summary>The forms news uses of a regular verb: French -er (with ç/ge before a, o), English -s/-ed/-ing.</summary>
        private static IEnumerable<string> RegularForms(string code, string lemma)
        {
            if (code == LanguageData.French)
            {
                var stem = lemma.Substring(0, lemma.Length - 2);
                var soft = stem.EndsWith("c", StringComparison.Ordinal) ? stem.Substring(0, stem.Length - 1) + "ç" : stem.EndsWith("g", StringComparison.Ordinal) ? stem + "e" : stem;
                return new[] { lemma, stem + "e", stem + "es", stem + "ent", stem + "é", stem + "ée", stem + "és", stem + "ées", soft + "ant", soft + "ait", soft + "aient", soft + "a", stem + "era", stem + "eront" };
            }

            if (lemma.EndsWith("e", StringComparison.Ordinal))
            {
                return new[] { lemma, lemma + "s", lemma + "d", lemma.Substring(0, lemma.Length - 1) + "ing" };
            }

            if (lemma.EndsWith("y", StringComparison.Ordinal) && lemma.Length > 2 && "aeiou".IndexOf(lemma[lemma.Length - 2]) < 0)
            {
                var stem = lemma.Substring(0, lemma.Length - 1);
                return new[] { lemma, stem + "ies", stem + "ied", lemma + "ing" };
            }

            return new[] { lemma, lemma + "s", lemma + "ed", lemma + "ing" };
        }
    }
}
