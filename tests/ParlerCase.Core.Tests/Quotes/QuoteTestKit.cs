using ParlerCase.Core.Documents;
using ParlerCase.Core.Entities;
using ParlerCase.Core.Quotes;

namespace ParlerCase.Core.Tests.Quotes;

internal static class QuoteTestKit
{
    /// <summary>Quotes of one text, each paragraph on its own line, with an index built from the text itself.</summary>
    public static IReadOnlyList<Quote> Extract(string text, string language, bool includeNonQuotes = false)
    {
        var document = Document.FromText(text, language);
        var index = EntityIndex.Build(new[] { document });
        return new QuoteExtractor(index).Extract(document, "test", includeNonQuotes);
    }

    public static Quote Single(string text, string language, bool includeNonQuotes = false)
    {
        var quotes = Extract(text, language, includeNonQuotes);
        Assert.True(quotes.Count == 1, $"expected one quote, got {quotes.Count}: {string.Join(" / ", quotes.Select(q => q.Kind + " " + q.Speaker + ": " + q.Text))}");
        return quotes[0];
    }
}
