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
        private static readonly Regex WordPattern = Patterns.Compile(@"\p{L}[\p{L}'’-]*");

        private static readonly Dictionary<string, Lazy<TenseCues>> Cache =
            LanguageData.Supported.ToDictionary(code => code, code => new Lazy<TenseCues>(() => new TenseCues(code)), StringComparer.OrdinalIgnoreCase);

        private readonly HashSet<string> past;
        private readonly HashSet<string> future;
        private readonly string[] pastEndings;
        private readonly string[] futureEndings;
        private readonly HashSet<string> futureMarkers;
        private readonly HashSet<string> pastMarkers;

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
        }

        public static TenseCues For(string? code) =>
            (code != null && Cache.TryGetValue(code, out var lazy) ? lazy : Cache[LanguageData.English]).Value;

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

        private static string[] Split(string list) =>
            list.Split(',').Select(s => s.Trim().Replace('’', '\'')).Where(s => s.Length > 0).ToArray();
    }
}
