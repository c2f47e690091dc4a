using ParlerCase.Core.Reporting;

namespace ParlerCase.Core.Tests.Reporting;

public class TimelineLayoutTests
{
    private static ReportEvent Event(string kind, DaySpan? span, params (string Source, DaySpan? Date)[] mentions) =>
        new(kind, span.HasValue ? span.Value.Start.ToString("yyyy-MM-dd") : string.Empty, span, "Summary of " + kind, new[] { "Orvane", "Castel Hosting" },
            mentions.Select(m => new ReportMention(m.Source, "A sentence.", string.Empty, string.Empty, m.Date, "test", string.Empty)).ToList(), string.Empty);

    private static DaySpan Day(int month, int day) => new(new DateTime(2023, month, day), new DateTime(2023, month, day));

    private static void AssertNoOverlap(TimelineChart chart)
    {
        foreach (var row in chart.Marks.GroupBy(m => m.Row))
        {
            var marks = row.OrderBy(m => m.Left).ToList();
            foreach (var (a, b) in marks.Zip(marks.Skip(1)))
            {
                Assert.True(a.Right + TimelineLayout.Gap <= b.Left, $"'{a.Label}' ({a.Left}-{a.Right}) runs into '{b.Label}' ({b.Left}-{b.Right}) on row {row.Key}");
            }
        }

        Assert.All(chart.Marks, m => Assert.Equal(TimelineLayout.Top + (m.Row * TimelineLayout.RowHeight) + (TimelineLayout.RowHeight / 2), m.Y));
    }

    [Fact]
    public void A_day_is_a_point_a_month_a_span_and_undated_events_stay_off_the_chart()
    {
        var day = Event("Hearing", Day(3, 14), ("a", Day(3, 14)));
        var month = Event("Ruling", new DaySpan(new DateTime(2023, 4, 1), new DateTime(2023, 4, 30)), ("b", null));
        var undated = Event("Statement", null, ("a", null));
        var chart = TimelineLayout.Lay(new[] { day, month, undated }, new[] { "a", "b" }, 960);

        Assert.Equal(2, chart.Marks.Count);
        var point = Assert.Single(chart.Marks, m => m.Event == day);
        Assert.True(point.IsPoint);
        Assert.Equal(point.X, point.End);
        var bar = Assert.Single(chart.Marks, m => m.Event == month);
        Assert.False(bar.IsPoint);
        Assert.True(bar.End - bar.X > 10, $"a month spans {bar.End - bar.X}");
        Assert.True(point.X < bar.X);
        Assert.True(chart.AxisY > chart.Marks.Max(m => m.Y));
    }

    [Fact]
    public void Events_close_in_time_take_different_rows_so_their_labels_do_not_overlap()
    {
        var events = Enumerable.Range(0, 12).Select(i => Event("Notice", Day(5, 1 + (i % 3)), ("a", Day(5, 1 + (i % 3))))).ToList();
        var chart = TimelineLayout.Lay(events, new[] { "a" }, 960);
        Assert.Equal(12, chart.Marks.Count);
        Assert.True(chart.Marks.Select(m => m.Row).Distinct().Count() >= 4);
        AssertNoOverlap(chart);
    }

    [Fact]
    public void A_date_another_source_gives_is_drawn_apart_and_flags_the_event()
    {
        var e = Event("Suspension", Day(1, 10), ("a", Day(1, 10)), ("b", Day(1, 11)), ("c", null));
        var chart = TimelineLayout.Lay(new[] { e }, new[] { "a", "b", "c" }, 960);
        var mark = Assert.Single(chart.Marks);
        Assert.True(e.HasDateConflict);
        var other = Assert.Single(mark.Conflicts);
        Assert.True(other.X > mark.X);
        Assert.StartsWith("⚠", mark.Label);
        Assert.Equal(new[] { 0, 1, 2 }, mark.Dots);
        Assert.True(mark.Left <= other.X && mark.Right >= other.X);
    }

    [Fact]
    public void A_label_near_the_right_edge_goes_before_its_mark_and_a_long_one_is_cut()
    {
        var early = Event("Background", Day(1, 1), ("a", Day(1, 1)));
        var late = Event(new string('x', 400), Day(12, 31), ("a", Day(12, 31)));
        var chart = TimelineLayout.Lay(new[] { early, late }, new[] { "a" }, 960);
        var mark = Assert.Single(chart.Marks, m => m.Event == late);
        Assert.True(mark.LabelBefore);
        Assert.EndsWith("…", mark.Label);
        Assert.True(TextMeasure.Width(mark.Label, TimelineLayout.FontSize) <= TimelineLayout.MaxLabelWidth);
        Assert.All(chart.Marks, m => Assert.InRange(m.Left, 0, 960));
        Assert.All(chart.Marks, m => Assert.InRange(m.Right, 0, 960));
        AssertNoOverlap(chart);
    }

    [Fact]
    public void Two_thousand_events_of_five_hundred_sources_keep_their_labels_apart()
    {
        var report = HostileReport.Build();
        var chart = TimelineLayout.Lay(report.Events, report.Sources.Select(s => s.Id).ToList(), 960);
        Assert.Equal(report.Events.Count(e => e.Span.HasValue), chart.Marks.Count);
        AssertNoOverlap(chart);
        Assert.All(chart.Marks, m => Assert.True(m.Dots.Count <= TimelineLayout.MaxDots && m.Dots.Count + m.MoreSources == m.Event.Sources.Count));
    }

    [Fact]
    public void Wide_characters_measure_wider_and_a_cut_keeps_whole_characters()
    {
        Assert.True(TextMeasure.Width("東京東京", 11) > TextMeasure.Width("abcd", 11));
        Assert.True(TextMeasure.Width("WWWW", 11) > TextMeasure.Width("iiii", 11));
        var cut = TextMeasure.Fit(string.Concat(Enumerable.Repeat("🦜", 50)), 100, 11);
        Assert.EndsWith("…", cut);
        Assert.False(char.IsHighSurrogate(cut[^2]), "the cut split a character");
        Assert.True(TextMeasure.Width(cut, 11) <= 100);
        Assert.Equal("short", TextMeasure.Fit("short", 100, 11));
    }
}
