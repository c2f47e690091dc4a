using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ParlerCase.Core.Common;
using ParlerCase.Core.Documents;
using ParlerCase.Core.Languages;

namespace ParlerCase.Core.Events
{
    /// <summary>
    /// The event triggers of one language (Languages/&lt;code&gt;/event-triggers.txt) and the context words that
    /// decide a trigger's kind (event-contexts.txt), loaded once per language.
    /// </summary>
    internal sealed class EventLexicon
    {
        private const string NameAfter = "name-after";

        /// <summary>
        /// The trigger names a party's act without saying which ('la décision de Orbis', 'Orbis's move'): a name right
        /// after a pattern of words that ends with its preposition, a name with 's right before a one-word pattern,
        /// and no court in its clause (a court's decision is a ruling).
        /// </summary>
        private const string ActOf = "act-of";

        /// <summary>A capitalised word and its possessive 's right before a trigger: 'Orbis's ', 'Orbis’ '.</summary>
        private const int MaxOwnerLength = 40;

        /// <summary>Words from a subject pronoun to its verb: 'she ordered', 'elle a ordonné'.</summary>
        private const int MaxPronounGap = 2;

        private static readonly Pattern Owner = Patterns.Compile(@"\p{Lu}[\p{L}\p{N}]*(?:['’]s?)\s+$");

        /// <summary>Words, elisions split off ('l'accès' is 'l' and 'accès') so a pattern names the word itself.</summary>
        private static readonly Pattern WordPattern = Patterns.Compile(@"\p{L}[\p{L}\p{N}]*(?:-\p{L}+)*");

        private static readonly Dictionary<string, Lazy<EventLexicon>> Cache =
            LanguageData.Supported.ToDictionary(code => code, code => new Lazy<EventLexicon>(() => new EventLexicon(code)), StringComparer.OrdinalIgnoreCase);

        // Patterns by the first two letters of their first word, longest patterns first: each word of a sentence
        // is tried against the few patterns that can start with it.
        private readonly Dictionary<string, List<TriggerPattern>> patternsByStart;
        private readonly Dictionary<string, Pattern> contexts;
        private readonly HashSet<string> negationBefore;
        private readonly HashSet<string> negationAfter;
        private readonly HashSet<string> intentBefore;
        private readonly HashSet<string> recentPast;
        private readonly string[] infinitiveEndings;
        private readonly HashSet<string> subjectPronouns;

        private EventLexicon(string code)
        {
            Code = code;
            patternsByStart = LanguageData.ReadTable(code, "event-triggers.txt")
                .Select(p => TriggerPattern.Parse(p.Key, p.Value))
                .OrderByDescending(p => p.Words.Length)
                .GroupBy(p => p.Words[0].Start)
                .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            contexts = LanguageData.ReadTable(code, "event-contexts.txt").ToDictionary(
                p => p.Key,
                p => Patterns.Compile(@"(?<![\p{L}\p{N}])(?i:" + Alternation(p.Value) + @")(?![\p{L}\p{N}])"),
                StringComparer.Ordinal);
            var table = LanguageData.ReadTable(code, "event-contexts.txt").ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
            HashSet<string> Words(string key) => new HashSet<string>(
                table.TryGetValue(key, out var list) ? list.Split(',').Select(w => w.Trim().TrimEnd('\'', '’').ToLowerInvariant()) : Enumerable.Empty<string>(),
                StringComparer.Ordinal);
            negationBefore = Words("negation-before");
            negationAfter = Words("negation-after");
            intentBefore = Words("intent-before");
            recentPast = Words("recent-past");
            OpenerFollowers = Words("opener-followers");
            infinitiveEndings = Words("infinitive-endings").ToArray();
            subjectPronouns = new HashSet<string>(LanguageData.ReadTable(code, "pronouns.txt").Select(p => p.Key.ToLowerInvariant()), StringComparer.Ordinal);
            AgentMarkers = Words("agent-markers");
            PassiveAuxiliaries = Words("passive-auxiliaries");
            Relatives = Words("relatives");
            VerbWords = Words("verb-words");
            ParticipleEndings = Words("participle-endings").ToArray();
            TemporalConjunction = Patterns.Compile(@"\G[\s,]*(?i:" + Alternation(table["temporal-conjunctions"]) + @")(?![\p{L}\p{N}])");
            SequenceOpener = Patterns.Compile(@"^\s*(?i:" + Alternation(table["sequence-openers"]) + @")(?![\p{L}\p{N}])");
            DateApposition = Patterns.Compile(@"\G\s*,\s*(?i:" + Alternation(table["date-appositions"]) + @")(?![\p{L}\p{N}])");
            Figure = Patterns.Compile(@"(?:[$€£]\s?\d|\d(?:[\d.,\s\u00A0\u202F]*\d)?\s*(?:%|(?i:" + Alternation(table["figures"]) + @"))(?![\p{L}\p{N}]))");
            DateBound = Patterns.Compile(@"(?:^|(?<![\p{L}\p{N}]))(?i:" + Alternation(table["date-bounds"]) + @")(?:\s+(?i:le|la|l'))?\s*$");
            Coordination = Patterns.Compile(@"(?<![\p{L}\p{N}])(?i:" + Alternation(table["coordinators"]) + @")\s+(?i:(?:" + Alternation(table["coordinated-prepositions"]) + @")\s*)?$");
        }

