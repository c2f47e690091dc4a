using ParlerCase.Core.Comparison;

namespace ParlerCase
{
    /// <summary>
    /// One row of Compare-Source -ReferenceSource A -DifferenceSource B, shaped as Compare-Object's: SideIndicator
    /// '&lt;=' for what only A says (or A's side of a conflict), '=&gt;' for B's, '==' for what both say alike.
    /// </summary>
    public sealed class SourceDifference
    {
        internal SourceDifference(Fact fact, string sideIndicator, string referenceValue, string differenceValue, string evidence)
        {
            Topic = fact.Topic;
            Kind = fact.Kind;
            Status = fact.Status;
            SideIndicator = sideIndicator;
            ReferenceValue = referenceValue;
            DifferenceValue = differenceValue;
            Evidence = evidence;
        }

        public string Topic { get; }

        public FactKind Kind { get; }

        /// <summary>How all the sources that report the fact relate, not only these two.</summary>
        public FactStatus Status { get; }

        public string SideIndicator { get; }

        /// <summary>What the reference source says.</summary>
        public string ReferenceValue { get; }

        /// <summary>What the difference source says.</summary>
        public string DifferenceValue { get; }

        /// <summary>'source@offset: sentence' of the side or sides the row is about.</summary>
        public string Evidence { get; }

        public override string ToString() => $"{SideIndicator} {Topic}";
    }
}
