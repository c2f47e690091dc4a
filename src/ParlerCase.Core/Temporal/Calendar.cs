using System;
using System.Linq;
using ParlerCase.Core.Dates;

namespace ParlerCase.Core.Temporal
{
    /// <summary>Calendar arithmetic of the resolution: weekdays around an anchor, the year of a day and month.</summary>
    internal static class Calendar
    {
        public static bool IsValid(int year, int month, int day) =>
            year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

        public static int IsoDay(DateTime date) => date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek;

        public static PartialDate Day(DateTime date) => PartialDate.Day(date.Year, date.Month, date.Day);

        /// <summary>
        /// The day of a weekday relative to the anchor: 'last' strictly before, 'next' strictly after, 'past' on or
        /// before, 'future' on or after, 'nearest' within three days either way.
        /// </summary>
        public static DateTime OnWeekday(DateTime anchor, int weekday, string mode)
        {
            var back = (IsoDay(anchor) - weekday + 7) % 7;
            var forward = (weekday - IsoDay(anchor) + 7) % 7;
            return mode switch
            {
                "last" => anchor.AddDays(back == 0 ? -7 : -back),
                "next" => anchor.AddDays(forward == 0 ? 7 : forward),
                "past" => anchor.AddDays(-back),
                "future" => anchor.AddDays(forward),
                _ => back <= forward ? anchor.AddDays(-back) : anchor.AddDays(forward),
            };
        }

        /// <summary>The year of a day and month written without one: before the anchor in the past tense, after it in the future, else the nearest.</summary>
        public static int? InferYear(int month, int day, PartialDate anchor, Tense tense)
        {
            if (anchor.Precision == DatePrecision.Year)
            {
                return anchor.Date.Year;
            }

            var options = Enumerable.Range(anchor.Date.Year - 1, 3).Where(y => IsValid(y, month, day)).Select(y => new DateTime(y, month, day)).ToList();
            var first = anchor.Date;
            var last = new DateRange(anchor).LastDay;
            var chosen = tense switch
            {
                Tense.Past => options.Where(d => d <= last).DefaultIfEmpty().Max(),
                Tense.Future => options.Where(d => d >= first).DefaultIfEmpty(DateTime.MaxValue).Min(),
                _ => options.OrderBy(d => d < first ? (first - d).TotalDays : d > last ? (d - last).TotalDays : 0).FirstOrDefault(),
            };
            return chosen == default || chosen == DateTime.MaxValue ? (int?)null : chosen.Year;
        }
    }
}
