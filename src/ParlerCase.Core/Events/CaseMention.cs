using ParlerCase.Core.Temporal;

namespace ParlerCase.Core.Events
{
    /// <summary>
    /// A mention as part of a case event: the date it ends up with and why. Its own date when the text gives one
    /// (narrowed when the other mentions pick one day of its interval or one reading of a contradictory date),
    /// else the case event's date, marked as such. A source that dates the event otherwise keeps its own date,
    /// with a warning.
    /// </summary>
    public sealed class CaseMention
    {
        internal CaseMention(EventMention mention, DateRange? when, string rule, string? warning, bool conflicts = false)
        {
            Mention = mention;
            When = when;
            Rule = rule;
            Warning = warning;
            Conflicts = conflicts;
        }

        public EventMention Mention { get; }

        public DateRange? When { get; }

        /// <summary>The date rule: the temporal rule of its own expression, or 'case-event' when dated by the other mentions.</summary>
        public string Rule { get; }

        public string? Warning { get; }

        /// <summary>True when this source dates the event otherwise than the event's date.</summary>
        public bool Conflicts { get; }

        public override string ToString() => $"{When?.Iso ?? "-"} ({Rule}) {Mention}";
    }
}
