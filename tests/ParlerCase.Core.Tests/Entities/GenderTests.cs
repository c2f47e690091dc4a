using ParlerCase.Core.Documents;
using ParlerCase.Core.Entities;

namespace ParlerCase.Core.Tests.Entities;

public class GenderTests
{
    [Theory]
    [InlineData("Mme Claire Morel a parlé.", "fr", "Claire Morel", Gender.Female)]
    [InlineData("La juge Anne Morel a tranché.", "fr", "Anne Morel", Gender.Female)]
    [InlineData("Le directeur, Paul Roux, a parlé.", "fr", "Paul Roux", Gender.Male)]
    [InlineData("Mr. Paul Roux spoke.", "en", "Paul Roux", Gender.Male)]
    public void Titles_roles_and_articles_give_a_gender(string text, string language, string name, Gender gender)
    {
        var document = Document.FromText(text, language);
        var index = EntityIndex.Build(new[] { document });
        Assert.Equal(gender, index.Lookup(name)!.Gender);
    }
}
