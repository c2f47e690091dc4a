using static ParlerCase.Core.Tests.Quotes.QuoteTestKit;

namespace ParlerCase.Core.Tests.Quotes;

public class RobustnessTests
{
    [Theory]
    [InlineData("")]
    [InlineData("«")]
    [InlineData("» « “ ” „ ‘ ’ \"")]
    [InlineData("« a », a-t-il dit")]
    [InlineData("Le maire a parlé.\n« Première phrase sans fin.\nDeuxième paragraphe, a-t-il ajouté, puis la suite\n»")]
    [InlineData("“One. Two, he said, three.\n“Four, said Paul Roux. Five")]
    [InlineData("Paul Roux a déclaré que.")]
    [InlineData("Paul Roux a déclaré que « »")]
    public void Broken_or_empty_text_gives_quotes_or_nothing_but_never_fails(string text)
    {
        foreach (var language in new[] { "fr", "en" })
        {
            var quotes = Extract(text, language, includeNonQuotes: true);
            Assert.All(quotes, q => Assert.NotEmpty(q.Text));
        }
    }
}
