using ParlerCase.Core.Articles;
using Xunit.Abstractions;
using ParlerCase.Core.Reporting;

namespace ParlerCase.Core.Tests.Reporting;

/// <summary>
/// The report as a reader sees it, in headless Chromium: the bundled corpus's page at a desktop and a phone
/// width, and a hostile page of 500 sources and 2,000 events. No console message, no request leaving the page.
/// </summary>
public sealed class BrowserTests(ITestOutputHelper output) : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("parlercase-report-");

    public void Dispose() => folder.Delete(recursive: true);

    private static CaseReport BundledCorpus()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root != null && !File.Exists(Path.Combine(root.FullName, "ParlerCase.psd1")))
        {
            root = root.Parent;
        }

        var seeds = Path.Combine(root?.FullName ?? throw new InvalidOperationException("ParlerCase.psd1 not found"), "seeds");
        var loader = new ArticleLoader();
        var articles = Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal).Select(loader.Load).ToList();
        return CaseReport.Build(articles, "Bundled corpus");
    }

    private string Write(CaseReport report, string name)
    {
        var path = Path.Combine(folder.FullName, name);
        AtomicFile.WriteAllText(path, ReportPage.Render(report));
        return path;
    }

    private static void AssertQuiet(Chromium.Result result)
    {
        Assert.True(result.Console.Count == 0, "console: " + string.Join(Environment.NewLine, result.Console));
        Assert.True(result.PageRequests.Count == 0, "requests: " + string.Join(Environment.NewLine, result.PageRequests));
    }

    [BrowserFact]
    public void The_bundled_corpus_report_renders_its_marks_and_tables_at_desktop_and_phone_widths_without_a_request()
    {
        var report = BundledCorpus();
        var page = Write(report, "bundled.html");

        var loaded = Chromium.Open(page, 1280, 900);
        AssertQuiet(loaded);
        var dom = ReportPageTests.Parse(loaded.Output);
        Assert.False(dom.GetElementById("filters")!.HasAttribute("hidden"), "the filtering script did not run");
        Assert.Equal(report.Events.Count(e => e.Span.HasValue), dom.QuerySelectorAll("svg.timeline a.event").Length);
        Assert.True(dom.QuerySelectorAll("svg.timeline a.event").Length >= 5);
        Assert.Equal(report.Sources.Count, dom.QuerySelectorAll("table.sources tbody tr").Length);
        Assert.Equal(report.Facts.Count, dom.QuerySelectorAll("table.comparison tbody tr").Length);
        Assert.NotEmpty(dom.QuerySelectorAll("#quotes .speaker"));

        foreach (var (width, height) in new[] { (1280, 1000), (390, 1600) })
        {
            var shot = Path.Combine(folder.FullName, $"bundled-{width}.png");
            var shown = Chromium.Open(page, width, height, shot);
            AssertQuiet(shown);
            Assert.Equal(width, Chromium.PngWidth(shot));
            Assert.True(new FileInfo(shot).Length > 20_000, $"the {width} px screenshot is nearly empty");
        }
    }

    [BrowserFact]
    public void A_hostile_report_of_500_sources_and_2000_events_renders_quietly()
    {
        var blank = Path.Combine(folder.FullName, "blank.html");
        File.WriteAllText(blank, "<!DOCTYPE html><title>blank</title>");
        var page = Write(HostileReport.Build(), "hostile.html");

        // What Chromium takes to start, load and shoot a blank page is not the report's. Processor time, not
        // wall-clock: on a shared machine the wall clock measures the other jobs; the better of two runs each.
        var baseline = Enumerable.Range(0, 2).Select(_ => Chromium.Open(blank, 1280, 900, Path.Combine(folder.FullName, "blank.png"))).MinBy(r => r.ProcessorTime)!;
        var shown = Enumerable.Range(0, 2).Select(_ => Chromium.Open(page, 1280, 900, Path.Combine(folder.FullName, "hostile.png"))).MinBy(r => r.ProcessorTime)!;
        AssertQuiet(shown);
        var render = shown.ProcessorTime - baseline.ProcessorTime;
        var measured = $"rendering took {render.TotalSeconds:0.00} s of processor time beyond a blank page ({baseline.ProcessorTime.TotalSeconds:0.00} s); wall clock {shown.Elapsed.TotalSeconds:0.00} s against {baseline.Elapsed.TotalSeconds:0.00} s";
        output.WriteLine(measured);

        // Speed is measured here, not asserted: a timed test fails on a busy machine and passes on an idle one (the
        // project keeps speed in the benchmark project). The figure goes to the test log.
        var loaded = Chromium.Open(page, 1280, 900);
        AssertQuiet(loaded);
        var dom = ReportPageTests.Parse(loaded.Output);
        Assert.Equal("Case 0", dom.Title!.Substring(0, 6));
        Assert.Single(dom.QuerySelectorAll("script"));
        Assert.Equal(1800, dom.QuerySelectorAll("svg.timeline a.event").Length);
    }
}
