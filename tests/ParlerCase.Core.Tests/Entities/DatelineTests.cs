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

    [Fact]
    public void An_acronym_defined_at_a_sentence_start_is_no_dateline()
    {
        var document = Document.FromText("AWS (Alpha Web Services) a coupé le service.", "fr");
        var index = EntityIndex.Build(new[] { document });
        Assert.Equal("Alpha Web Services", index.Canonical("AWS"));
    }
}
