using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using ParlerCase.Core.Dates;
using ParlerCase.Core.Languages;

namespace ParlerCase.Core.Temporal
{
    /// <summary>
    /// A text that is a full written date and nothing else but its time: the value of a date line ('February 1,
    /// 2023', 'Feb. 1, 2023 3:45 PM ET', '1er février 2021 à 10h32', 'mardi 12 janvier 2021', '12/01/2021, 14:05',
    /// '10:32 AM EST, January 12, 2021'). It reads the patterns of <see cref="TemporalLexicon"/>; a day and month
    /// without a year, a weekday that does not fall on the date, or any other word makes it no date.
    /// </summary>
    internal static class WrittenDate
    {
        /// <summary>A date line is short; a longer value is a sentence.</summary>
        private const int MaxLength = 80;

        /// <summary>
        /// The date of <paramref name="text"/>. An all-numeric date is read day first in French; otherwise (English,
        /// or <paramref name="language"/> unknown) only when one reading alone is a calendar date: 13/01/2021 or
        /// 01/13/2021, never 03/04/2021.
        /// </summary>
        public static bool TryParse(string text, string? language, out PartialDate date)
        {
            date = default;
            var value = text.Trim();
            if (value.Length == 0 || value.Length > MaxLength || !value.Any(char.IsDigit))
            {
                return false;
            }

            foreach (var code in Languages(language))
            {
                var lexicon = TemporalLexicon.For(code);
                if (TryParseAt(lexicon, value, language, allowTime: true, out date))
                {
                    return true;
                }

                var leading = lexicon.DatelineLeadingTime.Match(value);
                if (leading.Success && TryParseAt(lexicon, value.Substring(leading.Length), language, allowTime: false, out date))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A time alone, as a date line gives a same-day update: 'à 11h05', '3:45 PM ET'.</summary>
        public static bool IsTime(string text, string? language) =>
            text.Trim().Length > 0 && text.Trim().Length <= MaxLength && Languages(language).Any(code => TemporalLexicon.For(code).DatelineTime.IsMatch(text.Trim()));

        /// <summary>The article of a date standing alone ('Le 12 janvier 2021') and its language, or null.</summary>
        public static (int Length, string Language)? Article(string text)
        {
            foreach (var code in LanguageData.Supported)
            {
                var m = TemporalLexicon.For(code).DatelineArticle.Match(text);
                if (m.Success)
                {
                    return (m.Length, code);
                }
            }

            return null;
        }

        private static IEnumerable<string> Languages(string? language) =>
            language != null && LanguageData.Supported.Contains(language)
                ? new[] { language }.Concat(LanguageData.Supported.Where(c => c != language))
                : LanguageData.Supported;

        private static bool TryParseAt(TemporalLexicon lexicon, string value, string? language, bool allowTime, out PartialDate date)
        {
            date = default;
            foreach (var pattern in new[] { lexicon.IsoDate, lexicon.NumericDate, lexicon.DayMonth, lexicon.MonthDay })
            {
                var m = pattern.Match(value);
                if (!m.Success || m.Index != 0 || !m.Groups["year"].Success)
                {
                    continue;
                }

                var rest = value.Substring(m.Length);
                if (rest.Trim().Length > 0 && !(allowTime && lexicon.DatelineTime.IsMatch(rest)))
                {
                    continue;
                }

                if (pattern == lexicon.NumericDate ? Numeric(m, language, out date) : Written(lexicon, m, out date))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool Written(TemporalLexicon lexicon, Match m, out PartialDate date)
        {
            date = default;
            var year = Int(m, "year");
            var month = m.Groups["month"].Value.All(char.IsDigit) ? Int(m, "month") : lexicon.Months[TemporalLexicon.Key(m.Groups["month"].Value)];
            var day = Int(m, "day");
            if (!Calendar.IsValid(year, month, day))
            {
                return false;
            }

            date = PartialDate.Day(year, month, day);

            // 'mardi 13 janvier 2021' contradicts itself (the 13th was a Wednesday): a wrong date is worse than none.
            return !m.Groups["weekday"].Success || lexicon.Weekdays[TemporalLexicon.Key(m.Groups["weekday"].Value)] == Calendar.IsoDay(date.Date);
        }

        private static bool Numeric(Match m, string? language, out PartialDate date)
        {
            date = default;
            var year = Int(m, "year");
            var first = Int(m, "first");
            var second = Int(m, "second");
            var dayFirst = Calendar.IsValid(year, second, first);
            var monthFirst = Calendar.IsValid(year, first, second);
            if (language != null && TemporalLexicon.For(language).DayFirst)
            {
                monthFirst = false;
            }
            else if (dayFirst && monthFirst && first != second)
            {
                return false;
            }

            if (dayFirst)
            {
                date = PartialDate.Day(year, second, first);
                return true;
            }

            if (monthFirst)
            {
                date = PartialDate.Day(year, first, second);
                return true;
            }

            return false;
        }

        private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);
    }
}
