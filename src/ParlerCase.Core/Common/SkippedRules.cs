using System;
using System.Collections.Generic;
using System.Globalization;

namespace ParlerCase.Core.Common
{
    /// <summary>
    /// The rules skipped while one article was read or analysed because their pattern ran out of time on a
    /// sentence: the rule gives nothing for that sentence and says so here, instead of failing the article. One
    /// scope per thread at a time (a pipeline reads its articles one by one), so two runspaces never share one.
    /// Outside a scope a runaway match is thrown, as before.
    /// </summary>
    public sealed class SkippedRules : IDisposable
    {
        [ThreadStatic]
        private static SkippedRules? current;

        private readonly SkippedRules? outer;
        private readonly List<string> messages = new List<string>();

        private SkippedRules()
        {
            outer = current;
            current = this;
        }

        /// <summary>What was skipped, one line each: the rule and the start of the text it ran out of time on.</summary>
        public IReadOnlyList<string> Messages => messages;

        /// <summary>Opens a scope on this thread; disposing it closes it.</summary>
        public static SkippedRules Begin() => new SkippedRules();

        /// <summary>Whether a runaway match of the rule can be skipped (a scope is open); records it when so.</summary>
        internal static bool TrySkip(string rule, string text)
        {
            if (current == null)
            {
                return false;
            }

            const int Shown = 60;
            var start = text.Length > Shown ? text.Substring(0, Shown) + "…" : text;
            current.messages.Add(string.Format(CultureInfo.InvariantCulture,
                "The rule '{0}' ran out of time ({1} s) on a text of {2} characters and was skipped for it: '{3}'.",
                rule, Patterns.Timeout.TotalSeconds, text.Length, start));
            return true;
        }

        public void Dispose() => current = outer;
    }
}
