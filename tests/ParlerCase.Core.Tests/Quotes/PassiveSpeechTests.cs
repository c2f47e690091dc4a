using ParlerCase.Core.Quotes;
using static ParlerCase.Core.Tests.Quotes.QuoteTestKit;

namespace ParlerCase.Core.Tests.Quotes;

public class PassiveSpeechTests
{
    [Theory]
    [InlineData("Il a été annoncé que l'usine fermerait en juin.", "fr")]
    [InlineData("Orbis was told that the contract would end in June.", "en")]
    [InlineData("It is said that the plant will close in June.", "en")]
    public void A_passive_speech_verb_reports_nobody(string text, string language)
    {
        Assert.Empty(Extract(text, language));
    }
}
