using ParlerCase.Core.Quotes;
using static ParlerCase.Core.Tests.Quotes.QuoteTestKit;

namespace ParlerCase.Core.Tests.Quotes;

public class WrongWayMarksTests
{
    [Theory]
    [InlineData("”We will not close the plant this year,” said Paul Durand.")]
    [InlineData("“We will not close the plant this year,“ said Paul Durand.")]
    public void Curly_marks_typed_the_wrong_way_still_pair(string text)
    {
        var quote = QuoteTestKit.Single(text, "en");
        Assert.Equal("We will not close the plant this year,", quote.Text);
        Assert.Equal("Paul Durand", quote.Speaker);
    }
}
