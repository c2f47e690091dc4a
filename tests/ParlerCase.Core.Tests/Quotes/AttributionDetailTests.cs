using ParlerCase.Core.Quotes;
using static ParlerCase.Core.Tests.Quotes.QuoteTestKit;

namespace ParlerCase.Core.Tests.Quotes;

public class AttributionDetailTests
{
    [Theory]
    [InlineData("Orbis a déposé une plainte contre Veltra mardi. Le contrat a été signé en 2019. « Veltra a coupé le service sans le moindre avertissement », affirme l'assignation.", "fr")]
    [InlineData("Orbis filed a lawsuit against Veltra on Tuesday. The contract was signed in 2019. The complaint says Veltra cut the service \"without the slightest warning to anyone.\"", "en")]
    public void A_document_is_recognised_under_another_name_of_its_kind(string text, string language)
    {
        Assert.Equal("Orbis", Single(text, language).Speaker);
    }

    [Fact]
    public void A_subject_before_the_verb_wins_over_a_phrase_after_it()
    {
        var quote = Single("\"We will appeal this ruling next week,\" Orbis's chief executive, Dana Price, said in a statement.", "en");
        Assert.Equal("Dana Price", quote.Speaker);
    }

    [Fact]
    public void A_name_inside_a_phrase_after_the_verb_is_not_the_subject()
    {
        var quote = Single("« Nous ferons appel dès la semaine prochaine », a expliqué à l'AFP Claire Morel, présidente d'Orbis.", "fr");
        Assert.Equal("Claire Morel", quote.Speaker);
    }

    [Theory]
    [InlineData("Veltra's lawyers said that the contract allowed the shutdown.", "en", "Veltra's lawyers")]
    [InlineData("Orbis CEO Dana Price said that the company would appeal.", "en", "Dana Price")]
    public void A_possessive_phrase_speaks_through_its_head(string text, string language, string speaker)
    {
        Assert.Equal(speaker, Single(text, language).Speaker);
    }

    [Theory]
    [InlineData("Orbis told reporters that the outage had cost millions.", "that the outage had cost millions")]
    [InlineData("Dana Price said the outage had cost millions.", "the outage had cost millions")]
    [InlineData("Orbis claims Veltra breached its contract.", "Veltra breached its contract")]
    [InlineData("Dana Price told Reuters the company would be back online in March.", "the company would be back online in March")]
    [InlineData("Orbis told the court it had lost millions of users.", "it had lost millions of users")]
    [InlineData("Dana Price told them the San Francisco-based company had done nothing wrong.", "the San Francisco-based company had done nothing wrong")]
    [InlineData("Orbis argued the contract did not allow the shutdown.", "the contract did not allow the shutdown")]
    public void English_reported_speech_with_an_object_or_without_that(string text, string reported)
    {
        var quote = Single(text, "en");
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal(reported, quote.Text);
    }

    [Theory]
    [InlineData("Dana Price described the ruling issued on Monday as a blow.")]
    [InlineData("Orbis announced the deal signed last week would close in March.")]
    [InlineData("Dana Price told Reuters about the outage.")]
    [InlineData("Orbis said the ruling in a statement.")]
    public void An_English_object_is_not_a_clause_without_that(string text)
    {
        Assert.Empty(Extract(text, "en"));
    }

    [Fact]
    public void A_sentence_opening_with_pour_and_a_name_reports_that_person()
    {
        var quote = Single("Pour Claire Morel, la décision du tribunal est une erreur.", "fr");
        Assert.Equal("Claire Morel", quote.Speaker);
        Assert.Equal("la décision du tribunal est une erreur", quote.Text);
        Assert.Empty(Extract("Pour réduire les coûts, Orbis a fermé deux usines.", "fr"));
    }

    [Fact]
    public void A_named_source_speaks_the_short_quote_of_its_sentence()
    {
        var quote = Single("Pour Claire Morel, cette décision est « une injustice ».", "fr");
        Assert.Equal("Claire Morel", quote.Speaker);
        Assert.Equal(QuoteKind.Mixed, quote.Kind);
    }

    [Fact]
    public void A_source_phrase_is_not_the_subject_of_the_verb()
    {
        var quotes = Extract("Selon les documents du tribunal, Orbis estime que ces mesures sont « motivées par une rancune personnelle ».", "fr");
        Assert.NotEmpty(quotes);
        Assert.All(quotes, q => Assert.Equal("Orbis", q.Speaker));
    }

    [Fact]
    public void A_pronoun_may_refer_to_the_source_of_the_sentence_before()
    {
        var quotes = Extract("Pour Claire Morel, la décision est injuste. Elle a ajouté que l'entreprise ferait appel.", "fr");
        Assert.All(quotes, q => Assert.Equal("Claire Morel", q.Speaker));
        Assert.Equal(2, quotes.Count);
    }

    [Theory]
    [InlineData("Orbis n'a pas non plus nié que des messages violents avaient circulé.", "fr")]
    [InlineData("Orbis never said that violent posts had circulated.", "en")]
    [InlineData("Orbis ne dit pas que des messages violents ont circulé.", "fr")]
    [InlineData("Orbis ne déclare plus jamais que les messages ont circulé.", "fr")]
    public void Negations_around_the_verb_cancel_reported_speech(string text, string language)
    {
        Assert.Empty(Extract(text, language));
    }

    [Theory]
    [InlineData("Jane Roe said he never went back to the farm.", "en", "he never went back to the farm")]
    [InlineData("Jane Roe a dit qu'il ne reviendrait jamais à la ferme.", "fr", "qu'il ne reviendrait jamais à la ferme")]
    public void A_negation_in_the_reported_clause_leaves_the_verb_reporting(string text, string language, string reported)
    {
        var quote = Single(text, language);
        Assert.Equal("Jane Roe", quote.Speaker);
        Assert.Equal(reported, quote.Text);
    }

    [Fact]
    public void A_quote_spanning_an_internal_attribution_keeps_one_speaker()
    {
        var quotes = Extract("Le juge Antoine Morel a rendu sa décision. « Le tribunal ne juge pas le fond, a-t-il précisé. Il rejette seulement l'urgence. »", "fr");
        Assert.Equal("Antoine Morel", Assert.Single(quotes).Speaker);
    }
}
