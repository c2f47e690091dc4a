using System;
using System.Text.RegularExpressions;

namespace ParlerCase.Core.Common
{
    /// <summary>How the module builds every regular expression: compiled, culture-invariant and time-bounded.</summary>
    public static class Patterns
    {
        /// <summary>Long enough for any line of an article; short enough that a pathological input cannot hang a pipeline.</summary>
        public static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(250);

        public static Regex Compile(string pattern, RegexOptions extra = RegexOptions.None) =>
            new Regex(pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant | extra, Timeout);
    }
}
