using System;
using System.Text.RegularExpressions;

namespace ParlerCase.Core.Common
{
    /// <summary>How the module builds every regular expression: compiled, culture-invariant and time-bounded.</summary>
    public static class Patterns
    {
        /// <summary>
        /// Matching an article's sentence takes microseconds, but the first match of a compiled pattern also pays for
        /// its JIT, which on a loaded machine has been seen to take a third of a second; two seconds leaves room for
        /// that while a runaway match still fails fast instead of hanging a pipeline.
        /// </summary>
        public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

        public static Regex Compile(string pattern, RegexOptions extra = RegexOptions.None) =>
            new Regex(pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant | extra, Timeout);
    }
}
