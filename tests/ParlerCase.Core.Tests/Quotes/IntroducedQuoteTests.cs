using static ParlerCase.Core.Tests.Quotes.QuoteTestKit;

namespace ParlerCase.Core.Tests.Quotes;

public class IntroducedQuoteTests
{
    [Theory]
    [InlineData("« Nous avons tenu nos engagements », a dit Paul Durand. Claire Morel a aussitôt répliqué.\n« Vos engagements n'ont jamais été tenus. »", "fr")]
    [InlineData("\"We kept our promises,\" Paul Durand said. Claire Morel responded sharply.\n\"Your promises were never kept.\"", "en")]
    public void A_speech_verb_just_before_introduces_the_next_quote(string text, string language)
    {
        var quotes = Extract(text, language);
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Paul Durand", quotes[0].Speaker);
        Assert.Equal("Claire Morel", quotes[1].Speaker);
    }

    [Fact]
    public void A_sentence_reporting_something_does_not_introduce_the_next_quote()
    {
        var quotes = Extract("« Nous avons tenu nos engagements », a dit Paul Durand. Claire Morel a répondu au courrier des riverains la semaine dernière.\n« Les travaux reprendront lundi dans tout le quartier. »", "fr");
        Assert.Equal("Paul Durand", quotes[1].Speaker);
    }
}
