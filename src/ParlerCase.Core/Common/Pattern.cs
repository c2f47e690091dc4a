using System.Text.RegularExpressions;
using System.Threading;

namespace ParlerCase.Core.Common
{
    /// <summary>
    /// One of the module's regular expressions, built on its first use and run by the interpreter until it has been
    /// used <see cref="CompileAfter"/> times, then compiled. Compiling and warming a pattern costs 10–200 ms of CPU
    /// (the date patterns of one language, seconds), which a session's first article paid for every rule whether it
    /// ran once or not at all; the compiled matcher is about twice as fast, which pays back only over many texts.
    /// Both matchers give the same matches: which one ran never shows in a result.
    /// </summary>
    public sealed class Pattern
    {
        /// <summary>
        /// Uses before compiling: a few dozen articles' worth for a per-sentence rule, so one article or a handful
        /// never waits for a compilation, and a corpus runs compiled soon. At 10,000, rules used less often than
        /// that stayed interpreted through a corpus of 1,000 articles: Get-CaseEvent was a third slower.
        /// </summary>
        internal const int CompileAfter = 1_000;

        private readonly string pattern;
        private readonly RegexOptions options;
        private Regex? regex;
        private int uses;

        internal Pattern(string pattern, RegexOptions options)
        {
            this.pattern = pattern;
            this.options = options;
        }

        /// <summary>Whether the pattern has been parsed (it is on its first use).</summary>
        internal bool IsBuilt => Volatile.Read(ref regex) != null;

        /// <summary>Whether the compiled matcher has replaced the interpreter.</summary>
        internal bool IsCompiled => (Volatile.Read(ref regex)?.Options & RegexOptions.Compiled) == RegexOptions.Compiled;

        // Runspaces may share a pattern: the count only decides when to compile, one thread builds the compiled
        // matcher (the one whose use reaches the count), and swapping one reference for an equivalent matcher is atomic.
        private Regex Current
        {
            get
            {
                if (uses < CompileAfter && Interlocked.Increment(ref uses) == CompileAfter)
                {
                    Volatile.Write(ref regex, Patterns.Compiled(pattern, options));
                }

                return Volatile.Read(ref regex) ?? Interpreted();
            }
        }

        public Match Match(string input) => Current.Match(input);

        public Match Match(string input, int startat) => Current.Match(input, startat);

        public Match Match(string input, int beginning, int length) => Current.Match(input, beginning, length);

        public MatchCollection Matches(string input) => Current.Matches(input);

        public MatchCollection Matches(string input, int startat) => Current.Matches(input, startat);

        public bool IsMatch(string input) => Current.IsMatch(input);

        public bool IsMatch(string input, int startat) => Current.IsMatch(input, startat);

        public string Replace(string input, string replacement) => Current.Replace(input, replacement);

        public string Replace(string input, MatchEvaluator evaluator) => Current.Replace(input, evaluator);

        public string[] Split(string input) => Current.Split(input);

        public override string ToString() => pattern;

        private Regex Interpreted()
        {
            // Two threads may both parse it on its very first use; one of the equal results is kept.
            Interlocked.CompareExchange(ref regex, new Regex(pattern, options, Patterns.Timeout), null);
            return Volatile.Read(ref regex)!;
        }
    }
}
