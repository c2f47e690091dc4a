using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ParlerCase.Core.Common;
using ParlerCase.Core.Documents;
using ParlerCase.Core.Languages;
using ParlerCase.Core.Temporal;

namespace ParlerCase.Core.Events
{
    /// <summary>
    /// The seam between events and entity resolution: the people and organisations a document names, under
    /// canonical names for the whole corpus. This interim version is deliberately small (capitalised runs, acronyms
    /// defined in the corpus, surnames of full names found in the corpus); the entity index replaces its body.
    /// </summary>
    internal sealed class ActorFinder
    {

        private static readonly Regex NameRun = Patterns.Compile(@"(?<![\p{L}\p{N}])(?<name>\p{Lu}[\p{L}\p{N}&.-]*[\p{L}\p{N}](?:\s+\p{Lu}[\p{L}\p{N}&.-]*[\p{L}\p{N}])*)", RegexOptions.ExplicitCapture);

        // The long form starts a word: tried from inside one, a long capitalised token made the search quadratic.
        private static readonly Regex AcronymDefinition = Patterns.Compile(@"(?<![\p{L}.-])(?<long>\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)+)\s*\((?<short>\p{Lu}{2,6})\)|(?<short>\p{Lu}{2,6})\s*\((?<long>\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)+)\)", RegexOptions.ExplicitCapture);

        private static readonly string[] LegalForms = { "Inc", "Inc.", "Corp", "Corp.", "Ltd", "LLC", "SA", "SAS", "PLC" };

        private static readonly Regex Word = Patterns.Compile(@"\p{L}+");

        private readonly Dictionary<string, string> acronyms = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly Dictionary<string, string> surnames = new Dictionary<string, string>(StringComparer.Ordinal);

        // How often each word is written capitalised inside a sentence, and in lower case ('Selon', 'Cette', 'Si'
        // open sentences but are no names).
        private readonly Dictionary<string, int> capitalisedInside = new Dictionary<string, int>(StringComparer.Ordinal);
        private readonly Dictionary<string, int> lowerCase = new Dictionary<string, int>(StringComparer.Ordinal);

        // Names the corpus writes inside a sentence, where a capital says 'name'.
        private readonly HashSet<string> namesInside = new HashSet<string>(StringComparer.Ordinal);

        private readonly Dictionary<string, HashSet<string>> nonActors = LanguageData.Supported.ToDictionary(
            code => code,
            code => new HashSet<string>(LanguageData.ReadList(code, "event-non-actors.txt"), StringComparer.Ordinal),
            StringComparer.OrdinalIgnoreCase);

        public ActorFinder(IEnumerable<Document> corpus)
        {
            var documents = corpus.ToList();
            foreach (var document in documents)
            {
                foreach (Match m in AcronymDefinition.Matches(document.Text))
                {
                    var longForm = Clean(m.Groups["long"].Value);
                    if (IsAcronymOf(m.Groups["short"].Value, longForm))
                    {
                        acronyms[m.Groups["short"].Value] = longForm;
                    }
                }

                foreach (var sentence in document.Sentences)
                {
                    var first = true;
                    foreach (Match w in Word.Matches(sentence.Text))
                    {
                        // Counted under the lower-case form, so 'Selon' and 'selon' meet.
                        var counts = char.IsUpper(w.Value[0]) ? (first ? null : capitalisedInside) : lowerCase;
                        var key = w.Value.ToLowerInvariant();
                        if (counts != null)
                        {
                            counts[key] = counts.TryGetValue(key, out var n) ? n + 1 : 1;
                        }

                        first = false;
                    }

                    foreach (Match m in NameRun.Matches(sentence.Text))
                    {
                        if (HasWordBefore(sentence.Text, m.Index))
                        {
                            namesInside.Add(Clean(m.Value));
                        }
                    }
                }
            }

            foreach (var longForm in acronyms.Values)
            {
                namesInside.Add(longForm);
            }

            // A surname alone stands for the one two-word name of the corpus that ends with it ('M. Dupont').
            var fullNames = namesInside.Where(n => n.Split(' ').Length == 2);
            foreach (var group in fullNames.GroupBy(n => n.Split(' ')[1]))
            {
                if (group.Count() == 1)
                {
                    surnames[group.Key] = group.First();
                }
            }
        }

        /// <summary>The actors a document names, in text order.</summary>
        public IReadOnlyList<Actor> Find(Document document)
        {
            var skipped = nonActors.TryGetValue(document.Language, out var set) ? set : nonActors[LanguageData.English];
            return Runs(document)
                .Select(r => new Actor(r.Start, r.End, Canonical(r.Name)))
                .Where(a => !skipped.Contains(a.Name) && !(a.Name.Length > 5 && a.Name.All(c => !char.IsLetter(c) || char.IsUpper(c))))
                .ToList();
        }

