using CoreSummary = ParlerCase.Core.Comparison.SourceSummary;

namespace ParlerCase
{
    /// <summary>Compare-Source -Summary: what each source contributes to the story.</summary>
    public sealed class SourceSummary
    {
        internal SourceSummary(CoreSummary summary)
        {
            Source = summary.Source;
            Reported = summary.Reported;
            OnlyHere = summary.OnlyHere;
            Agreed = summary.Agreed;
            ConflictCount = summary.Conflicts.Count;
            Conflicts = string.Join("; ", summary.Conflicts);
        }

        public string Source { get; }

        /// <summary>Facts this source reports.</summary>
        public int Reported { get; }

        /// <summary>Facts no other source reports.</summary>
        public int OnlyHere { get; }

        /// <summary>Facts other sources report the same way.</summary>
        public int Agreed { get; }

        public int ConflictCount { get; }

        /// <summary>The topics of the conflicts it is part of.</summary>
        public string Conflicts { get; }

        public override string ToString() => Source;
    }
}
