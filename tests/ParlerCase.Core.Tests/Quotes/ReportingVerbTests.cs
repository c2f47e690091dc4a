using ParlerCase.Core.Quotes;
using static ParlerCase.Core.Tests.Quotes.QuoteTestKit;

namespace ParlerCase.Core.Tests.Quotes;

/// <summary>Verbs news uses to report a position or a decision, in both languages.</summary>
public class ReportingVerbTests
{
    [Theory]
    [InlineData("Orbis demande à ce que la vente soit suspendue jusqu'au jugement.", "fr", "Orbis", "que la vente soit suspendue jusqu'au jugement")]
    [InlineData("La vente doit être suspendue jusqu'en juin, a décidé vendredi la juge Sophie Morel.", "fr", "Sophie Morel", "La vente doit être suspendue jusqu'en juin")]
    [InlineData("Orbis informed customers that the service would end in June.", "en", "Orbis", "that the service would end in June")]
    [InlineData("Judge Jane Roe concluded the contract was never signed.", "en", "Jane Roe", "the contract was never signed")]
    public void The_verb_reports_what_follows_or_precedes_it(string text, string language, string speaker, string reported)
    {
        var quote = Single(text, language);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal(speaker, quote.Speaker);
        Assert.Equal(reported, quote.Text);
    }

    [Theory]
    [InlineData("Jane Roe believes that the bridge will open in June.", "en")]
    [InlineData("Fifty people believed to have been inside remained missing, Orbis said.", "en")]
    public void A_belief_is_not_speech(string text, string language)
    {
        Assert.DoesNotContain(Extract(text, language), q => q.Text.StartsWith("that the bridge", StringComparison.Ordinal) || q.Text.StartsWith("to have been", StringComparison.Ordinal));
    }
}