        /// <summary>Runs of capitalised words, without the function words and dates that open them.</summary>
        private IEnumerable<(int Start, int End, string Name)> Runs(Document document)
        {
            var language = LanguageData.For(document.Language);
            var dates = TemporalLexicon.For(document.Language);
            foreach (var sentence in document.Sentences)
            {
                var opening = true;
                var dateline = Dateline.Length(sentence.Text);
                foreach (Match m in NameRun.Matches(sentence.Text))
                {
                    if (m.Index < dateline)
                    {
                        continue;
                    }

                    var atStart = opening && !HasWordBefore(sentence.Text, m.Index);
                    opening = false;
                    var words = m.Value.Split(' ');
                    var skip = 0;
                    var knownWhole = namesInside.Contains(Clean(m.Value));
                    var opensAsName = knownWhole || WrittenAsName(words[0]) || (NeverLowerCase(words[0]) && words.Length == 1 && FollowedLikeAName(language, sentence.Text, m.Index + m.Length));
                    while (skip < words.Length && (language.IsStopWord(words[skip]) || IsDateWord(dates, words[skip]) || (atStart && skip == 0 && !opensAsName)))
                    {
                        skip++;
                    }

                    if (skip == words.Length)
                    {
                        continue;
                    }

                    var offset = m.Value.IndexOf(words[skip], StringComparison.Ordinal);
                    var name = Clean(string.Join(" ", words.Skip(skip)));
                    if (name.Length >= 2)
                    {
                        yield return (sentence.Start + m.Index + offset, sentence.Start + m.Index + m.Length, name);
                    }
                }
            }
        }

        /// <summary>A word that opens a sentence is a name when the corpus also writes it capitalised inside one, more often than in lower case.</summary>
        private bool WrittenAsName(string word)
        {
            var key = word.ToLowerInvariant();
            var capitalised = capitalisedInside.TryGetValue(key, out var c) ? c : 0;
            var lower = lowerCase.TryGetValue(key, out var l) ? l : 0;
            return capitalised > 0 && capitalised >= lower;
        }

        private string Canonical(string name)
        {
            if (acronyms.TryGetValue(name, out var longForm))
            {
                return longForm;
            }

            return surnames.TryGetValue(name, out var full) ? full : name;
        }

        /// <summary>The name without legal form or web domain: 'Orbis.com Inc' is 'Orbis'.</summary>
        private bool NeverLowerCase(string word) => !lowerCase.ContainsKey(word.ToLowerInvariant());

        private static bool HasWordBefore(string text, int index)
        {
            for (var i = 0; i < index; i++)
            {
                if (char.IsLetterOrDigit(text[i]))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// What follows a lone capitalised sentence opener says whether it is a name: a verb or a coordinated name
        /// ('Apple and Google removed', 'Orbis cut off'), not a comma, a determiner or a preposition ('Outre la',
        /// 'Meanwhile,', 'Lancé en').
        /// </summary>
        private static bool FollowedLikeAName(LanguageData language, string text, int end)
        {
            var next = Word.Match(text, end);
            if (!next.Success || text.Substring(end, next.Index - end).Trim().Length > 0)
            {
                return false;
            }

            if (!language.IsStopWord(next.Value))
            {
                return !EventLexicon.For(language.Code).OpenerFollowers.Contains(next.Value.ToLowerInvariant());
            }

            var after = next.NextMatch();
            return after.Success && char.IsUpper(after.Value[0]) && text.Substring(next.Index + next.Length, after.Index - next.Index - next.Length).Trim().Length == 0;
        }

        private static string Clean(string name)
        {
            var words = name.Split(' ').Where(w => !LegalForms.Contains(w)).ToList();
            if (words.Count == 0)
            {
                return name;
            }

            words[0] = words[0].EndsWith(".com", StringComparison.Ordinal) ? words[0].Substring(0, words[0].Length - 4) : words[0];
            return string.Join(" ", words).TrimEnd('.');
        }

        private static bool IsAcronymOf(string acronym, string longForm)
        {
            var initials = new string(longForm.Split(' ').Where(w => w.Length > 0).Select(w => char.ToUpperInvariant(w[0])).ToArray());
            return initials == acronym;
        }

        private static bool IsDateWord(TemporalLexicon dates, string word)
        {
            var key = TemporalLexicon.Key(word);
            return dates.Weekdays.ContainsKey(key) || dates.Months.ContainsKey(key);
        }
    }
}
