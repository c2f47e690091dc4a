using System.Collections.Generic;

namespace ParlerCase.Core.Comparison
{
    /// <summary>What one source contributes to the comparison.</summary>
    public sealed class SourceSummary
    {
        public SourceSummary(string source, int reported, int onlyHere, int agreed, IReadOnlyList<string> conflicts)
        {
            Source = source;
            Reported = reported;
            OnlyHere = onlyHere;
            Agreed = agreed;
            Conflicts = conflicts;
        }

        public string Source { get; }

        /// <summary>Facts this source reports.</summary>
        public int Reported { get; }

        /// <summary>Facts no other source reports.</summary>
        public int OnlyHere { get; }

        /// <summary>Facts other sources report the same way.</summary>
        public int Agreed { get; }

        /// <summary>Topics of the conflicts this source is part of.</summary>
        public IReadOnlyList<string> Conflicts { get; }
    }
}
