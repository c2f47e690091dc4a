using System.Text.RegularExpressions;

namespace ParlerCase.Core.Temporal
{
    /// <summary>The families of date patterns a candidate comes from.</summary>
    internal static class CandidateKinds
    {
        public const string Iso = "iso";
        public const string Numeric = "numeric";
        public const string DayMonth = "day-month";
        public const string BareDay = "bare-day";
        public const string Holiday = "holiday";
        public const string WeekdayRange = "weekday-range";
        public const string Offset = "offset";
        public const string Ago = "ago";
        public const string RelativePeriod = "relative-period";
        public const string RelativeDay = "relative-day";
        public const string Month = "month";
        public const string Year = "year";
        public const string Weekday = "weekday";
    }

    /// <summary>A stretch of a sentence a date pattern matched, with the time and zone written around it, before resolution.</summary>
    internal sealed class Candidate
    {
        public Candidate(Match match, string kind, int priority)
        {
            Match = match;
            Kind = kind;
            Priority = priority;
            Start = match.Index;
            End = match.Index + match.Length;
        }

        public Match Match { get; }

        public string Kind { get; }

        public int Priority { get; }

        public int Start { get; set; }

        public int End { get; set; }

        public string? Time { get; set; }

        public string? Zone { get; set; }

        public int? Minutes { get; set; }

        public Candidate? RestatementOf { get; set; }

        public TemporalExpression? Result { get; set; }
    }
}
