using ParlerCase.Core.Quotes;
using static ParlerCase.Core.Tests.Quotes.QuoteTestKit;

namespace ParlerCase.Core.Tests.Quotes;

/// <summary>English drops 'that' after 'say' and its kin: the clause is reported all the same.</summary>
public class ClauseWithoutThatTests
{
    [Theory]
    [InlineData("Jane Roe said most residents are not aware of the new rules.", "most residents are not aware of the new rules")]
    [InlineData("Jane Roe says the shelter needs more beds.", "the shelter needs more beds")]
    [InlineData("Orbis Transit said ferry crews were told to stay in port.", "ferry crews were told to stay in port")]
    [InlineData("Jane Roe, who has run the shelter since 2012, says the city has never helped.", "the city has never helped")]
    [InlineData("Jane Roe said Thursday the shelter would stay open.", "the shelter would stay open")]
    [InlineData("Jane Roe said in her speech she was ready to meet the mayor.", "she was ready to meet the mayor")]
    [InlineData("Jane Roe said most tenants aren't aware of the new rules.", "most tenants aren't aware of the new rules")]
    [InlineData("Jane Roe said a similar plan took shape last spring.", "a similar plan took shape last spring")]
    [InlineData("Jane Roe said the old mill fell silent in 1990.", "the old mill fell silent in 1990")]
    [InlineData("Jane Roe said Orbis's request for a delay is only a tactic.", "Orbis's request for a delay is only a tactic")]
    public void The_clause_after_the_verb_is_reported(string text, string reported)
    {
        var quote = Single(text, "en");
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal(text.StartsWith("Orbis", StringComparison.Ordinal) ? "Orbis Transit" : "Jane Roe", quote.Speaker);
        Assert.Equal(reported, quote.Text);
    }

    [Theory]
    [InlineData("Jane Roe said goodbye to the staff on Friday.")]
    [InlineData("Jane Roe told Halton's councillors about her plans.")]
    [InlineData("Jane Roe told reporters about her plans.")]
    public void A_verb_with_only_an_object_reports_nothing(string text)
    {
        Assert.Empty(Extract(text, "en"));
    }

    [Fact]
    public void A_noun_and_its_participle_after_the_verb_are_no_clause()
    {
        var quote = Single("\"We needed a model,\" Jane Roe said inside her workshop built on the site of a former mill.", "en");
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("Jane Roe", quote.Speaker);
    }
}
