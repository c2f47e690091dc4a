using static ParlerCase.Core.Tests.Quotes.QuoteTestKit;

namespace ParlerCase.Core.Tests.Quotes;

/// <summary>A pronoun speaks for a person of its gender mentioned before it, never for a place, a group or a credit.</summary>
public class PronounResolutionTests
{
    [Theory]
    [InlineData("Mark Hale grew up in Toronto. Toronto has changed a lot since then.\n\n\"I barely know the streets now,\" he said.", "Mark Hale")]
    [InlineData("Jane Roe met Mark Hale on Monday.\n\n\"We agreed on nothing,\" she said.", "Jane Roe")]
    [InlineData("Jane Roe met Mark Hale on Monday.\n\n\"We agreed on nothing,\" he said.", "Mark Hale")]
    [InlineData("Mark Hale opened the shelter in 2010. (Photo: Jane Roe/Daily)\n\n\"It was the only way,\" he said.", "Mark Hale")]
    public void He_and_she_resolve_to_a_person_of_their_gender(string text, string speaker)
    {
        Assert.Equal(speaker, Single(text, "en").Speaker);
    }

    [Theory]
    [InlineData("Sophie Morel a rencontré Paul Durand lundi.\n\n« Nous ne sommes d'accord sur rien », a-t-elle déclaré.", "Sophie Morel")]
    [InlineData("Sophie Morel a rencontré Paul Durand lundi.\n\n« Nous ne sommes d'accord sur rien », a-t-il déclaré.", "Paul Durand")]
    public void Il_and_elle_resolve_by_gender(string text, string speaker)
    {
        Assert.Equal(speaker, Single(text, "fr").Speaker);
    }
}
