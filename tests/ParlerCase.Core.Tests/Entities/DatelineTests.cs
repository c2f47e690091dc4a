using ParlerCase.Core.Documents;
using ParlerCase.Core.Entities;

namespace ParlerCase.Core.Tests.Entities;

public class DatelineTests
{
    [Theory]
    [InlineData("WASHINGTON (AP) — The Trade Board sued Meridian on Wednesday.", "en")]
    [InlineData("PARIS - Le Conseil d'État a tranché mercredi.", "fr")]
    public void A_dateline_is_not_a_name(string text, string language)
    {
        var document = Document.FromText(text, language);
        var names = EntityIndex.Build(new[] { document }).Find(document).Select(m => m.Text).ToList();
        Assert.DoesNotContain("WASHINGTON", names);
        Assert.DoesNotContain("AP", names);
        Assert.DoesNotContain("PARIS", names);
        Assert.NotEmpty(names);
    }

    [Theory]
    [InlineData("SAN FRANCISCO (Reuters) - A federal judge ruled.", "SAN FRANCISCO (Reuters) - ")]
    [InlineData("WASHINGTON, D.C. — The board sued.", "WASHINGTON, D.C. — ")]
    [InlineData("PARIS – Le tribunal a tranché.", "PARIS – ")]
    [InlineData("BRUXELLES (AFP) — La Commission a ouvert une enquête.", "BRUXELLES (AFP) — ")]
    public void The_dateline_of_a_wire_story_is_its_capitals_agency_and_dash(string text, string dateline)
    {
        Assert.Equal(dateline.Length, Dateline.Length(text));
    }

    [Theory]
    [InlineData("Amazon (AWS) cut the service.")]
    [InlineData("AWS cut the service - and more.")]
    [InlineData("Le tribunal a tranché.")]
    public void A_sentence_without_capitals_and_a_dash_has_no_dateline(string text)
    {
        Assert.Equal(0, Dateline.Length(text));
    }

    [Fact]
    public void An_acronym_defined_at_a_sentence_start_is_no_dateline()
    {
        var document = Document.FromText("AWS (Alpha Web Services) a coupé le service.", "fr");
        var index = EntityIndex.Build(new[] { document });
        Assert.Equal("Alpha Web Services", index.Canonical("AWS"));
    }
}
