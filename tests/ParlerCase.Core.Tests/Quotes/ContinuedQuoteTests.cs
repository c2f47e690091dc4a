using ParlerCase.Core.Quotes;
using static ParlerCase.Core.Tests.Quotes.QuoteTestKit;

namespace ParlerCase.Core.Tests.Quotes;

public class ContinuedQuoteTests
{
    [Fact]
    public void A_french_continuation_paragraph_may_open_with_a_closing_guillemet()
    {
        var quote = Single("Paul Durand a déclaré : « Nous avons tout essayé pendant des mois.\n» Rien n'a fonctionné, et nous partons. »", "fr");
        Assert.Equal("Nous avons tout essayé pendant des mois. Rien n'a fonctionné, et nous partons.", quote.Text);
        Assert.Equal("Paul Durand", quote.Speaker);
    }
}
