using System.Text;
using ParlerCase.Core.Articles;
using ParlerCase.Core.Checks;
using ParlerCase.Core.Dates;
using ParlerCase.Core.Metadata;
using ParlerCase.Core.Reading;

namespace ParlerCase.Core.Tests.Checks;

public class SourceChecksTests
{
    private static readonly MetadataEntry Dated = new("story.txt", PartialDate.Day(2021, 1, 12), null, null, null, null, null, "metadata.csv line 2");

    private static List<Finding> Check(string text, MetadataEntry? entry = null) =>
        SourceChecks.Run(ArticleLoader.Build(new PlainTextReader().Read(Encoding.UTF8.GetBytes(text), "story.txt"), "story.txt", entry ?? Dated)).ToList();

    [Fact]
    public void A_quote_that_never_closes_is_reported_at_its_mark()
    {
        var text = "Le maire a déclaré : « Nous ferons appel de cette décision. Le conseil municipal a voté contre.";
        var finding = Assert.Single(Check(text), f => f.Rule == "unmatched-quote-mark");
        Assert.Equal(CheckKind.UnbalancedQuotes, finding.Check);
        Assert.Equal('«', text[finding.Offset!.Value]);
    }

    [Fact]
    public void Straight_marks_facing_the_wrong_way_are_reported()
    {
        var findings = Check("The judge wrote that \"the claims lack evidence. \"She added that\" the motion is denied.\"");
        Assert.Equal(2, findings.Count(f => f.Rule == "misplaced-quote-mark"));
        Assert.Empty(Check("The judge wrote that \"the claims lack evidence.\" She added that \"the motion is denied.\""));
    }

    [Fact]
    public void A_missing_or_weak_publication_date_is_reported()
    {
        Assert.Contains(Check("The court ruled on Monday. The company appealed.", new MetadataEntry("story.txt", null, null, null, null, null, null, "x")), f => f.Rule == "publication-date-missing");
        Assert.Contains(Check("date 2021-03 The court ruled on Monday. The company appealed.", new MetadataEntry("story.txt", null, null, null, null, null, null, "x")), f => f.Rule == "publication-date-imprecise");
    }

    [Fact]
    public void Repeated_lines_leftover_links_and_garbled_text_are_reported()
    {
        var findings = Check("Le juge a tranché mardi.\nLe juge a tranché mardi.\nLa décision est en ligne sur https://example.org/decision.\nLe prÃ©sident a rÃ©agi.");
        Assert.Contains(findings, f => f.Check == CheckKind.RepeatedParagraph);
        Assert.Contains(findings, f => f.Check == CheckKind.LeftoverClutter && f.Rule == "link");
        Assert.Contains(findings, f => f.Check == CheckKind.GarbledText && f.Evidence.StartsWith("Le prÃ©sident"));
    }

    [Theory]
    [InlineData("La procédure est encore dans son les premiers stades.", "fr")]
    [InlineData("The lawsuit is in the the early stages.", "en")]
    public void Machine_translation_artefacts_are_reported(string text, string language)
    {
        var entry = new MetadataEntry("story.txt", PartialDate.Day(2021, 1, 12), null, null, null, null, language, "x");
        Assert.Contains(Check(text, entry), f => f.Check == CheckKind.MachineTranslation);
    }

    [Fact]
    public void Good_French_raises_nothing()
    {
        Assert.Empty(Check("C’était l’un des mots-clés les plus populaires le soir même. « Nous ferons appel », a déclaré la société."));
    }
}

public class WeekdayMismatchCheckTests
{
    [Theory]
    [InlineData("Le tribunal a statué mardi 13 mars, selon l’avocat.", "fr", "mardi 13 mars")]
    [InlineData("The court ruled on Monday, March 14, the lawyer said.", "en", "Monday, March 14")]
    public void A_weekday_its_date_does_not_fall_on_is_reported(string text, string language, string written)
    {
        // 13 and 14 March 2023 were a Monday and a Tuesday: each weekday written here is wrong.
        var entry = new MetadataEntry("story.txt", PartialDate.Day(2023, 3, 20), null, null, null, null, language, "x");
        var article = ArticleLoader.Build(new PlainTextReader().Read(Encoding.UTF8.GetBytes(text), "story.txt"), "story.txt", entry);
        var finding = Assert.Single(SourceChecks.Run(article), f => f.Check == CheckKind.WeekdayMismatch);
        Assert.Contains(written, finding.Message);
        Assert.Equal(written, article.Body.Text.Substring(finding.Offset!.Value, written.Length));
    }
}
