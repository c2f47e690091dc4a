using ParlerCase.Core.Quotes;
using static ParlerCase.Core.Tests.Quotes.QuoteTestKit;

namespace ParlerCase.Core.Tests.Quotes;

public class AttributionRoleTests
{
    [Fact]
    public void A_long_title_after_the_verb_names_the_judge()
    {
        var quote = Single("\"This is not a case about free speech,\" said U.S. District Judge Mary Holt in Seattle.", "en");
        Assert.Equal("Mary Holt", quote.Speaker);
    }

    [Fact]
    public void A_reflexive_speech_verb_attributes_a_short_quote()
    {
        var quote = Single("La présidente de l'association des commerçants, Martine Roux, s'est dite « soulagée ».", "fr");
        Assert.Equal("Martine Roux", quote.Speaker);
        Assert.Equal("présidente de l'association des commerçants", quote.SpeakerRole);
    }

    [Fact]
    public void A_spokesperson_speaks_for_the_described_organisation_not_the_news_agency()
    {
        var quotes = Extract("Orbital a annoncé son intention de faire appel. « Nous respectons la justice mais contestons cette analyse », a réagi un porte-parole du groupe auprès de l'AFP.", "fr");
        Assert.Equal("Orbital", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void A_named_lawyer_speaks_for_himself()
    {
        var quote = Single("\"We are disappointed, but we will keep fighting,\" Chatter's lawyer, David Greene, said in an email.", "en");
        Assert.Equal("David Greene", quote.Speaker);
    }

    [Fact]
    public void A_bare_role_is_resolved_only_within_its_article()
    {
        var first = ParlerCase.Core.Documents.Document.FromText("La présidente de l'association, Martine Roux, a parlé.", "fr");
        var second = ParlerCase.Core.Documents.Document.FromText("La présidente a déclaré que le club fermerait.", "fr");
        var index = ParlerCase.Core.Entities.EntityIndex.Build(new[] { first, second });
        Assert.Empty(new QuoteExtractor(index).Extract(second, "b"));
    }

    [Theory]
    [InlineData("Veltra's lawyer, Anne Vell, said that the contract allowed the shutdown.", "en", "Anne Vell")]
    [InlineData("L'avocate de Veltra, Anne Vell, a déclaré que le contrat autorisait la coupure.", "fr", "Anne Vell")]
    [InlineData("The lawyers of Veltra said that the contract allowed the shutdown.", "en", "The lawyers of Veltra")]
    [InlineData("Les avocats de Veltra ont affirmé que le contrat autorisait la coupure.", "fr", "Les avocats de Veltra")]
    public void A_lawyer_speaks_as_the_lawyer_never_as_the_client(string text, string language, string speaker)
    {
        Assert.Equal(speaker, Single(text, language).Speaker);
    }

    [Theory]
    [InlineData("One senator, Varland Sen. Jane Roe, said Sunday that the wall would not be built.", "en", "Jane Roe")]
    [InlineData("Varland Gov. Mark Hale said that the bridge would reopen.", "en", "Mark Hale")]
    public void A_place_before_a_title_qualifies_the_title_and_does_not_speak(string text, string language, string speaker)
    {
        Assert.Equal(speaker, Single(text, language).Speaker);
    }

    [Theory]
    [InlineData("Councillor Dana Merrow spoke at the meeting.\n\nMerrow said that the city must act.", "en")]
    [InlineData("La conseillère Dana Merrow a pris la parole.\n\nMerrow a déclaré que la ville devait agir.", "fr")]
    public void A_surname_alone_speaks_as_the_full_name_its_role_gave(string text, string language)
    {
        Assert.Equal("Dana Merrow", Single(text, language).Speaker);
    }
}
