using System.Security.Cryptography;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ParlerCase.Core.Reporting;

namespace ParlerCase.Core.Tests.Reporting;

public class ReportPageTests
{
    /// <summary>Strict mode throws on any HTML parse error: the page must be valid, not merely parseable.</summary>
    internal static IDocument Parse(string html) => new HtmlParser(new HtmlParserOptions { IsStrictMode = true }).ParseDocument(html);

    [Fact]
    public void Markup_and_scripts_in_every_text_are_shown_as_text()
    {
        var html = ReportPage.Render(HostileReport.Build(sources: 30, events: 80));
        var page = Parse(html);

        var script = Assert.Single(page.QuerySelectorAll("script"));
        Assert.DoesNotContain("owned", script.TextContent);
        Assert.Empty(page.QuerySelectorAll("img, b, textarea, iframe, object, embed, link"));
        Assert.DoesNotContain(page.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));

        // What the articles hold is on the page, as text.
        Assert.Contains(HostileReport.Script, page.Body!.TextContent);
        Assert.Contains("🦜 東京", page.Body.TextContent);
        Assert.Contains(HostileReport.Script, page.QuerySelector("svg.timeline title:not(#timeline-title)")!.TextContent);
        Assert.Equal(HostileReport.Hostile("Case", 0), page.Title);
    }

    [Fact]
    public void Only_web_addresses_become_links_and_every_other_link_stays_on_the_page()
    {
        var page = Parse(ReportPage.Render(HostileReport.Build(sources: 10, events: 20)));
        var hrefs = page.QuerySelectorAll("[href]").Select(e => e.GetAttribute("href")!).ToList();
        Assert.NotEmpty(hrefs);
        Assert.All(hrefs, h => Assert.True(h.StartsWith('#') || h.StartsWith("https://example.org/"), h));
        var ids = page.All.Select(e => e.Id).Where(id => id != null).ToHashSet();
        Assert.All(hrefs.Where(h => h.StartsWith('#')), h => Assert.Contains(h.Substring(1), ids));
        Assert.Empty(page.QuerySelectorAll("[src]"));
    }

    [Fact]
    public void The_policy_forbids_every_load_and_allows_only_the_page_s_own_style_and_script()
    {
        var page = Parse(ReportPage.Render(HostileReport.Build(sources: 3, events: 5)));
        var policy = page.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content")!;
        Assert.Contains("default-src 'none'", policy);
        Assert.Contains($"script-src 'sha256-{Hash(page.QuerySelector("script")!.TextContent)}'", policy);
        Assert.Contains($"style-src 'sha256-{Hash(Assert.Single(page.QuerySelectorAll("style")).TextContent)}'", policy);
        Assert.Empty(page.QuerySelectorAll("[style]"));
        Assert.Equal("utf-8", page.QuerySelector("meta[charset]")!.GetAttribute("charset"));
        // The filters are the script's: hidden until it runs, so the page reads fully without it.
        Assert.True(page.GetElementById("filters")!.HasAttribute("hidden"));
    }

    [Fact]
    public void The_comparison_puts_conflicts_first_and_keeps_its_columns_and_rows_bounded()
    {
        var report = HostileReport.Build();
        var page = Parse(ReportPage.Render(report));
        var table = page.QuerySelector("table.comparison")!;
        Assert.Equal(3 + ReportPage.MaxSourceColumns + 1, table.QuerySelectorAll("thead th").Length);
        var statuses = table.QuerySelectorAll("tbody tr td.status").Select(c => c.TextContent).ToList();
        Assert.Equal(ReportPage.MaxFactRows, statuses.Count);
        Assert.Equal(statuses.OrderBy(s => Enum.Parse<ReportStatus>(s)), statuses);
        Assert.Equal("Conflict", statuses[0]);
        Assert.Contains($"The first {ReportPage.MaxFactRows} of {report.Facts.Count} facts", page.GetElementById("comparison")!.TextContent);

        // Every fact's details still list each source's claim.
        var first = table.QuerySelector("tbody tr")!;
        var fact = report.Facts[0];
        Assert.Equal(fact.Claims.Count, first.QuerySelectorAll("ul.claims li").Length);
    }

    [Fact]
    public void The_timeline_has_a_mark_per_dated_event_and_lists_the_undated_apart()
    {
        var report = HostileReport.Build();
        var page = Parse(ReportPage.Render(report));
        var dated = report.Events.Count(e => e.Span.HasValue);
        Assert.Equal(dated, page.QuerySelectorAll("svg.timeline a.event").Length);
        Assert.Equal(report.Events.Count(e => e.HasDateConflict && e.Span.HasValue), page.QuerySelectorAll("svg.timeline a.event.conflict").Length);
        var lists = page.QuerySelectorAll("#timeline ol.events");
        Assert.Equal(2, lists.Length);
        Assert.Equal(dated, lists[0].Children.Length);
        Assert.Equal(report.Events.Count - dated, lists[1].Children.Length);
        Assert.All(page.QuerySelectorAll("svg.timeline a.event"), a => Assert.NotNull(page.GetElementById(a.GetAttribute("href")!.Substring(1))));
    }

    [Fact]
    public void Quotes_are_grouped_by_speaker_the_unnamed_last()
    {
        var report = new CaseReport("Quotes", Array.Empty<ReportSource>(), Array.Empty<ReportEvent>(), Array.Empty<ReportFact>(), new[]
        {
            new ReportQuote("Ines Varga", "juge", "Nous statuerons vite.", "Direct", "a déclaré", "a", "« Nous statuerons vite », a déclaré la juge.", "direct-cue"),
            new ReportQuote(string.Empty, string.Empty, "Rien n'est décidé.", "Direct", string.Empty, "b", "« Rien n'est décidé. »", "bare-quote"),
            new ReportQuote("Ines Varga", string.Empty, "que le délai est court", "Indirect", "a ajouté", "b", "Elle a ajouté que le délai est court.", "indirect-cue"),
            new ReportQuote("Tomas Reeve", string.Empty, "We appeal.", "Direct", "said", "c", "\"We appeal,\" said Tomas Reeve.", "direct-cue"),
        });
        var page = Parse(ReportPage.Render(report));
        var headings = page.QuerySelectorAll("#quotes h3").Select(h => h.TextContent).ToList();
        Assert.Equal(new[] { "Ines Varga, juge (2)", "Tomas Reeve (1)", "Speaker not given (1)" }, headings);
        var evidence = page.QuerySelectorAll("#quotes .speaker")[0].QuerySelectorAll("details.evidence");
        Assert.Equal(2, evidence.Length);
        Assert.Contains("Rule: direct-cue", evidence[0].TextContent);
    }

    private static string Hash(string text) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