        private static string Alternation(string list) =>
            string.Join("|", list.Split(',').Select(w => w.Trim()).OrderByDescending(w => w.Length).Select(w => Regex.Escape(w).Replace(@"\ ", @"\s+").Replace("'", "['’]")));

        /// <summary>
        /// Text between two names that coordinates them, read at its end: ' et ', ' et de ' ('Google a supprimé
        /// l'application de son Play Store et Apple'). Not a bare comma: it also sets off an apposition or a clause.
        /// </summary>
        public Pattern Coordination { get; }

        /// <summary>
        /// Text before a date, read at its end, that makes the date a bound: 'depuis ', 'avant le '. Not 'after the':
        /// there the date qualifies a noun ('after the January 6 riot').
        /// </summary>
        public Pattern DateBound { get; }

        /// <summary>Words after a capitalised sentence opener that make it a participle or an adverb, not a name.</summary>
        public ISet<string> OpenerFollowers { get; }

        /// <summary>The language code ('fr', 'en').</summary>
        public string Code { get; }

        /// <summary>'par', 'by': the party after it, behind a trigger, is the one that acts ('intenté par Orbis').</summary>
        public ISet<string> AgentMarkers { get; }

        /// <summary>'été', 'was': the subject before them undergoes the act ('Chatter a été supprimé').</summary>
        public ISet<string> PassiveAuxiliaries { get; }

        /// <summary>'when', 'lorsque' right after a date: the clause it opens happened on that date.</summary>
        public Pattern TemporalConjunction { get; }

        /// <summary>'Following that decision', 'À la suite de cette décision' opening a sentence: what it tells followed the sentence before.</summary>
        public Pattern SequenceOpener { get; }

        /// <summary>', date de', ', the date of' right after a date: the noun after it names what happens on that date.</summary>
        public Pattern DateApposition { get; }

        /// <summary>Auxiliaries and finite verbs that show a clause already has its verb ('a', 'was', 'has').</summary>
        public ISet<string> VerbWords { get; }

        /// <summary>Endings of past participles ('-ed', '-é').</summary>
        public IReadOnlyList<string> ParticipleEndings { get; }

        /// <summary>'qui', 'who': a clause that opens with one tells of the name just before its comma.</summary>
        public ISet<string> Relatives { get; }

        /// <summary>A number with a unit of money, a share or a scale ('$40 million', '4 %', '3 millions'): a figure.</summary>
        public Pattern Figure { get; }

        public static EventLexicon For(string? code) =>
            (code != null && Cache.TryGetValue(code, out var lazy) ? lazy : Cache[LanguageData.English]).Value;

        /// <summary>The context words of a kind of context ('court', 'store', 'attribution').</summary>
        public Pattern Context(string name) => contexts[name];

        /// <summary>
        /// The event triggers of a sentence, in text order, one per matched word. A trigger whose subject is a pronoun
        /// ('the overhaul she ordered') may find its context in the sentence before, where the pronoun's referent
        /// is named ('Judge Ann Roe ... Now, the overhaul she ordered').
        /// </summary>
        public IReadOnlyList<EventTrigger> Find(Sentence sentence, string? previous = null)
        {
            var words = WordPattern.Matches(sentence.Text).Cast<Match>().ToList();
            var lower = words.Select(w => w.Value.ToLowerInvariant()).ToList();
            var found = new List<EventTrigger>();
            var claimedUpTo = -1;
            for (var i = 0; i < words.Count; i++)
            {
                if (i <= claimedUpTo || lower[i].Length < 2 || !patternsByStart.TryGetValue(lower[i].Substring(0, 2), out var candidates))
                {
                    continue;
                }

                foreach (var pattern in candidates)
                {
                    if (!pattern.Words[0].Matches(lower[i]))
                    {
                        continue;
                    }

                    var last = pattern.MatchFrom(lower, i);
                    if (last < 0 || !(ContextHolds(pattern, sentence.Text, words, i, last) || ReferentHolds(pattern, previous, lower, i)) || IsNegated(lower, i) || IsIntent(lower, i))
                    {
                        continue;
                    }

                    // The words of a trigger cannot trigger again (the longer pattern, tried first, keeps them).
                    claimedUpTo = last;
                    var start = words[i].Index;
                    var end = words[last].Index + words[last].Length;
                    found.Add(new EventTrigger(pattern.Kind, pattern.Label, sentence.Start + start, sentence.Start + end, sentence.Text.Substring(start, end - start), pattern.Line, pattern.Context == ActOf));
                    break;
                }
            }

            found.Sort((a, b) => a.Start.CompareTo(b.Start));
            return found;
        }

