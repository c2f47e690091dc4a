using ParlerCase.Core.Dates;

namespace ParlerCase.Core.Temporal
{
    /// <summary>
    /// One date or time expression of a text, normalised: what was written and where, the date it names at its
    /// precision, what it was resolved against, and the rule that matched. Unresolved expressions (no anchor, an
    /// unknown 'few days', an event not yet dated) have no <see cref="Value"/> and say why in <see cref="Warning"/>.
    /// </summary>
    public sealed class TemporalExpression
    {
        public TemporalExpression(
            string text,
            int offset,
            string rule,
            DateRange? value,
            PartialDate? anchor,
            string anchorSource,
            Tense tense,
            string? warning = null,
            DateRange? alternative = null,
            EventReference? relativeToEvent = null,
            string? timeOfDay = null,
            bool isRestatement = false,
            TimexType type = TimexType.Date,
            string? timex = null,
            string? mod = null)
        {
            Text = text;
            Offset = offset;
            Rule = rule;
            Value = value;
            Anchor = anchor;
            AnchorSource = anchorSource;
            Tense = tense;
            Warning = warning;
            Alternative = alternative;
            RelativeToEvent = relativeToEvent;
            TimeOfDay = timeOfDay;
            IsRestatement = isRestatement;
            Type = timeOfDay != null && type == TimexType.Date ? TimexType.Time : type;
            Timex = timex ?? value?.Start.Iso;
            Mod = mod;
        }

        /// <summary>The expression as written.</summary>
        public string Text { get; }

        /// <summary>Offset of the first character in the document text.</summary>
        public int Offset { get; }

        /// <summary>Length of the expression in the document text.</summary>
        public int Length => Text.Length;

        public int End => Offset + Text.Length;

        /// <summary>The TIMEX3 type: a date, a time of day, a duration or a repetition.</summary>
        public TimexType Type { get; }

        /// <summary>
        /// The TIMEX3 value ('2021-01-12', '2021-W02', '2021-01-12T22:00', 'P3D', 'XXXX-WXX-7', 'PRESENT_REF');
        /// null when the expression could not be resolved.
        /// </summary>
        public string? Timex { get; }

        /// <summary>The TIMEX3 mod the text gives ('START', 'END', 'MID', 'APPROX', 'LESS_THAN'...), or null.</summary>
        public string? Mod { get; }

        /// <summary>The named rule that recognised and resolved it ('weekday-past', 'offset-from-previous'...).</summary>
        public string Rule { get; }

        /// <summary>The date or interval named, at its precision; null when it could not be resolved.</summary>
        public DateRange? Value { get; }

        /// <summary>The date it was resolved against (publication, a document's date, the previous date), when one was used.</summary>
        public PartialDate? Anchor { get; }

        /// <summary>What the anchor is: 'publication', 'document', 'speech' (the day a quotation was said), 'previous', 'event' or 'none'.</summary>
        public string AnchorSource { get; }

        /// <summary>The tense that decided past or future, when it mattered.</summary>
        public Tense Tense { get; }

        /// <summary>Any inconsistency (a weekday that contradicts its date, an unresolvable expression), and what was kept.</summary>
        public string? Warning { get; }

        /// <summary>The other reading when the text contradicts itself (the date its weekday names).</summary>
        public DateRange? Alternative { get; }

        /// <summary>Set when the date counts from an event named in the text rather than from a date.</summary>
        public EventReference? RelativeToEvent { get; }

        /// <summary>The time of day and zone as written ('peu avant minuit ... heure normale du Pacifique'), when given.</summary>
        public string? TimeOfDay { get; }

        /// <summary>True for a restatement of the previous expression in another zone ('(07 h 59 GMT le lundi)').</summary>
        public bool IsRestatement { get; }

        public override string ToString() => $"'{Text}' @{Offset} = {Value?.Iso ?? "?"} ({Rule})";
    }
}
