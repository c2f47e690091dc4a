using System;
using System.Collections.Generic;
using System.Linq;

namespace ParlerCase.Core.Reporting
{
    /// <summary>
    /// Lays the dated story events out on a date axis: a point for a day, a bar for a longer span (a month, an
    /// interval), the dates other sources give in conflict as hollow marks joined to it, one coloured dot per
    /// source beside it, and its label. Marks go to the first row where nothing they draw touches what the row
    /// already holds, so no two labels overlap.
    /// </summary>
    public static class TimelineLayout
    {
        public const double FontSize = 11;
        public const double RowHeight = 22;
        public const double PointRadius = 5;
        public const double DotSize = 6;
        public const double DotStep = 8;
        public const int MaxDots = 6;
        public const double Gap = 6;
        public const double MaxLabelWidth = 220;
        public const double AxisHeight = 40;
        public const double Top = 12;

        /// <summary>Room on each side of the axis for labels of marks at its ends.</summary>
        private const double Margin = 16;

        public static TimelineChart Lay(IReadOnlyList<ReportEvent> events, IReadOnlyList<string> sources, double width)
        {
            var dated = events.Where(e => e.Span.HasValue).ToList();
            if (dated.Count == 0)
            {
                return new TimelineChart(width, 0, 0, Array.Empty<AxisTick>(), Array.Empty<double>(), Array.Empty<TimelineMark>());
            }

            var colour = sources.Select((s, i) => (s, i)).GroupBy(x => x.s, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
            var scale = TimeScale.Fit(dated.Select(e => e.Span!.Value).Concat(dated.SelectMany(e => e.ConflictingSpans)), Margin, width - (2 * Margin));
            var marks = dated.Select(e => Place(e, scale, colour, width)).OrderBy(m => m.Left).ToList();

            var rowEnds = new List<double>();
            foreach (var mark in marks)
            {
                var row = rowEnds.FindIndex(end => end + Gap <= mark.Left);
                if (row < 0)
                {
                    row = rowEnds.Count;
                    rowEnds.Add(0);
                }

                rowEnds[row] = mark.Right;
                mark.Row = row;
                mark.Y = Top + (row * RowHeight) + (RowHeight / 2);
            }

            var axisY = Top + (rowEnds.Count * RowHeight) + 4;
            return new TimelineChart(width, axisY + AxisHeight, axisY, scale.Ticks(), scale.Breaks, marks);
        }

        private static TimelineMark Place(ReportEvent e, TimeScale scale, IReadOnlyDictionary<string, int> colour, double width)
        {
            var (x, end) = Extent(e.Span!.Value, scale);
            var conflicts = e.ConflictingSpans.Select(s => Extent(s, scale)).ToList();
            var sources = e.Sources;
            var dots = sources.Take(MaxDots).Select(s => colour.TryGetValue(s, out var i) ? i : 0).ToList();
            var more = sources.Count - dots.Count;

            var markLeft = e.Span.Value.IsDay ? x - PointRadius : x;
            var markRight = e.Span.Value.IsDay ? x + PointRadius : end;
            var dotsRight = markRight + Gap + (dots.Count * DotStep) + (more > 0 ? TextMeasure.Width("+" + more, FontSize) + 2 : 0);

            var text = (e.HasDateConflict ? "⚠ " : string.Empty) + e.Kind + (e.Actors.Count > 0 ? " · " + string.Join(", ", e.Actors) : string.Empty);
            var roomAfter = width - dotsRight - Gap;
            var roomBefore = markLeft - Gap;
            var after = roomAfter >= Math.Min(MaxLabelWidth, TextMeasure.Width(text, FontSize)) || roomAfter >= roomBefore;
            var label = TextMeasure.Fit(text, Math.Max(0, Math.Min(MaxLabelWidth, after ? roomAfter : roomBefore)), FontSize);
            var labelWidth = TextMeasure.Width(label, FontSize);
            var labelX = after ? dotsRight + Gap : markLeft - Gap;

            var left = Math.Min(after ? markLeft : labelX - labelWidth, conflicts.Count > 0 ? conflicts.Min(c => c.X) - PointRadius : double.MaxValue);
            var right = Math.Max(after ? labelX + labelWidth : dotsRight, conflicts.Count > 0 ? conflicts.Max(c => c.End) + PointRadius : double.MinValue);
            return new TimelineMark(e, x, end, conflicts, dots, more, markRight + Gap, label, labelX, !after, left, right);
        }

        /// <summary>A day as the middle of its width; a longer span from its first day's start to its last day's end.</summary>
        private static (double X, double End) Extent(DaySpan span, TimeScale scale)
        {
            var start = scale.X(span.Start);
            var end = scale.X(span.End);
            return span.IsDay ? ((start + end) / 2, (start + end) / 2) : (start, Math.Max(end, start + 2));
        }
    }

    /// <summary>The laid-out timeline: its size, the axis and the marks.</summary>
    public sealed class TimelineChart
    {
        public TimelineChart(double width, double height, double axisY, IReadOnlyList<AxisTick> ticks, IReadOnlyList<double> breaks, IReadOnlyList<TimelineMark> marks)
        {
            Width = width;
            Height = height;
            AxisY = axisY;
            Ticks = ticks;
            Breaks = breaks;
            Marks = marks;
        }

        public double Width { get; }

        public double Height { get; }

        public double AxisY { get; }

        public IReadOnlyList<AxisTick> Ticks { get; }

        /// <summary>Where the axis is cut over a long empty stretch.</summary>
        public IReadOnlyList<double> Breaks { get; }

        public IReadOnlyList<TimelineMark> Marks { get; }
    }

    /// <summary>One story event on the chart: where its mark, dots and label go, and the row it takes.</summary>
    public sealed class TimelineMark
    {
        internal TimelineMark(ReportEvent e, double x, double end, IReadOnlyList<(double X, double End)> conflicts, IReadOnlyList<int> dots, int moreSources, double dotsX, string label, double labelX, bool labelBefore, double left, double right)
        {
            Event = e;
            X = x;
            End = end;
            Conflicts = conflicts;
            Dots = dots;
            MoreSources = moreSources;
            DotsX = dotsX;
            Label = label;
            LabelX = labelX;
            LabelBefore = labelBefore;
            Left = left;
            Right = right;
        }

        public ReportEvent Event { get; }

        /// <summary>A day's centre, or where a longer span starts.</summary>
        public double X { get; }

        /// <summary>Where a longer span ends; equal to <see cref="X"/> for a day.</summary>
        public double End { get; }

        public bool IsPoint => Event.Span!.Value.IsDay;

        /// <summary>The other dates sources give, where they fall.</summary>
        public IReadOnlyList<(double X, double End)> Conflicts { get; }

        /// <summary>The colour index of each source shown as a dot (the first <see cref="TimelineLayout.MaxDots"/>).</summary>
        public IReadOnlyList<int> Dots { get; }

        public int MoreSources { get; }

        public double DotsX { get; }

        public string Label { get; }

        /// <summary>Where the label starts, or ends when <see cref="LabelBefore"/>.</summary>
        public double LabelX { get; }

        public bool LabelBefore { get; }

        /// <summary>The horizontal extent of everything the mark draws.</summary>
        public double Left { get; }

        public double Right { get; }

        public int Row { get; internal set; }

        public double Y { get; internal set; }
    }
}