        /// <summary>The context must hold in the trigger's own clause: 'application' elsewhere in the sentence says nothing of this removal.</summary>
        private bool ContextHolds(TriggerPattern pattern, string text, List<Match> words, int first, int last)
        {
            if (pattern.Context == null)
            {
                return true;
            }

            var nameAfter = last + 1 < words.Count && char.IsUpper(words[last + 1].Value[0]);
            if (pattern.Context == NameAfter)
            {
                return nameAfter;
            }

            var (start, end) = Clause.Widened(text, words[first].Index);
            if (pattern.Context == ActOf)
            {
                var before = text.Substring(Math.Max(0, words[first].Index - MaxOwnerLength), Math.Min(words[first].Index, MaxOwnerLength));
                var owned = pattern.Words.Length > 1 ? nameAfter : Owner.IsMatch(before);
                return owned && !contexts["court"].IsMatch(text.Substring(start, end - start));
            }

            return contexts[pattern.Context].IsMatch(text.Substring(start, end - start));
        }

        /// <summary>
        /// A word context that the sentence before holds, for a trigger whose subject is a pronoun one or two words
        /// before it ('she ordered', 'qu'elle a ordonné'): the pronoun stands for what that sentence names.
        /// </summary>
        private bool ReferentHolds(TriggerPattern pattern, string? previous, IReadOnlyList<string> words, int at) =>
            previous != null && pattern.Context != null && pattern.Context != NameAfter && pattern.Context != ActOf
            && Enumerable.Range(Math.Max(0, at - MaxPronounGap), Math.Min(at, MaxPronounGap)).Any(k => subjectPronouns.Contains(words[k]))
            && contexts[pattern.Context].IsMatch(previous);

        private bool IsNegated(IReadOnlyList<string> words, int at)
        {
            for (var k = Math.Max(0, at - 4); k < at; k++)
            {
                if (!negationBefore.Contains(words[k]))
                {
                    continue;
                }

                if (negationAfter.Count == 0)
                {
                    return true;
                }

                for (var j = k + 1; j < words.Count && j <= at + 2; j++)
                {
                    if (j != at && negationAfter.Contains(words[j]))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        // 'promis de déposer' is an intent; 'vient de déposer' is done.
        private bool IsIntent(IReadOnlyList<string> words, int at) =>
            at > 0 && intentBefore.Contains(words[at - 1]) && !(at > 1 && recentPast.Contains(words[at - 2]))
            && (infinitiveEndings.Length == 0 || infinitiveEndings.Any(e => words[at].EndsWith(e, StringComparison.Ordinal)));

        /// <summary>One lexicon line: words (a '*' word is a prefix), the kind, and an optional context.</summary>
        private sealed class TriggerPattern
        {
            private const int MaxGap = 3;

            private TriggerPattern(string line, PatternWord[] words, EventKind kind, string? label, string? context)
            {
                Line = line;
                Words = words;
                Kind = kind;
                Label = label;
                Context = context;
            }

            public string Line { get; }

            public PatternWord[] Words { get; }

            public EventKind Kind { get; }

            /// <summary>What was done, in English whatever the language, so that sources in both languages meet ('removed').</summary>
            public string? Label { get; }

            public string? Context { get; }

            /// <summary>'words = Kind [label words] [@context]'.</summary>
            public static TriggerPattern Parse(string key, string value)
            {
                var parts = value.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
                var kind = (EventKind)Enum.Parse(typeof(EventKind), parts[0]);
                var context = parts.Skip(1).Where(p => p.StartsWith("@", StringComparison.Ordinal)).Select(p => p.Substring(1)).FirstOrDefault();
                var label = string.Join(" ", parts.Skip(1).Where(p => !p.StartsWith("@", StringComparison.Ordinal)));
                var words = key.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Select(w => new PatternWord(w.ToLowerInvariant())).ToArray();
                if (kind == EventKind.Action && label.Length == 0)
                {
                    throw new FormatException($"event-triggers: the Action '{key}' has no label");
                }

                return new TriggerPattern(key + " = " + value, words, kind, label.Length > 0 ? label : null, context);
            }

            /// <summary>The index of the last word of a match that starts at word i, or -1.</summary>
            public int MatchFrom(IReadOnlyList<string> words, int i)
            {
                var at = i;
                for (var k = 1; k < Words.Length; k++)
                {
                    var next = -1;
                    for (var j = at + 1; j < words.Count && j <= at + 1 + MaxGap; j++)
                    {
                        if (Words[k].Matches(words[j]))
                        {
                            next = j;
                            break;
                        }
                    }

                    if (next < 0)
                    {
                        return -1;
                    }

                    at = next;
                }

                return at;
            }
        }

        private readonly struct PatternWord
        {
            private readonly string text;
            private readonly bool prefix;

            public PatternWord(string word)
            {
                prefix = word.EndsWith("*", StringComparison.Ordinal);
                text = prefix ? word.TrimEnd('*') : word;
            }

            /// <summary>The first two letters, by which patterns are looked up.</summary>
            public string Start => text.Substring(0, Math.Min(2, text.Length));

            public bool Matches(string word) => prefix ? word.StartsWith(text, StringComparison.Ordinal) : word == text;
        }
    }
}
