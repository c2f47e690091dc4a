using ParlerCase.Core.Quotes;
using static ParlerCase.Core.Tests.Quotes.QuoteTestKit;

namespace ParlerCase.Core.Tests.Quotes;

public class CommonSubjectTests
{
    /// <summary>A sentence's first word is capitalised as such: a description opening it speaks as written, like 'some residents'.</summary>
    [Theory]
    [InlineData("Officials said that the bridge would reopen in June.", "en", "Officials")]
    [InlineData("Critics have argued that the law is far too vague.", "en", "Critics")]
    [InlineData("Syndicats affirment que la réforme ne passera pas.", "fr", "Syndicats")]
    public void A_plural_common_noun_opening_a_sentence_speaks_as_written(string text, string language, string speaker)
    {
        Assert.Equal(speaker, Single(text, language).Speaker);
    }
}
