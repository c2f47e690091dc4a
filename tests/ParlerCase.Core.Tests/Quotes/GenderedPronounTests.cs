using ParlerCase.Core.Quotes;
using static ParlerCase.Core.Tests.Quotes.QuoteTestKit;

namespace ParlerCase.Core.Tests.Quotes;

public class GenderedPronounTests
{
    [Theory]
    [InlineData("La présidente, Claire Morel, a ouvert la séance. M. Paul Roux a ensuite présenté les comptes. « Les chiffres sont bons », a-t-elle conclu.", "fr", "Claire Morel")]
    [InlineData("Ms. Claire Morel opened the meeting. Mr. Paul Roux then presented the accounts. \"The numbers are good,\" she said.", "en", "Claire Morel")]
    [InlineData("Ms. Claire Morel opened the meeting. Mr. Paul Roux then presented the accounts. \"The numbers are good,\" he said.", "en", "Paul Roux")]
    public void A_pronoun_skips_people_of_the_other_gender(string text, string language, string speaker)
    {
        Assert.Equal(speaker, Single(text, language).Speaker);
    }
}
