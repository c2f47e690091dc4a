using System;
using System.Text.RegularExpressions;

namespace ParlerCase.Core.Common
{
    /// <summary>How the module builds every regular expression: culture-invariant, time-bounded, built when first used and compiled when used often (see <see cref="Pattern"/>).</summary>
    public static class Patterns
    {
        /// <summary>
        /// Matching an article's sentence takes microseconds; two seconds means only a runaway match fails, and it
        /// fails fast instead of hanging a pipeline.
        /// </summary>
        public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

        // Text with letters, digits, marks and spaces, so the warm-up match enters the compiled matcher.
        private const string WarmUpText = "Aa bb, « Cc » 12 janvier 2021 : dd. Ee";

        /// <summary>A pattern with the module's options; nothing is parsed until its first use.</summary>
        public static Pattern Compile(string pattern, RegexOptions extra = RegexOptions.None) =>
            new Pattern(pattern, RegexOptions.CultureInvariant | extra);

        /// <summary>
        /// The first match of a named rule in a text; <see cref="Match.Empty"/> when the match runs out of time,
        /// the rule then skipped for this text (see <see cref="SkippedRules"/>).
        /// </summary>
        public static Match First(Pattern pattern, string text, string rule)
        {
            try
            {
                return pattern.Match(text);
            }
            catch (RegexMatchTimeoutException) when (SkippedRules.TrySkip(rule, text))
            {
                return Match.Empty;
            }
        }

        /// <summary>The compiled matcher of a pattern, its JIT paid by a warm-up match.</summary>
        internal static Regex Compiled(string pattern, RegexOptions options)
        {
            var regex = new Regex(pattern, options | RegexOptions.Compiled, Timeout);
            try
            {
                // The first match of a compiled pattern also pays for the JIT of its matcher, inside the timeout: on a
                // loaded machine that alone has taken seconds. Pay it here, where a timeout costs nothing.
                regex.IsMatch(WarmUpText);
            }
            catch (RegexMatchTimeoutException)
            {
                // The matcher is compiled by now; only this warm-up match ran out of time.
            }

            return regex;
        }
    }
}
