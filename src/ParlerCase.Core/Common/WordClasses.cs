using System;
using System.Collections.Generic;
using System.Linq;

namespace ParlerCase.Core.Common
{
    /// <summary>
    /// Which classes of words a text holds, from one pass over its letters: a family of patterns runs only on the
    /// sentences that hold its words, a gate far cheaper than the pattern's own search. A phrase is known by its
    /// longest word (a text holding the phrase holds that word); classes are bit flags, digits one of them.
    /// Filled while its lexicon is built, read-only after.
    /// </summary>
    internal sealed class WordClasses
    {
        private readonly Dictionary<string, int> classes = new Dictionary<string, int>(StringComparer.Ordinal);
        private readonly int digit;

        /// <param name="digitClass">The flag a text holding any digit gets.</param>
        public WordClasses(int digitClass) => digit = digitClass;

        /// <summary>
        /// Adds the phrases to a class. A phrase with no letters ('24/7') can only be found through its digits.
        /// </summary>
        public void Add(IEnumerable<string> phrases, int flag)
        {
            foreach (var phrase in phrases)
            {
                var word = LongestWord(phrase);
                if (word.Length > 0)
                {
                    classes[word] = (classes.TryGetValue(word, out var known) ? known : 0) | flag;
                }
            }
        }

        /// <summary>The classes of the words in <paramref name="text"/>, letters as the patterns' \p{L}.</summary>
        public int In(string text)
        {
            var found = text.Any(char.IsDigit) ? digit : 0;
            foreach (var word in Words(text))
            {
                if (classes.TryGetValue(word.ToLowerInvariant(), out var cls))
                {
                    found |= cls;
                }
            }

            return found;
        }

        private static string LongestWord(string phrase) =>
            Words(phrase).OrderByDescending(w => w.Length).FirstOrDefault()?.ToLowerInvariant() ?? string.Empty;

        private static IEnumerable<string> Words(string text)
        {
            var start = -1;
            for (var i = 0; i <= text.Length; i++)
            {
                if (i < text.Length && char.IsLetter(text[i]))
                {
                    start = start < 0 ? i : start;
                }
                else if (start >= 0)
                {
                    yield return text.Substring(start, i - start);
                    start = -1;
                }
            }
        }
    }
}
