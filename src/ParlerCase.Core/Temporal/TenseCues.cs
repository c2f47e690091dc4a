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

        /// <summary>A sentence's cues, read once for all the dates it holds.</summary>
        public Reading Read(string sentence) => new Reading(this, sentence);

        /// <summary>
        /// One sentence's words and clause boundaries, each read once and shared by its dates, so a sentence of many
        /// dates costs in proportion to its length, not to its length times its dates.
        /// </summary>
        public sealed class Reading
        {
            private readonly TenseCues cues;
            private readonly string text;
            private readonly Dictionary<(int From, int To), Words> spans = new Dictionary<(int From, int To), Words>();
            private List<(int Index, int End)>? boundaries;

            internal Reading(TenseCues cues, string text)
            {
                this.cues = cues;
                this.text = text;
            }

            /// <summary>
            /// The tense of the clause that governs the span [start, end): a deadline before it ('jusqu'au', 'until') or a
            /// plan or schedule in its clause before it ('set to', 'prévu', 'avant de', 'adjourned') puts it ahead;
            /// otherwise the tense cues of its own clause decide, and failing them those of the sentence
            /// (<see cref="Detect(int, int)"/>), and a deadline noun before the date in a clause of no tense puts it ahead ('the
            /// deadline is March 9'). A deadline in a clause that tells of a past span stays in the past.
            /// </summary>
            public (Tense Tense, string? Cue) Govern(int start, int end)
            {
                var (from, to) = ClauseAround(start, end);
                var own = Detect(from, to, start, end);
                var scheduled = Governing(cues.scheduling, from, start);
                var deadline = cues.until.Match(text, from, start - from);
                if (deadline.Success)
                {
                    return own.Tense == Tense.Past && scheduled == null ? own : (Tense.Future, deadline.Value.Trim());
                }

                var plan = Governing(cues.prospective, from, start) ?? scheduled;
                if (plan != null)
                {
                    return (Tense.Future, plan.Value);
                }

                if (own.Tense != Tense.Unknown)
                {
                    return own;
                }

                var due = Last(cues.deadlineNoun, from, start);
                return due != null ? (Tense.Future, due.Value) : Detect(start, end);
            }

            /// <summary>The tense governing the span [start, end) of the sentence, and the cue word that decided it.</summary>
            public (Tense Tense, string? Cue) Detect(int start, int end) => Detect(0, text.Length, start, end);

            /// <summary>The same within the part [from, to) of the sentence read as a text of its own (a clause).</summary>
            public (Tense Tense, string? Cue) Detect(int from, int to, int start, int end)
            {
                if (!spans.TryGetValue((from, to), out var words))
                {
                    words = new Words(cues, text, from, to);
                    spans.Add((from, to), words);
                }

                return words.Detect(start, end);
            }

            /// <summary>
            /// The last plan or schedule word before a date, when no verb of a past tense stands between them: in 'will be
            /// heard May 4, the company said in a filing Tuesday', 'said' governs 'Tuesday', not 'will'.
            /// </summary>
            private Match? Governing(Pattern words, int from, int start)
            {
                var last = Last(words, from, start);
                if (last == null)
                {
                    return null;
                }

                // A participle after an infinitive auxiliary is passive, not past: 'to allow her to be heard Friday'.
                var after = last.Index + last.Length;
                string? previous = null;
                for (var w = WordPattern.Match(text, after, start - after); w.Success; w = w.NextMatch())
                {
                    var word = Normalise(w.Value);
                    if (cues.past.Contains(word) && !(previous != null && cues.infinitiveAuxiliaries.Contains(Elided(previous))))
                    {
                        return null;
                    }

                    previous = word;
                }

                return last;
            }

            /// <summary>The last match in [from, to), read as a text of its own.</summary>
            private Match? Last(Pattern pattern, int from, int to)
            {
                Match? last = null;
                for (var m = pattern.Match(text, from, to - from); m.Success; m = m.NextMatch())
                {
                    last = m;
                }

                return last;
            }

            /// <summary>The clause around a span: from the last boundary before it to the first after it.</summary>
            private (int From, int To) ClauseAround(int start, int end)
            {
                boundaries ??= cues.clauseBoundary.Matches(text).Cast<Match>().Select(m => (m.Index, m.Index + m.Length)).ToList();
                var before = Leading(boundaries.Count, i => boundaries[i].End <= start);
                var after = Leading(boundaries.Count, i => boundaries[i].Index < end);
                return (before > 0 ? boundaries[before - 1].End : 0, after < boundaries.Count ? boundaries[after].Index : text.Length);
            }
        }

        /// <summary>The words of a text (or of a part read as one) with their cues, and where the nearest cue is on either side.</summary>
        private sealed class Words
        {
            private readonly TenseCues cues;
            private readonly List<Match> words;
            private readonly string[] normal;
            private readonly int[] lastCue;
            private readonly int[] nextCue;
            private readonly Tense?[] tense;

            public Words(TenseCues cues, string text, int from, int to)
            {
                this.cues = cues;
                words = new List<Match>();
                for (var w = WordPattern.Match(text, from, to - from); w.Success; w = w.NextMatch())
                {
                    words.Add(w);
                }

                normal = words.Select(w => Normalise(w.Value)).ToArray();
                tense = words.Select(w => cues.CueOf(w.Value)).ToArray();
                lastCue = new int[words.Count];
                nextCue = new int[words.Count + 1];
                for (var i = 0; i < words.Count; i++)
                {
                    lastCue[i] = tense[i] != null ? i : i > 0 ? lastCue[i - 1] : -1;
                }

                nextCue[words.Count] = words.Count;
                for (var i = words.Count - 1; i >= 0; i--)
                {
                    nextCue[i] = tense[i] != null ? i : nextCue[i + 1];
                }
            }

            /// <summary>
            /// A marker right before the span decides; else the nearest cue before it (a future auxiliary just before
            /// that cue decides the verb group: 'will be held', 'sera retiré'); else the nearest after it.
            /// </summary>
            public (Tense Tense, string? Cue) Detect(int start, int end)
            {
                var before = Leading(words.Count, i => words[i].Index + words[i].Length <= start) - 1;
                if (before >= 0 && start - (words[before].Index + words[before].Length) <= 2)
                {
                    if (cues.futureMarkers.Contains(normal[before]))
                    {
                        return (Tense.Future, words[before].Value);
                    }

                    if (cues.pastMarkers.Contains(normal[before]))
                    {
                        return (Tense.Past, words[before].Value);
                    }
                }

                var cue = before >= 0 ? lastCue[before] : -1;
                if (cue >= 0)
                {
                    for (var j = Math.Max(0, cue - 2); j < cue; j++)
                    {
                        if (cues.future.Contains(normal[j]))
                        {
                            return (Tense.Future, words[j].Value);
                        }
                    }

                    return (tense[cue]!.Value, words[cue].Value);
                }

                var next = nextCue[Leading(words.Count, i => words[i].Index < end)];
                return next < words.Count ? (tense[next]!.Value, words[next].Value) : (Tense.Unknown, null);
            }
        }

        /// <summary>How many of the first items hold a condition that, once false, stays false (a binary search).</summary>
        private static int Leading(int count, Func<int, bool> holds)
        {
            int low = 0, high = count;
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (holds(middle))
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return low;
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
