using System.Linq;
using AngleSharp.Dom;

namespace ParlerCase.Core.Reporting
{
    /// <summary>
    /// Draws a laid-out timeline as inline SVG: the axis with its ticks and cuts, and per story event a link to its
    /// entry in the event list holding its mark, its conflicting dates, its source dots, its label, and a title
    /// (what a pointer over it shows) with the date, the sources and the sentence.
    /// </summary>
    internal static class TimelineSvg
    {
        public static IElement Draw(Dom dom, INode parent, TimelineChart chart, System.Func<ReportEvent, string> anchorOf)
        {
            var svg = dom.Svg(parent, "svg", cssClass: "timeline");
            svg.SetAttribute("viewBox", $"0 0 {Dom.Number(chart.Width)} {Dom.Number(chart.Height)}");
            svg.SetAttribute("width", Dom.Number(chart.Width));
            svg.SetAttribute("height", Dom.Number(chart.Height));
            svg.SetAttribute("role", "img");
            svg.SetAttribute("aria-labelledby", "timeline-title");
            dom.Svg(svg, "title", $"Timeline: {chart.Marks.Count} dated story events").SetAttribute("id", "timeline-title");

            foreach (var mark in chart.Marks)
            {
                DrawMark(dom, svg, mark, anchorOf(mark.Event));
            }

            DrawAxis(dom, svg, chart);
            return svg;
        }

        private static void DrawMark(Dom dom, IElement svg, TimelineMark mark, string anchor)
        {
            var e = mark.Event;
            var link = dom.Svg(svg, "a", cssClass: e.HasDateConflict ? "event conflict" : "event");
            link.SetAttribute("href", "#" + anchor);
            link.SetAttribute("data-sources", ReportPage.SourceList(e.Sources));
            dom.Svg(link, "title", Describe(e));

            var y = mark.Y;
            foreach (var (x, end) in mark.Conflicts)
            {
                Line(dom, link, System.Math.Min(x, mark.X), System.Math.Max(end, mark.End), y, "conflict-link");
                Shape(dom, link, x, end, y, "other-date");
            }

            Shape(dom, link, mark.X, mark.End, y, mark.IsPoint ? "mark day" : "mark span");
            for (var i = 0; i < mark.Dots.Count; i++)
            {
                var dot = dom.Svg(link, "rect", cssClass: "dot s" + (mark.Dots[i] % ReportPage.Palette));
                Set(dot, ("x", mark.DotsX + (i * TimelineLayout.DotStep)), ("y", y - (TimelineLayout.DotSize / 2)), ("width", TimelineLayout.DotSize), ("height", TimelineLayout.DotSize));
            }

            if (mark.MoreSources > 0)
            {
                var more = dom.Svg(link, "text", "+" + mark.MoreSources, "more");
                Set(more, ("x", mark.DotsX + (mark.Dots.Count * TimelineLayout.DotStep) + 1), ("y", y + 4));
            }

            var label = dom.Svg(link, "text", mark.Label, "label");
            Set(label, ("x", mark.LabelX), ("y", y + 4));
            if (mark.LabelBefore)
            {
                label.SetAttribute("text-anchor", "end");
            }
        }

        private static void DrawAxis(Dom dom, IElement svg, TimelineChart chart)
        {
            var axis = dom.Svg(svg, "g", cssClass: "axis");
            var y = chart.AxisY;
            Line(dom, axis, 0, chart.Width, y, "axis-line");
            foreach (var tick in chart.Ticks)
            {
                var line = dom.Svg(axis, "line", cssClass: "tick");
                Set(line, ("x1", tick.X), ("x2", tick.X), ("y1", y), ("y2", y + 5));
                Set(dom.Svg(axis, "text", tick.Label, "tick-label"), ("x", tick.X), ("y", y + 17));
                if (tick.Year.Length > 0)
                {
                    Set(dom.Svg(axis, "text", tick.Year, "tick-year"), ("x", tick.X), ("y", y + 30));
                }
            }

            foreach (var x in chart.Breaks)
            {
                var cut = dom.Svg(axis, "path", cssClass: "break");
                cut.SetAttribute("d", $"M{Dom.Number(x - 6)} {Dom.Number(y + 6)} L{Dom.Number(x - 2)} {Dom.Number(y - 6)} M{Dom.Number(x + 2)} {Dom.Number(y + 6)} L{Dom.Number(x + 6)} {Dom.Number(y - 6)}");
            }
        }

        /// <summary>A day as a circle, a longer span as a bar.</summary>
        private static void Shape(Dom dom, IElement parent, double x, double end, double y, string cssClass)
        {
            if (end <= x)
            {
                var circle = dom.Svg(parent, "circle", cssClass: cssClass);
                Set(circle, ("cx", x), ("cy", y), ("r", TimelineLayout.PointRadius));
                return;
            }

            var bar = dom.Svg(parent, "rect", cssClass: cssClass);
            Set(bar, ("x", x), ("y", y - TimelineLayout.PointRadius), ("width", end - x), ("height", 2 * TimelineLayout.PointRadius), ("rx", 2));
        }

        private static void Line(Dom dom, IElement parent, double x1, double x2, double y, string cssClass) =>
            Set(dom.Svg(parent, "line", cssClass: cssClass), ("x1", x1), ("x2", x2), ("y1", y), ("y2", y));

        private static string Describe(ReportEvent e)
        {
            var lines = new[] { $"{e.When} {e.Kind}", e.Summary, "Sources: " + string.Join(", ", e.Sources) }
                .Concat(e.Mentions.Where(m => m.Warning.Length > 0).Select(m => $"{m.Source}: {m.Warning}"))
                .Concat(e.ConflictingSpans.Count > 0 ? new[] { "Other dates given: " + string.Join(", ", e.Mentions.Where(m => m.Span is DaySpan s && e.ConflictingSpans.Contains(s)).Select(m => $"{m.When} ({m.Source}, {m.Rule})").Distinct()) } : new string[0]);
            return string.Join("\n", lines);
        }

        private static void Set(IElement element, params (string Name, double Value)[] attributes)
        {
            foreach (var (name, value) in attributes)
            {
                element.SetAttribute(name, Dom.Number(value));
            }
        }
    }
}
