using ParlerCase.Core.Reporting;

namespace ParlerCase.Core.Tests.Reporting;

public class TimeScaleTests
{
    private static DaySpan Day(int year, int month, int day) => new(new DateTime(year, month, day), new DateTime(year, month, day));

    private static DaySpan Month(int year, int month) => new(new DateTime(year, month, 1), new DateTime(year, month, 1).AddMonths(1).AddDays(-1));

    [Fact]
    public void Days_of_one_stretch_are_placed_linearly_in_order_inside_the_width()
    {
        var scale = TimeScale.Fit(new[] { Day(2022, 3, 1), Day(2022, 3, 5), Day(2022, 3, 21) }, 10, 500);
        // The stretch runs a day either side of its events.
        var xs = Enumerable.Range(0, 24).Select(d => scale.X(new DateTime(2022, 2, 28).AddDays(d))).ToList();
        Assert.Equal(xs.OrderBy(x => x), xs);
        Assert.All(xs, x => Assert.InRange(x, 10, 510));
        // Equal days, equal distances.
        var steps = xs.Zip(xs.Skip(1), (a, b) => b - a).ToList();
        Assert.All(steps, s => Assert.Equal(steps[0], s, 6));
        Assert.Empty(scale.Breaks);
    }

    [Fact]
    public void A_long_empty_stretch_is_cut_and_each_bunch_gets_room_by_its_events()
    {
        // Founding years before, then a busy month.
        var busy = Enumerable.Range(1, 12).Select(d => Day(2022, 3, d * 2)).ToList();
        var scale = TimeScale.Fit(busy.Append(Day(2015, 6, 1)), 0, 900);
        Assert.Single(scale.Breaks);
        var founding = scale.X(new DateTime(2015, 6, 2)) - scale.X(new DateTime(2015, 6, 1));
        var march = scale.X(new DateTime(2022, 3, 10)) - scale.X(new DateTime(2022, 3, 9));
        Assert.True(march > founding, $"a day of the busy month ({march}) should be wider than a day of the lone one ({founding})");
        Assert.True(scale.X(new DateTime(2015, 6, 1)) < scale.Breaks[0] && scale.Breaks[0] < scale.X(new DateTime(2022, 3, 2)));
        // A day inside the cut falls on it.
        Assert.Equal(scale.Breaks[0], scale.X(new DateTime(2018, 1, 1)), 6);
    }

    [Fact]
    public void A_year_long_span_counts_by_its_ends_and_does_not_crush_the_days_around_it()
    {
        var year = new DaySpan(new DateTime(2020, 1, 1), new DateTime(2020, 12, 31));
        var days = new[] { Day(2021, 1, 8), Day(2021, 1, 9), Day(2021, 1, 10), Day(2021, 1, 11) };
        var scale = TimeScale.Fit(days.Append(year), 0, 960);
        var day = scale.X(new DateTime(2021, 1, 10)) - scale.X(new DateTime(2021, 1, 9));
        Assert.True(day > 20, $"a day of January is {day} wide");
        Assert.NotEmpty(scale.Breaks);
        Assert.True(scale.X(new DateTime(2020, 1, 1)) < scale.X(new DateTime(2020, 12, 31)));
    }

    [Fact]
    public void Ticks_never_crowd_and_say_the_year_where_it_changes()
    {
        var spans = new[] { Month(2020, 11), Day(2021, 1, 8), Day(2021, 1, 20), Day(2021, 2, 3), Day(2016, 5, 4) };
        var ticks = TimeScale.Fit(spans, 0, 960).Ticks();
        Assert.True(ticks.Count >= 4);
        Assert.All(ticks.Zip(ticks.Skip(1)), p => Assert.True(p.Second.X - p.First.X >= TimeScale.MinTickSpacing, $"{p.First.Label} and {p.Second.Label} are {p.Second.X - p.First.X} apart"));
        Assert.Contains(ticks, t => t.Year == "2016");
        Assert.Contains(ticks, t => t.Year == "2021");
    }

    [Fact]
    public void Many_bunches_join_until_they_fit_the_width()
    {
        // Forty events a year apart: forty cuts would not fit 960 pixels.
        var spans = Enumerable.Range(0, 40).Select(i => Day(1980 + i, 1, 1)).ToList();
        var scale = TimeScale.Fit(spans, 0, 960);
        Assert.True(scale.Breaks.Count <= 960 / (TimeScale.MinSegmentWidth + TimeScale.BreakWidth));
        var xs = spans.Select(s => scale.X(s.Start)).ToList();
        Assert.Equal(xs.OrderBy(x => x), xs);
        Assert.All(xs, x => Assert.InRange(x, 0, 960));
    }
}
