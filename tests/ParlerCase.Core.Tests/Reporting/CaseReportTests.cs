using AngleSharp.Html.Parser;
using ParlerCase.Core.Reporting;
using ParlerCase.Core.Tests.Events;

namespace ParlerCase.Core.Tests.Reporting;

public class CaseReportTests
{
    [Fact]
    public void Articles_holding_markup_become_a_report_of_every_section_with_their_text_encoded()
    {
        var long_word = new string('z', 5000);
        var articles = new[]
        {
            EventTests.Article("a", "Samedi, Apple a retiré l'application Chatter de son magasin.\n\n« Nous ne céderons pas <script>alert('a')</script> », a déclaré Marc Delaunay, le fondateur de Chatter. " + long_word, "fr", "2021-01-10"),
            EventTests.Article("b", "Apple a retiré l'application Chatter de son magasin, privant ses utilisateurs de mises à jour. <img src=x onerror=alert(1)>\n\nMarc Delaunay a déclaré que le réseau reviendrait.", "fr", "2021-01-15"),
        };
        var report = CaseReport.Build(articles, "Chatter <b>v.</b> Apple");

        Assert.Equal(new[] { "a", "b" }, report.Sources.Select(s => s.Id));
        Assert.All(report.Sources, s => Assert.True(s.Words > 10));
        var removal = Assert.Single(report.Events, e => e.Kind == "Action");
        Assert.Equal("2021-01-09", removal.When);
        Assert.Equal(new[] { "a", "b" }, removal.Sources);
        Assert.Contains(report.Quotes, q => q.Speaker == "Marc Delaunay" && q.Source == "a");
        Assert.NotEmpty(report.Facts);

        var html = ReportPage.Render(report);
        var page = ReportPageTests.Parse(html);
        Assert.Single(page.QuerySelectorAll("script"));
        Assert.Empty(page.QuerySelectorAll("img, b"));
        Assert.Contains("<script>alert('a')</script>", page.Body!.TextContent);
        Assert.Equal("Chatter <b>v.</b> Apple", page.QuerySelector("h1")!.TextContent);
        Assert.Single(page.QuerySelectorAll("svg.timeline a.event"));
        Assert.Equal(2, page.QuerySelectorAll("table.sources tbody tr").Length);
    }
}
