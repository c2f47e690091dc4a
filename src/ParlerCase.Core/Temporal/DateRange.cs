using System;
using ParlerCase.Core.Dates;

namespace ParlerCase.Core.Temporal
{
    /// <summary>
    /// What a temporal expression names: one partial date, or an interval of two ('entre vendredi et samedi').
    /// </summary>
    public readonly struct DateRange : IEquatable<DateRange>
    {
        public DateRange(PartialDate start, PartialDate end)
        {
            Start = start;
            End = end;
        }

        public DateRange(PartialDate single)
            : this(single, single)
        {
        }

        public PartialDate Start { get; }

        public PartialDate End { get; }

        public bool IsInterval => !Start.Equals(End);

        public DatePrecision Precision => Start.Precision;

        /// <summary>ISO 8601 at the date's precision; an interval as 'start/end'.</summary>
        public string Iso => IsInterval ? Start.Iso + "/" + End.Iso : Start.Iso;

        /// <summary>The last day the range can name.</summary>
        public DateTime LastDay => End.Precision switch
        {
            DatePrecision.Year => new DateTime(End.Date.Year, 12, 31),
            DatePrecision.Month => End.Date.AddMonths(1).AddDays(-1),
            _ => End.Date,
        };

        /// <summary>True when the two ranges can name a common day.</summary>
        public bool Overlaps(DateRange other) => Start.Date <= other.LastDay && other.Start.Date <= LastDay;

        /// <summary>True when every day of the other range lies in this one.</summary>
        public bool Contains(DateRange other) => Start.Date <= other.Start.Date && other.LastDay <= LastDay;

        public bool Equals(DateRange other) => Start.Equals(other.Start) && End.Equals(other.End);

        public override bool Equals(object? obj) => obj is DateRange other && Equals(other);

        public override int GetHashCode() => (Start.GetHashCode() * 397) ^ End.GetHashCode();

        public override string ToString() => Iso;
    }
}
