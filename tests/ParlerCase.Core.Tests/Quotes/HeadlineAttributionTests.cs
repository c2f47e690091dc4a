using ParlerCase.Core.Quotes;
using static ParlerCase.Core.Tests.Quotes.QuoteTestKit;

namespace ParlerCase.Core.Tests.Quotes;

public class HeadlineAttributionTests
{
    [Fact]
    public void A_role_in_a_headline_is_the_person_the_article_then_names()
    {
        var quotes = Extract("Orbis CEO: \"We will rebuild everything from scratch\"\nOrbis CEO Dana Price spoke on Monday.", "en");
        Assert.Equal("Dana Price", Assert.Single(quotes).Speaker);
    }
}
