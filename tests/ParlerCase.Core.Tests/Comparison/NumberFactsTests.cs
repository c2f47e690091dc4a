using ParlerCase.Core.Comparison;
using ParlerCase.Core.Documents;
using ParlerCase.Core.Numbers;

namespace ParlerCase.Core.Tests.Comparison;

public class NumberFactsTests
{
    private static IEnumerable<(string, Quantity)> In(string source, string text, string language = "fr") =>
        QuantityExtractor.Find(Document.FromText(text, language)).Select(q => (source, q));

    [Fact]
    public void One_amount_in_one_source_is_single_and_in_two_agrees()
    {
        var facts = NumberFacts.Facts(
            In("a", "Le réseau revendique 8 millions d’utilisateurs.")
            .Concat(In("b", "The network claims 8 million users.", "en"))
            .Concat(In("b", "Il a supprimé 120 messages.")))
            .ToList();
        Assert.Equal(FactStatus.Agree, Assert.Single(facts, f => f.Topic == "8,000,000 users").Status);
        Assert.Equal(FactStatus.Single, Assert.Single(facts, f => f.Topic == "120 posts").Status);
    }

    [Fact]
    public void Different_amounts_for_the_same_measure_conflict()
    {
        var fact = Assert.Single(NumberFacts.Facts(
            In("a", "Le contrat prévoyait un préavis de 30 jours.").Concat(In("b", "Le contrat imposait un préavis de 60 jours."))));
        Assert.Equal(FactStatus.Conflict, fact.Status);
        Assert.Equal(new[] { "30 jours", "60 jours" }, fact.Mentions.Select(m => m.Value));
    }
}
