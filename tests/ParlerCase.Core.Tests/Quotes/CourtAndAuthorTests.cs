using ParlerCase.Core.Quotes;
using static ParlerCase.Core.Tests.Quotes.QuoteTestKit;

namespace ParlerCase.Core.Tests.Quotes;

public class CourtAndAuthorTests
{
    [Theory]
    [InlineData("La juge Anne Morel a examiné la demande mardi. Le tribunal a estimé que la coupure était justifiée.", "fr", "Anne Morel")]
    [InlineData("Judge Anne Morel heard the case on Tuesday. The court found that the shutdown was justified.", "en", "Anne Morel")]
    [InlineData("Judge Anne Morel heard the case on Tuesday. The ruling says that the shutdown was justified.", "en", "Anne Morel")]
    [InlineData("La juge Anne Morel a examiné la demande mardi. Le jugement affirme que la coupure était justifiée.", "fr", "Anne Morel")]
    public void The_court_speaks_through_the_judge_the_article_names(string text, string language, string speaker)
    {
        Assert.Equal(speaker, Single(text, language).Speaker);
    }

    [Fact]
    public void A_court_without_a_named_judge_is_nobody()
    {
        Assert.Empty(Extract("Le tribunal a estimé que la coupure était justifiée.", "fr"));
    }

    [Theory]
    [InlineData("\"The shutdown was justified by the threats,\" according to a statement from Orbital.", "en")]
    [InlineData("« La coupure était justifiée par les menaces », selon un communiqué d'Orbital.", "fr")]
    public void A_document_names_its_author(string text, string language)
    {
        Assert.Equal("Orbital", Single(text, language).Speaker);
    }
}
