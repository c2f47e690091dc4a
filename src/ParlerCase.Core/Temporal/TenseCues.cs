using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ParlerCase.Core.Common;
using ParlerCase.Core.Languages;

namespace ParlerCase.Core.Temporal
{
    /// <summary>
    /// Tells whether the verb governing a date is past or future, from per-language cue words
    /// (Languages/&lt;code&gt;/tense-cues.txt): a marker right before the date decides ('d'ici dimanche', 'by Sunday');
    /// otherwise the nearest cue to its left, in the clause that usually holds the governing verb
    /// ('Apple a supprimé Vocal samedi'), then the nearest to its right for a date that opens the sentence
    /// ('Samedi, Apple a supprimé...').
    /// </summary>
    internal sealed class TenseCues
    {
        private static readonly Pattern WordPattern = Patterns.Compile(@"\p{L}[\p{L}'’-]*");

        private static readonly Dictionary<string, Lazy<TenseCues>> Cache =
            LanguageData.Supported.ToDictionary(code => code, code => new Lazy<TenseCues>(() => new TenseCues(code)), StringComparer.OrdinalIgnoreCase);

        private readonly HashSet<string> past;
        private readonly HashSet<string> future;
        private readonly string[] pastEndings;
        private readonly string[] futureEndings;
        private readonly HashSet<string> futureMarkers;
        private readonly HashSet<string> pastMarkers;
        private readonly HashSet<string> infinitiveAuxiliaries;
        private readonly Pattern until;
        private readonly Pattern scheduling;
        private readonly Pattern prospective;
        private readonly Pattern deadlineNoun;
        private readonly Pattern clauseBoundary;

        private TenseCues(string code)
        {
            var table = LanguageData.ReadTable(code, "tense-cues.txt").ToDictionary(p => p.Key, p => Split(p.Value));
            string[] Get(string key) => table.TryGetValue(key, out var v) ? v : Array.Empty<string>();
            past = new HashSet<string>(Get("past"), StringComparer.Ordinal);
            future = new HashSet<string>(Get("future"), StringComparer.Ordinal);
            pastEndings = Get("past-endings").Select(e => e.TrimStart('-')).ToArray();
            futureEndings = Get("future-endings").Select(e => e.TrimStart('-')).ToArray();
            futureMarkers = new HashSet<string>(Get("future-markers"), StringComparer.Ordinal);
            pastMarkers = new HashSet<string>(Get("past-markers"), StringComparer.Ordinal);
            infinitiveAuxiliaries = new HashSet<string>(Get("infinitive-auxiliaries"), StringComparer.Ordinal);
            until = Patterns.Compile($@"(?<![\p{{L}}])(?:{TemporalLexicon.Alternation(Get("until"), false)})\s*(?:(?i:le|la|l['’]|the|on)\s+)?$");
            scheduling = Patterns.Compile($@"(?<![\p{{L}}])(?:{TemporalLexicon.Alternation(Get("scheduling"), false)})");
            prospective = Patterns.Compile($@"(?<![\p{{L}}])(?:{TemporalLexicon.Alternation(Get("prospective"), false)})");
            deadlineNoun = Patterns.Compile($@"(?<![\p{{L}}])(?:{TemporalLexicon.Alternation(Get("deadline-nouns"), false)})(?![\p{{L}}])");
            clauseBoundary = Patterns.Compile($@"[;:«»“”""()\[\]]|(?<![\p{{L}}])(?:{TemporalLexicon.Alternation(Get("clause-openers"), false)})");
        }

        public static TenseCues For(string? code) =>
            (code != null && Cache.TryGetValue(code, out var lazy) ? lazy : Cache[LanguageData.English]).Value;

        /// <summary>
        /// The tense of the clause that governs the span [start, end): a deadline before it ('jusqu'au', 'until') or a
        /// plan or schedule in its clause before it ('set to', 'prévu', 'avant de', 'adjourned') puts it ahead;
        /// otherwise the tense cues of its own clause decide, and failing them those of the sentence
        /// (<see cref="Detect"/>), and a deadline noun before the date in a clause of no tense puts it ahead ('the
        /// deadline is March 9'). A deadline in a clause that tells of a past span stays in the past.
        /// </summary>
        public (Tense Tense, string? Cue) Govern(string sentence, int start, int end)
        {
            var (from, to) = ClauseAround(sentence, start, end);
            var clause = sentence.Substring(from, to - from);
            var before = sentence.Substring(from, start - from);
            var own = Detect(clause, start - from, end - from);
            var scheduled = Governing(scheduling, before);
            var deadline = until.Match(before);
            if (deadline.Success)
            {
                return own.Tense == Tense.Past && scheduled == null ? own : (Tense.Future, deadline.Value.Trim());
            }

            var plan = Governing(prospective, before) ?? scheduled;
            if (plan != null)
            {
                return (Tense.Future, plan.Value);
            }

            if (own.Tense != Tense.Unknown)
            {
                return own;
            }

            var due = deadlineNoun.Matches(before).Cast<Match>().LastOrDefault();
            return due != null ? (Tense.Future, due.Value) : Detect(sentence, start, end);
        }

