using System;
using System.Globalization;

namespace ParlerCase.Core.Dates
{
    /// <summary>
    /// A calendar date known only to a precision: '2021-01-10', '2021-01' or '2021'.
    /// The unknown parts of <see cref="Date"/> are set to their first value.
    /// </summary>
    public readonly struct PartialDate : IEquatable<PartialDate>, IComparable<PartialDate>
    {
        public PartialDate(DateTime date, DatePrecision precision)
        {
            Precision = precision;
            Date = precision switch
            {
                DatePrecision.Year => new DateTime(date.Year, 1, 1),
                DatePrecision.Month => new DateTime(date.Year, date.Month, 1),
                _ => date.Date,
            };
        }

        public DateTime Date { get; }

        public DatePrecision Precision { get; }

        /// <summary>ISO 8601 at the date's precision.</summary>
        public string Iso => Precision switch
        {
            DatePrecision.Year => Date.ToString("yyyy", CultureInfo.InvariantCulture),
            DatePrecision.Month => Date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            _ => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };

        public static PartialDate Day(int year, int month, int day) => new PartialDate(new DateTime(year, month, day), DatePrecision.Day);

        /// <summary>Parses 'yyyy', 'yyyy-MM' or 'yyyy-MM-dd' (and a longer ISO timestamp, kept to the day).</summary>
        public static bool TryParseIso(string? text, out PartialDate value)
        {
            value = default;
            if (string.IsNullOrWhiteSpace(text))
            {
                return false;
            }

            var s = text!.Trim();
            var styles = DateTimeStyles.AllowWhiteSpaces;
            if (s.Length == 4 && DateTime.TryParseExact(s, "yyyy", CultureInfo.InvariantCulture, styles, out var y))
            {
                value = new PartialDate(y, DatePrecision.Year);
                return true;
            }

            if (s.Length == 7 && DateTime.TryParseExact(s, "yyyy-MM", CultureInfo.InvariantCulture, styles, out var m))
            {
                value = new PartialDate(m, DatePrecision.Month);
                return true;
            }

            if (s.Length >= 10 && DateTime.TryParseExact(s.Substring(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, styles, out var d))
            {
                value = new PartialDate(d, DatePrecision.Day);
                return true;
            }

            return false;
        }

        /// <summary>True when the two dates can name the same day (one contains the other).</summary>
        public bool IsCompatibleWith(PartialDate other)
        {
            var coarser = Precision >= other.Precision ? Precision : other.Precision;
            return new PartialDate(Date, coarser).Equals(new PartialDate(other.Date, coarser));
        }

        public bool Equals(PartialDate other) => Date == other.Date && Precision == other.Precision;

        public override bool Equals(object? obj) => obj is PartialDate other && Equals(other);

        public override int GetHashCode() => (Date.GetHashCode() * 397) ^ (int)Precision;

        public int CompareTo(PartialDate other)
        {
            var byDate = Date.CompareTo(other.Date);
            return byDate != 0 ? byDate : other.Precision.CompareTo(Precision);
        }

        public override string ToString() => Iso;
    }
}
