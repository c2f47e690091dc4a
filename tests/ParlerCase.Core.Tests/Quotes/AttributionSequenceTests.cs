using ParlerCase.Core.Quotes;
using static ParlerCase.Core.Tests.Quotes.QuoteTestKit;

namespace ParlerCase.Core.Tests.Quotes;

public class AttributionSequenceTests
{
    [Fact]
    public void A_second_speech_verb_does_not_steal_the_attribution()
    {
        var quotes = Extract("\"The posts were a clear threat to public safety,\" Orbital wrote in a court filing on Tuesday, adding that it had warned Chatter for weeks.", "en");
        Assert.Equal(2, quotes.Count);
        Assert.Equal(QuoteKind.Direct, quotes[0].Kind);
        Assert.Equal("that it had warned Chatter for weeks", quotes[1].Text);
        Assert.All(quotes, q => Assert.Equal("Orbital", q.Speaker));
    }

    [Fact]
    public void A_quote_split_by_its_attribution_keeps_the_speaker()
    {
        var quotes = Extract("Marsh spoke on Monday. \"We will be back,\" he said, \"and stronger than before.\"", "en");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Marsh", q.Speaker));
    }
}
