using System;
using System.Globalization;
using System.Management.Automation;
using ParlerCase.Core.Dates;
using ParlerCase.Core.Temporal;

namespace ParlerCase
{
    /// <summary>
    /// One temporal expression as Get-CaseDate writes it (type name ParlerCase.CaseDate): where it is, what TIMEX3
    /// value it has and how it was resolved. Plain, culture-invariant values only, so Export-Csv writes readable
    /// columns on any machine.
    /// </summary>
    public sealed class CaseDate
    {
        internal CaseDate(string source, TemporalExpression e, string sentence)
        {
            Source = source;
            Offset = e.Offset;
            Length = e.Length;
            Text = e.Text;
            Type = e.Type;
            Value = e.Timex ?? string.Empty;
            Mod = e.Mod ?? string.Empty;
            Date = CalendarDate(e);
            Anchor = e.Anchor is PartialDate anchor ? anchor.Iso + " (" + e.AnchorSource + ")" : string.Empty;
            Tense = e.Tense == Core.Temporal.Tense.Unknown ? string.Empty : e.Tense.ToString();
            Rule = e.Rule;
            Sentence = sentence;
            Warning = e.Warning ?? string.Empty;
            if (e.Value is DateRange range)
            {
                First = range.Start.Date;
                Last = range.LastDay;
            }
        }

        /// <summary>The article's Id (as Get-CaseSource gives it).</summary>
        public string Source { get; }

        /// <summary>Character offset of Text in the article's cleaned body (CaseSource.Text).</summary>
        public int Offset { get; }

        public int Length { get; }

        /// <summary>The expression as written.</summary>
        public string Text { get; }

        /// <summary>Date, Time, Duration or Set.</summary>
        public TimexType Type { get; }

        /// <summary>The TIMEX3 value ('2021-01-12', '2021-W02', 'P3D', 'XXXX-WXX-7', 'PRESENT_REF'); empty when unresolved.</summary>
        public string Value { get; }

        /// <summary>START, MID, END, APPROX, LESS_THAN, MORE_THAN... when the text says so; else empty.</summary>
        public string Mod { get; }

        /// <summary>
        /// The calendar day (and time of day) the value names, when it names one; else null. Hidden: Export-Csv and
        /// Format-List * write Value, which does not depend on the culture; sorting and filtering still see it.
        /// </summary>
        [Hidden]
        public DateTime? Date { get; }

        /// <summary>The date it was resolved against, and what that is: '2021-01-12 (publication)', '2021-01-08 (previous)'.</summary>
        public string Anchor { get; }

        /// <summary>The tense that placed it before or after its anchor (Past, Future), when one did.</summary>
        public string Tense { get; }

        /// <summary>The rule that recognised and resolved it.</summary>
        public string Rule { get; }

        /// <summary>The sentence that holds it.</summary>
        public string Sentence { get; }

        /// <summary>Why the value is missing or what in the text contradicts it; else empty.</summary>
        public string Warning { get; }

        /// <summary>The first and last day the value can name (for -After and -Before).</summary>
        internal DateTime? First { get; }

        internal DateTime? Last { get; }

        public override string ToString() => Value.Length > 0 ? Text + " = " + Value : Text;

        private static DateTime? CalendarDate(TemporalExpression e)
        {
            var value = e.Timex;
            if (value == null || value.Length < 10 || !DateTime.TryParseExact(value.Substring(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return null;
            }

            if (value.Length >= 16 && value[10] == 'T' && TimeSpan.TryParseExact(value.Substring(11, 5), @"hh\:mm", CultureInfo.InvariantCulture, out var time))
            {
                return day.Add(time);
            }

            return day;
        }
    }
}
