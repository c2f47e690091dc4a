using ParlerCase.Core.Quotes;
using static ParlerCase.Core.Tests.Quotes.QuoteTestKit;

namespace ParlerCase.Core.Tests.Quotes;

public class CommonSubjectTests
{
    [Theory]
    [InlineData("Officials said that the bridge would reopen in June.")]
    [InlineData("Critics have argued that the law is far too vague.")]
    public void A_plural_common_noun_opening_a_sentence_is_not_a_speaker(string text)
    {
        Assert.Empty(Extract(text, "en"));
    }
}
