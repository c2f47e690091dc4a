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

        /// <summary>A value computed from dates, or null when it would fall outside the calendar (years 1 to 9999).</summary>
        public static T? Within<T>(Func<T> compute)
            where T : class
        {
            try
            {
                return compute();
            }
            catch (ArgumentOutOfRangeException)
            {
                return null;
            }
        }

        /// <summary>The day so many days away, stopped at the calendar's first or last day (a window around 9999-12-31).</summary>
        public static DateTime AddDaysWithin(DateTime day, int days) =>
            days >= 0 ? (DateTime.MaxValue.Date - day).TotalDays < days ? DateTime.MaxValue.Date : day.AddDays(days)
                : (day - DateTime.MinValue).TotalDays < -days ? DateTime.MinValue : day.AddDays(days);

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

        /// <summary>
        /// The year a narrative gives a day and month: when the text's last date (to the month at least) lies in
        /// another year than the anchor gives, the year that puts the day nearest that date, if the tense allows it
        /// ('in August 2020 ... which began August 13' written in 2021 is 2020, while 'en décembre 2020 ... le 6
        /// janvier' written in January 2021 stays 2021).
        /// </summary>
        public static int NarrativeYear(int month, int day, int inferred, PartialDate anchor, Tense tense, PartialDate? previous)
        {
            if (previous is not PartialDate last || last.Precision == DatePrecision.Year || last.Date.Year == inferred || anchor.Precision == DatePrecision.Year)
            {
                return inferred;
            }

            var best = inferred;
            var distance = Math.Abs((new DateTime(inferred, month, day) - last.Date).TotalDays);
            foreach (var year in new[] { last.Date.Year - 1, last.Date.Year, last.Date.Year + 1 })
            {
                if (!IsValid(year, month, day))
                {
                    continue;
                }

                var date = new DateTime(year, month, day);
                var allowed = tense == Tense.Past ? date <= anchor.Date : tense == Tense.Future ? date >= anchor.Date : true;
                if (allowed && Math.Abs((date - last.Date).TotalDays) < distance)
                {
                    best = year;
                    distance = Math.Abs((date - last.Date).TotalDays);
                }
            }

            return best;
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
