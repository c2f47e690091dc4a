using ParlerCase.Core.Quotes;
using static ParlerCase.Core.Tests.Quotes.QuoteTestKit;

namespace ParlerCase.Core.Tests.Quotes;

public class QuoteKindTests
{
    [Theory]
    [InlineData("Veltra a estimé que la décision « menace des milliers d'emplois dans la région ».", "fr")]
    [InlineData("Veltra argued that the ruling \"threatens thousands of jobs in the region.\"", "en")]
    public void A_fragment_after_a_speech_verb_is_a_mixed_quote(string text, string language)
    {
        // The reported clause with the fragment in it, and the fragment: both Veltra's, both mixed.
        var quotes = Extract(text, language);
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(QuoteKind.Mixed, q.Kind));
        Assert.All(quotes, q => Assert.Equal("Veltra", q.Speaker));
    }

    [Fact]
    public void A_long_fragment_without_a_speech_verb_is_its_sentence_subjects()
    {
        var quote = Single("Veltra a suspendu le compte pour des « violations répétées de ses règles d'utilisation ».", "fr");
        Assert.Equal(QuoteKind.Mixed, quote.Kind);
        Assert.Equal("Veltra", quote.Speaker);
        Assert.True(quote.Confidence < 0.5);
    }

    [Theory]
    [InlineData("Paul Durand a affirmé que la ville ne paierait pas les travaux.", "fr", "que la ville ne paierait pas les travaux")]
    [InlineData("Helen Carter said that the city would not pay for the works.", "en", "that the city would not pay for the works")]
    [InlineData("Veltra said it would appeal the ruling next week.", "en", "it would appeal the ruling next week")]
    [InlineData("Veltra a déclaré avoir reçu plus de cent plaintes.", "fr", "avoir reçu plus de cent plaintes")]
    [InlineData("Veltra denied having received any complaint.", "en", "having received any complaint")]
    [InlineData("La ville ne paiera pas les travaux, a déclaré Paul Durand.", "fr", "La ville ne paiera pas les travaux")]
    [InlineData("The city will not pay for the works, said Paul Durand.", "en", "The city will not pay for the works")]
    [InlineData("Selon Paul Durand, les ventes ont doublé en un an.", "fr", "les ventes ont doublé en un an")]
    [InlineData("According to Veltra, sales doubled last year.", "en", "sales doubled last year")]
    public void Reported_speech_is_an_indirect_quote(string text, string language, string reported)
    {
        var quote = Single(text, language);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal(reported, quote.Text);
        Assert.NotEqual(string.Empty, quote.Speaker);
    }

    [Fact]
    public void Selon_a_document_gives_a_source_not_a_speaker()
    {
        Assert.Empty(Extract("Selon le contrat, Veltra devait prévenir ses clients trente jours avant.", "fr"));
    }

    [Theory]
    [InlineData("Paul Durand n'a pas déclaré que la ville paierait les travaux.", "fr")]
    [InlineData("Paul Durand did not say that the city would pay for the works.", "en")]
    public void A_denied_statement_is_not_reported_speech(string text, string language)
    {
        Assert.Empty(Extract(text, language));
    }

    [Theory]
    [InlineData("Veltra se présente comme un réseau « neutre » et ouvert.", "fr")]
    [InlineData("Veltra attire les partisans de la « liberté totale » en ligne.", "fr")]
    [InlineData("Users flocked to the \"neutral\" network last year.", "en")]
    [InlineData("Cliquez sur “Accepter” pour continuer la lecture.", "fr")]
    public void Scare_quotes_are_not_quotes(string text, string language)
    {
        Assert.Empty(Extract(text, language));
        Assert.Equal(QuoteKind.NotQuote, Single(text, language, includeNonQuotes: true).Kind);
    }

    [Theory]
    [InlineData("Le hashtag « Libérez les données publiques » circulait depuis lundi.", "fr")]
    [InlineData("The hashtag \"Free the public data\" had trended since Monday.", "en")]
    [InlineData("Il a relu « Le Monde Selon Garp » dans le train.", "fr")]
    [InlineData("Ce jour-là, « #StopVeltra » dominait les réseaux.", "fr")]
    public void Titles_and_hashtags_are_not_quotes(string text, string language)
    {
        Assert.Empty(Extract(text, language));
        var quote = Single(text, language, includeNonQuotes: true);
        Assert.Equal(QuoteKind.NotQuote, quote.Kind);
    }

    [Fact]
    public void A_speech_verb_inside_a_quote_does_not_start_another_quote()
    {
        var quote = Single("« Ils disent que nous mentons, mais les chiffres sont publics », a déclaré Paul Durand.", "fr");
        Assert.Equal(QuoteKind.Direct, quote.Kind);
    }

    [Fact]
    public void A_reported_clause_holding_a_quote_is_reported_with_it()
    {
        var quotes = Extract("Paul Durand a déclaré que la réforme « ne passera pas en l'état devant le conseil ».", "fr");
        Assert.Equal(2, quotes.Count);
        Assert.StartsWith("que la réforme « ne passera pas", quotes[0].Text);
        Assert.Equal("ne passera pas en l'état devant le conseil", quotes[1].Text);
        Assert.All(quotes, q => Assert.Equal(QuoteKind.Mixed, q.Kind));
    }
}