        /// <summary>
        /// The last plan or schedule word before a date, when no verb of a past tense stands between them: in 'will be
        /// heard May 4, the company said in a filing Tuesday', 'said' governs 'Tuesday', not 'will'.
        /// </summary>
        private Match? Governing(Pattern words, string before)
        {
            var last = words.Matches(before).Cast<Match>().LastOrDefault();
            if (last == null)
            {
                return null;
            }

            // A participle after an infinitive auxiliary is passive, not past: 'to allow her to be heard Friday'.
            var between = WordPattern.Matches(before.Substring(last.Index + last.Length)).Cast<Match>().Select(w => Normalise(w.Value)).ToList();
            return between.Where((w, i) => past.Contains(w) && !(i > 0 && infinitiveAuxiliaries.Contains(Elided(between[i - 1])))).Any() ? null : last;
        }

        /// <summary>The clause around a span: from the last boundary before it to the first after it.</summary>
        private (int From, int To) ClauseAround(string sentence, int start, int end)
        {
            int from = 0, to = sentence.Length;
            foreach (Match m in clauseBoundary.Matches(sentence))
            {
                if (m.Index + m.Length <= start)
                {
                    from = m.Index + m.Length;
                }
                else if (m.Index >= end)
                {
                    to = m.Index;
                    break;
                }
            }

            return (from, to);
        }

        /// <summary>The tense governing the span [start, end) of a sentence, and the cue word that decided it.</summary>
        public (Tense Tense, string? Cue) Detect(string sentence, int start, int end)
        {
            var words = WordPattern.Matches(sentence).Cast<Match>().ToList();
            var before = words.LastOrDefault(w => w.Index + w.Length <= start);
            if (before != null && start - (before.Index + before.Length) <= 2)
            {
                var marker = Normalise(before.Value);
                if (futureMarkers.Contains(marker))
                {
                    return (Tense.Future, before.Value);
                }

                if (pastMarkers.Contains(marker))
                {
                    return (Tense.Past, before.Value);
                }
            }

            for (var i = words.Count - 1; i >= 0; i--)
            {
                if (words[i].Index + words[i].Length <= start && CueOf(words[i].Value) is Tense t)
                {
                    // A future auxiliary just before decides the verb group: 'will be held', 'sera retiré'.
                    var auxiliary = words.Skip(Math.Max(0, i - 2)).Take(Math.Min(2, i)).FirstOrDefault(w => future.Contains(Normalise(w.Value)));
                    return auxiliary != null ? (Tense.Future, auxiliary.Value) : (t, words[i].Value);
                }
            }

            foreach (var word in words)
            {
                if (word.Index >= end && CueOf(word.Value) is Tense t)
                {
                    return (t, word.Value);
                }
            }

            return (Tense.Unknown, null);
        }

        private Tense? CueOf(string word)
        {
            // An inverted auxiliary counts as the auxiliary: 'a-t-il déclaré', 'ont-ils dit'.
            var hyphen = word.IndexOf('-');
            if (hyphen > 0 && CueOf(word.Substring(0, hyphen)) is Tense inverted && !char.IsUpper(word[0]))
            {
                return inverted;
            }

            var w = Normalise(word);

            // An elided pronoun or negation before the verb: 'n'aura', 's'est', 'qu'il'.
            var elision = w.IndexOf('\'');
            if (elision > 0 && elision <= 3 && !past.Contains(w) && !future.Contains(w) && w.Length > elision + 1)
            {
                return CueOf(w.Substring(elision + 1));
            }

            if (past.Contains(w))
            {
                return Tense.Past;
            }

            if (future.Contains(w))
            {
                return Tense.Future;
            }

            // Endings only on lower-case words long enough to carry them ('supprimera', 'removed', not 'United').
            if (char.IsUpper(word[0]) || w.Length < 5)
            {
                return null;
            }

            if (futureEndings.Any(e => w.EndsWith(e, StringComparison.Ordinal)))
            {
                return Tense.Future;
            }

            if (pastEndings.Any(e => w.EndsWith(e, StringComparison.Ordinal)))
            {
                return Tense.Past;
            }

            return null;
        }

        private static string Normalise(string word) => word.Replace('’', '\'').ToLowerInvariant();

        /// <summary>A normalised word without its elided article or preposition: 'être' out of 'd'être'.</summary>
        private static string Elided(string word) => word.Substring(word.LastIndexOf('\'') + 1);

        private static string[] Split(string list) =>
            list.Split(',').Select(s => s.Trim().Replace('’', '\'')).Where(s => s.Length > 0).ToArray();
    }
}
