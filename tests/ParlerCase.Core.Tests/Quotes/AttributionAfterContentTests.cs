using ParlerCase.Core.Quotes;
using static ParlerCase.Core.Tests.Quotes.QuoteTestKit;

namespace ParlerCase.Core.Tests.Quotes;

/// <summary>Reported words first, then who said them: '..., Smith said on Monday.'</summary>
public class AttributionAfterContentTests
{
    [Theory]
    [InlineData("The new bridge will not open before the spring, Mark Hale said on Monday.", "en", "Mark Hale", "The new bridge will not open before the spring")]
    [InlineData("Orbis Transit runs the ferry. The new bridge will not open before the spring, the agency said in a statement.", "en", "Orbis Transit", "The new bridge will not open before the spring")]
    [InlineData("Le nouveau pont n'ouvrira pas avant le printemps, Paul Durand l'a expliqué lundi.", "fr", "Paul Durand", "Le nouveau pont n'ouvrira pas avant le printemps")]
    public void The_subject_before_a_closing_speech_verb_speaks(string text, string language, string speaker, string words)
    {
        var quote = Extract(text, language).Last();
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal(words, quote.Text);
        Assert.Equal(speaker, quote.Speaker);
    }

    [Theory]
    [InlineData("The staff hid in the basement, Mark Hale said, but two guards stayed at the gate.", "en", "two guards stayed at the gate")]
    [InlineData("Le personnel s'est caché au sous-sol, Paul Durand l'a dit lundi, mais deux gardes sont restés.", "fr", "deux gardes sont restés")]
    public void An_attribution_in_the_middle_reports_both_sides(string text, string language, string second)
    {
        var quotes = Extract(text, language);
        Assert.Equal(2, quotes.Count);
        Assert.Equal(second, quotes[1].Text);
        Assert.All(quotes, q => Assert.Equal(language == "en" ? "Mark Hale" : "Paul Durand", q.Speaker));
    }

    [Theory]
    [InlineData("As mayor in 2010, Mark Hale called for a new bridge over the river.", "en")]
    [InlineData("The staff hid in the basement, Mark Hale said, raising fears for the guards.", "en")]
    public void A_verb_with_an_object_or_a_participle_after_it_is_no_attribution_of_what_follows(string text, string language)
    {
        Assert.DoesNotContain(Extract(text, language), q => q.Text.Contains("bridge over") || q.Text.Contains("raising"));
    }

    [Fact]
    public void A_long_subject_set_off_by_commas_still_attributes_the_quote()
    {
        var quote = Single("\"The river is rising faster than we planned for,\" Jane Roe, director of flood studies at the Hale Centre, said in a statement.", "en");
        Assert.Equal("Jane Roe", quote.Speaker);
    }

    [Theory]
    [InlineData("Jane Roe says the shelter needs more beds.\n\n\"We turn people away every night.\"", "en", "Jane Roe")]
    [InlineData("Sophie Morel affirme que le refuge manque de lits.\n\n« Nous refusons du monde chaque soir. »", "fr", "Sophie Morel")]
    public void A_floating_quotation_after_a_reported_statement_keeps_its_speaker(string text, string language, string speaker)
    {
        var quotes = Extract(text, language);
        Assert.Equal(2, quotes.Count);
        Assert.Equal(speaker, quotes[1].Speaker);
        Assert.Equal(QuoteKind.Direct, quotes[1].Kind);
    }
}
