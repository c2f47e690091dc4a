using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ParlerCase.Core.Reporting
{
    /// <summary>
    /// Dates to horizontal positions for the timeline. A case's events bunch up (a week of suspension and lawsuit)
    /// with a few far away (the party's founding years before), so a long empty stretch is cut out and drawn as a
    /// break: each bunch gets width by how many events it holds, and inside a bunch the scale is linear in days.
    /// A long span (a year) counts by its two ends, so its empty middle can be cut too and it does not crush the
    /// days around it; its bar then crosses the cut.
    /// </summary>
    public sealed class TimeScale
    {
        /// <summary>Events closer than this stay on one linear stretch; a longer gap is cut.</summary>
        public const int MaxGapDays = 45;

        public const double BreakWidth = 28;

        public const double MinSegmentWidth = 80;

        /// <summary>Tick labels need this much room apart (a 'dd MMM' label at the axis font).</summary>
        public const double MinTickSpacing = 56;

        private readonly IReadOnlyList<Segment> segments;

        private TimeScale(IReadOnlyList<Segment> segments)
        {
            this.segments = segments;
        }

        /// <summary>The x of each cut between two stretches, at its middle.</summary>
        public IReadOnlyList<double> Breaks => segments.Skip(1).Select(s => s.X - (BreakWidth / 2)).ToList();

        public double Left => segments[0].X;

        public double Right => segments[segments.Count - 1].X + segments[segments.Count - 1].Width;

        /// <summary>Fits the spans (one at least) into [left, left + width].</summary>
        public static TimeScale Fit(IEnumerable<DaySpan> spans, double left, double width)
        {
            var bunches = Bunch(spans.SelectMany(Ends).OrderBy(s => s.Start).ToList(), (int)Math.Max(1, (width + BreakWidth) / (MinSegmentWidth + BreakWidth)));
            if (bunches.Count == 0)
            {
                throw new ArgumentException("A time scale needs at least one span.", nameof(spans));
            }

            var widths = Share(bunches.Select(b => b.Weight).ToList(), width - ((bunches.Count - 1) * BreakWidth));
            var segments = new List<Segment>(bunches.Count);
            var x = left;
            for (var i = 0; i < bunches.Count; i++)
            {
                var (start, end, _) = bunches[i];
                var pad = Math.Max(1, (end - start).Days / 20);
                segments.Add(new Segment(start, start.AddDays(-pad), end.AddDays(pad), x, widths[i]));
                x += widths[i] + BreakWidth;
            }

            return new TimeScale(segments);
        }

        /// <summary>The x where a day starts; a day inside a cut maps to the cut.</summary>
        public double X(DateTime day)
        {
            day = day.Date;
            for (var i = 0; i < segments.Count; i++)
            {
                var s = segments[i];
                if (day < s.Start)
                {
                    return i == 0 ? s.X : s.X - (BreakWidth / 2);
                }

                if (day <= s.End)
                {
                    return s.X + (s.Width * (day - s.Start).TotalDays / (s.End - s.Start).TotalDays);
                }
            }

            return Right;
        }

        /// <summary>Labelled ticks, the finest unit each stretch has room for, never closer than <see cref="MinTickSpacing"/>.</summary>
        public IReadOnlyList<AxisTick> Ticks()
        {
            var ticks = new List<AxisTick>();
            foreach (var segment in segments)
            {
                var firstOfSegment = true;
                var lastYear = 0;
                foreach (var (day, x, unit) in segment.Ticks(this))
                {
                    if (ticks.Count > 0 && x - ticks[ticks.Count - 1].X < MinTickSpacing)
                    {
                        continue;
                    }

                    var showYear = unit != Unit.Year && (firstOfSegment || day.Year != lastYear);
                    ticks.Add(new AxisTick(x, Label(day, unit), showYear ? day.Year.ToString(CultureInfo.InvariantCulture) : string.Empty));
                    firstOfSegment = false;
                    lastYear = day.Year;
                }
            }

            return ticks;
        }

        private static string Label(DateTime day, Unit unit) => unit switch
        {
            Unit.Day => day.ToString("d MMM", CultureInfo.InvariantCulture),
            Unit.Month => day.ToString("MMM", CultureInfo.InvariantCulture),
            _ => day.ToString("yyyy", CultureInfo.InvariantCulture),
        };

        /// <summary>What a span puts on the scale: itself, or when long, its first and its last day, each half its weight.</summary>
        private static IEnumerable<(DateTime Start, DateTime End, double Weight)> Ends(DaySpan span)
        {
            if ((span.End - span.Start).Days <= MaxGapDays)
            {
                return new[] { (span.Start, span.End, 1.0) };
            }

            return new[] { (span.Start, span.Start.AddDays(1), 0.5), (span.End.AddDays(-1), span.End, 0.5) };
        }

        /// <summary>Pieces close in time bunched together; while more bunches than fit, the two closest join.</summary>
        private static List<(DateTime Start, DateTime End, double Weight)> Bunch(List<(DateTime Start, DateTime End, double Weight)> pieces, int fit)
        {
            var bunches = new List<(DateTime Start, DateTime End, double Weight)>();
            foreach (var piece in pieces)
            {
                var last = bunches.Count - 1;
                if (last >= 0 && piece.Start <= bunches[last].End.AddDays(MaxGapDays))
                {
                    var b = bunches[last];
                    bunches[last] = (b.Start, piece.End > b.End ? piece.End : b.End, b.Weight + piece.Weight);
                }
                else
                {
                    bunches.Add(piece);
                }
            }

            while (bunches.Count > fit)
            {
                var closest = Enumerable.Range(1, bunches.Count - 1).OrderBy(i => bunches[i].Start - bunches[i - 1].End).First();
                var (a, b) = (bunches[closest - 1], bunches[closest]);
                bunches[closest - 1] = (a.Start, b.End > a.End ? b.End : a.End, a.Weight + b.Weight);
                bunches.RemoveAt(closest);
            }

            return bunches;
        }

        /// <summary>The width shared by weight, none under <see cref="MinSegmentWidth"/> while the width allows.</summary>
        private static List<double> Share(List<double> weights, double total)
        {
            var floor = Math.Min(MinSegmentWidth, total / weights.Count);
            var fixedAt = new bool[weights.Count];
            var widths = new List<double>(weights);
            for (var changed = true; changed;)
            {
                changed = false;
                var free = total - (fixedAt.Count(f => f) * floor);
                var weight = weights.Where((_, i) => !fixedAt[i]).Sum();
                for (var i = 0; i < weights.Count; i++)
                {
                    if (fixedAt[i])
                    {
                        widths[i] = floor;
                        continue;
                    }

                    widths[i] = free * weights[i] / weight;
                    if (widths[i] < floor)
                    {
                        fixedAt[i] = changed = true;
                    }
                }
            }

            return widths;
        }

        private enum Unit
        {
            Day,
            Month,
            Year,
        }

        private sealed class Segment
        {
            private static readonly (Unit Unit, int Step, double Days)[] Steps =
            {
                (Unit.Day, 1, 1), (Unit.Day, 2, 2), (Unit.Day, 7, 7), (Unit.Day, 14, 14),
                (Unit.Month, 1, 30.44), (Unit.Month, 3, 91.3), (Unit.Month, 6, 182.6),
                (Unit.Year, 1, 365.25), (Unit.Year, 2, 730.5), (Unit.Year, 5, 1826), (Unit.Year, 10, 3652), (Unit.Year, 50, 18262), (Unit.Year, 100, 36525),
            };

            public Segment(DateTime first, DateTime start, DateTime end, double x, double width)
            {
                First = first;
                Start = start;
                End = end;
                X = x;
                Width = width;
            }

            /// <summary>The first day of the bunch, where day ticks begin; the stretch starts a little before.</summary>
            public DateTime First { get; }

            public DateTime Start { get; }

            /// <summary>The day after the last.</summary>
            public DateTime End { get; }

            public double X { get; }

            public double Width { get; }

            /// <summary>Day ticks at the day's middle (where its marks are), month and year ticks where they begin.</summary>
            public IEnumerable<(DateTime Day, double X, Unit Unit)> Ticks(TimeScale scale)
            {
                var perDay = Width / (End - Start).TotalDays;
                var (unit, step, _) = Steps.FirstOrDefault(s => s.Days * perDay >= MinTickSpacing);
                if (step == 0)
                {
                    yield break;
                }

                var day = unit switch
                {
                    Unit.Day => First,
                    Unit.Month => new DateTime(Start.Year, 1, 1),
                    _ => new DateTime(Start.Year - (Start.Year % step), 1, 1),
                };
                for (; day < End; day = unit switch { Unit.Day => day.AddDays(step), Unit.Month => day.AddMonths(step), _ => day.AddYears(step) })
                {
                    if (day < Start)
                    {
                        continue;
                    }

                    yield return (day, unit == Unit.Day ? (scale.X(day) + scale.X(day.AddDays(1))) / 2 : scale.X(day), unit);
                }
            }
        }
    }

    /// <summary>A labelled tick of the date axis; <see cref="Year"/> is shown below it where the year changes.</summary>
    public sealed class AxisTick
    {
        public AxisTick(double x, string label, string year)
        {
            X = x;
            Label = label;
            Year = year;
        }

        public double X { get; }

        public string Label { get; }

        public string Year { get; }
    }
}
