using ParlerCase.Core.Documents;
using ParlerCase.Core.Numbers;

namespace ParlerCase.Core.Tests.Numbers;

public class QuantityExtractorTests
{
    private static List<Quantity> Find(string text, string language) => QuantityExtractor.Find(Document.FromText(text, language)).ToList();

    [Theory]
    [InlineData("La société revendique 3,5 millions d’abonnés en France.", "fr", 3_500_000, "followers", "3,5 millions d’abonnés")]
    [InlineData("Le groupe emploie 1 200 salariés dans le pays.", "fr", 1200, "employees", "1 200 salariés")]
    [InlineData("Le réseau compte désormais quinze millions de comptes actifs.", "fr", 15_000_000, "accounts", "quinze millions de comptes")]
    [InlineData("The platform says it has 2.3 million users worldwide.", "en", 2_300_000, "users", "2.3 million users")]
    [InlineData("The company removed 1,500 posts on Sunday.", "en", 1500, "posts", "1,500 posts")]
    [InlineData("Twelve thousand people signed the petition.", "en", 12000, "people", "Twelve thousand people")]
    public void Numbers_are_normalised_with_their_unit(string text, string language, double value, string unit, string written)
    {
        var quantity = Assert.Single(Find(text, language));
        Assert.Equal(value, quantity.Value);
        Assert.Equal(unit, quantity.Unit);
        Assert.Equal(written, quantity.Text);
        Assert.Equal(written, Document.FromText(text, language).Text.Substring(quantity.Start, quantity.Length));
    }

    [Fact]
    public void The_noun_measured_and_the_qualifier_are_kept()
    {
        var notice = Assert.Single(Find("Le contrat prévoyait un délai de 45 jours avant toute résiliation.", "fr"));
        Assert.Equal("délai", notice.Head);
        Assert.Equal("days", notice.Unit);
        var about = Assert.Single(Find("The channel has about nine million subscribers.", "en"));
        Assert.Equal("about", about.Qualifier);
        Assert.Equal(9_000_000, about.Value);
    }

    [Fact]
    public void A_vague_amount_is_a_fact_without_a_value()
    {
        var vague = Assert.Single(Find("Le président pourrait entraîner des centaines de milliers de partisans.", "fr"));
        Assert.Null(vague.Value);
        Assert.Equal("number-vague", vague.Rule);
        Assert.Equal("partisan", vague.Unit);
    }

    [Theory]
    [InlineData("Fondée en 2016, l’entreprise a déménagé le 4 mars 2019 à 07 h 45.", "fr")]
    [InlineData("Il invoque l’article 230 et le numéro 3 du règlement.", "fr")]
    [InlineData("Founded in 2016, the firm moved on March 4, 2019 at 7:45 pm under Section 230.", "en")]
    public void Years_dates_times_and_names_are_not_quantities(string text, string language) => Assert.Empty(Find(text, language));

    [Theory]
    [InlineData("4,9", true, 4.9)]
    [InlineData("1.000", true, 1000)]
    [InlineData("4.9", true, 4.9)]
    [InlineData("1,000,000", false, 1_000_000)]
    [InlineData("4.9", false, 4.9)]
    public void Separators_are_read_the_language_s_way(string number, bool decimalComma, double expected) =>
        Assert.Equal(expected, QuantityExtractor.ParseDigits(number, decimalComma));
}
