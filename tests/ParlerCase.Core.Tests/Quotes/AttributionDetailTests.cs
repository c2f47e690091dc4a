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
    [InlineData("Veltra's lawyers said that the contract allowed the shutdown.", "en", "Veltra")]
    [InlineData("Orbis CEO Dana Price said that the company would appeal.", "en", "Dana Price")]
    public void A_possessive_phrase_speaks_through_its_head(string text, string language, string speaker)
    {
        Assert.Equal(speaker, Single(text, language).Speaker);
    }

    [Theory]
    [InlineData("Orbis told reporters that the outage had cost millions.", "that the outage had cost millions")]
    [InlineData("Dana Price said the outage had cost millions.", "the outage had cost millions")]
    public void English_reported_speech_with_an_object_or_without_that(string text, string reported)
    {
        var quote = Single(text, "en");
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal(reported, quote.Text);
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
        var quote = Single("Selon les documents du tribunal, Orbis estime que ces mesures sont « motivées par une rancune personnelle ».", "fr");
        Assert.Equal("Orbis", quote.Speaker);
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
    public void Negations_around_the_verb_cancel_reported_speech(string text, string language)
    {
        Assert.Empty(Extract(text, language));
    }

    [Fact]
    public void A_quote_spanning_an_internal_attribution_keeps_one_speaker()
    {
        var quotes = Extract("Le juge Antoine Morel a rendu sa décision. « Le tribunal ne juge pas le fond, a-t-il précisé. Il rejette seulement l'urgence. »", "fr");
        Assert.Equal("Antoine Morel", Assert.Single(quotes).Speaker);
    }
}

public class AttributionRoleTests
{
    [Fact]
    public void A_long_title_after_the_verb_names_the_judge()
    {
        var quote = Single("\"This is not a case about free speech,\" said U.S. District Judge Mary Holt in Seattle.", "en");
        Assert.Equal("Mary Holt", quote.Speaker);
    }

    [Fact]
    public void A_reflexive_speech_verb_attributes_a_short_quote()
    {
        var quote = Single("La présidente de l'association des commerçants, Martine Roux, s'est dite « soulagée ».", "fr");
        Assert.Equal("Martine Roux", quote.Speaker);
        Assert.Equal("présidente de l'association des commerçants", quote.SpeakerRole);
    }

    [Fact]
    public void A_spokesperson_speaks_for_the_described_organisation_not_the_news_agency()
    {
        var quotes = Extract("Orbital a annoncé son intention de faire appel. « Nous respectons la justice mais contestons cette analyse », a réagi un porte-parole du groupe auprès de l'AFP.", "fr");
        Assert.Equal("Orbital", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void A_named_lawyer_speaks_for_himself()
    {
        var quote = Single("\"We are disappointed, but we will keep fighting,\" Chatter's lawyer, David Greene, said in an email.", "en");
        Assert.Equal("David Greene", quote.Speaker);
    }

    [Fact]
    public void A_bare_role_is_resolved_only_within_its_article()
    {
        var first = ParlerCase.Core.Documents.Document.FromText("La présidente de l'association, Martine Roux, a parlé.", "fr");
        var second = ParlerCase.Core.Documents.Document.FromText("La présidente a déclaré que le club fermerait.", "fr");
        var index = ParlerCase.Core.Entities.EntityIndex.Build(new[] { first, second });
        Assert.Empty(new QuoteExtractor(index).Extract(second, "b"));
    }
}

public class AttributionSequenceTests
{
    [Fact]
    public void A_second_speech_verb_does_not_steal_the_attribution()
    {
        var quotes = Extract("\"The posts were a clear threat to public safety,\" Orbital wrote in a court filing on Tuesday, adding that it had warned Chatter for weeks.", "en");
        var quote = Assert.Single(quotes);
        Assert.Equal("Orbital", quote.Speaker);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
    }

    [Fact]
    public void A_quote_split_by_its_attribution_keeps_the_speaker()
    {
        var quotes = Extract("Marsh spoke on Monday. \"We will be back,\" he said, \"and stronger than before.\"", "en");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Marsh", q.Speaker));
    }
}

public class HeadlineAttributionTests
{
    [Fact]
    public void A_role_in_a_headline_is_the_person_the_article_then_names()
    {
        var quotes = Extract("Orbis CEO: \"We will rebuild everything from scratch\"\nOrbis CEO Dana Price spoke on Monday.", "en");
        Assert.Equal("Dana Price", Assert.Single(quotes).Speaker);
    }
}

public class CourtAndAuthorTests
{
    [Theory]
    [InlineData("La juge Anne Morel a examiné la demande mardi. Le tribunal a estimé que la coupure était justifiée.", "fr", "Anne Morel")]
    [InlineData("Judge Anne Morel heard the case on Tuesday. The court found that the shutdown was justified.", "en", "Anne Morel")]
    public void The_court_speaks_through_the_judge_the_article_names(string text, string language, string speaker)
    {
        Assert.Equal(speaker, Single(text, language).Speaker);
    }

    [Fact]
    public void A_court_without_a_named_judge_is_nobody()
    {
        Assert.Empty(Extract("Le tribunal a estimé que la coupure était justifiée.", "fr"));
    }

    [Theory]
    [InlineData("\"The shutdown was justified by the threats,\" according to a statement from Orbital.", "en")]
    [InlineData("« La coupure était justifiée par les menaces », selon un communiqué d'Orbital.", "fr")]
    public void A_document_names_its_author(string text, string language)
    {
        Assert.Equal("Orbital", Single(text, language).Speaker);
    }
}

public class GenderedPronounTests
{
    [Theory]
    [InlineData("La présidente, Claire Morel, a ouvert la séance. M. Paul Roux a ensuite présenté les comptes. « Les chiffres sont bons », a-t-elle conclu.", "fr", "Claire Morel")]
    [InlineData("Ms. Claire Morel opened the meeting. Mr. Paul Roux then presented the accounts. \"The numbers are good,\" she said.", "en", "Claire Morel")]
    [InlineData("Ms. Claire Morel opened the meeting. Mr. Paul Roux then presented the accounts. \"The numbers are good,\" he said.", "en", "Paul Roux")]
    public void A_pronoun_skips_people_of_the_other_gender(string text, string language, string speaker)
    {
        Assert.Equal(speaker, Single(text, language).Speaker);
    }
}

public class GenderTests
{
    [Theory]
    [InlineData("Mme Claire Morel a parlé.", "fr", "Claire Morel", ParlerCase.Core.Entities.Gender.Female)]
    [InlineData("La juge Anne Morel a tranché.", "fr", "Anne Morel", ParlerCase.Core.Entities.Gender.Female)]
    [InlineData("Le directeur, Paul Roux, a parlé.", "fr", "Paul Roux", ParlerCase.Core.Entities.Gender.Male)]
    [InlineData("Mr. Paul Roux spoke.", "en", "Paul Roux", ParlerCase.Core.Entities.Gender.Male)]
    public void Titles_roles_and_articles_give_a_gender(string text, string language, string name, ParlerCase.Core.Entities.Gender gender)
    {
        var document = ParlerCase.Core.Documents.Document.FromText(text, language);
        var index = ParlerCase.Core.Entities.EntityIndex.Build(new[] { document });
        Assert.Equal(gender, index.Lookup(name)!.Gender);
    }
}
