using System;
using ParlerCase.Core.Dates;

namespace ParlerCase.Core.Temporal
{
    /// <summary>A signed amount of calendar units ('un mois plus tard' = +1 month).</summary>
    public readonly struct CalendarOffset
    {
        public CalendarOffset(int amount, CalendarUnit unit)
        {
            Amount = amount;
            Unit = unit;
        }

        public int Amount { get; }

        public CalendarUnit Unit { get; }

        /// <summary>
        /// Moves a date by the offset. The result is never finer than the base ('un mois plus tard' after
        /// 'en janvier' is February, not a day) nor than the unit (a month after 6 January is February, three
        /// years ago is a year: no day is written).
        /// </summary>
        public PartialDate ApplyTo(PartialDate from)
        {
            var date = Unit switch
            {
                CalendarUnit.Day => from.Date.AddDays(Amount),
                CalendarUnit.Week => from.Date.AddDays(7 * Amount),
                CalendarUnit.Month => from.Date.AddMonths(Amount),
                _ => from.Date.AddYears(Amount),
            };
            var unitPrecision = Unit == CalendarUnit.Day || Unit == CalendarUnit.Week ? DatePrecision.Day : Unit == CalendarUnit.Month ? DatePrecision.Month : DatePrecision.Year;
            var precision = (DatePrecision)Math.Max((int)from.Precision, (int)unitPrecision);
            return new PartialDate(date, precision);
        }

        public override string ToString() => (Amount >= 0 ? "+" : string.Empty) + Amount + " " + Unit.ToString().ToLowerInvariant();
    }
}
