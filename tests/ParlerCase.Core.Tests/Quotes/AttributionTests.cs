using ParlerCase.Core.Quotes;
using static ParlerCase.Core.Tests.Quotes.QuoteTestKit;

namespace ParlerCase.Core.Tests.Quotes;

public class AttributionTests
{
    [Theory]
    [InlineData("Paul Durand dirige la mairie depuis 2015. « Nous ne céderons rien sur ce dossier », a ajouté M. Durand.", "fr", "Paul Durand", "M. Durand")]
    [InlineData("Paul Durand has run the city since 2015. \"We will not give an inch on this,\" said Mr. Durand.", "en", "Paul Durand", "Mr. Durand")]
    [InlineData("Paul Durand has run the city since 2015. \"We will not give an inch on this,\" Durand said.", "en", "Paul Durand", "Durand")]
    [InlineData("Veltra a perdu son procès. « Nous ferons appel de cette décision dès demain », a déclaré Veltra.", "fr", "Veltra", "Veltra")]
    [InlineData("Veltra lost in court. \"We will appeal this decision tomorrow,\" said Veltra.", "en", "Veltra", "Veltra")]
    public void A_speech_verb_after_the_quote_names_the_speaker(string text, string language, string speaker, string written)
    {
        var quote = Single(text, language);
        Assert.Equal(speaker, quote.Speaker);
        Assert.Equal(written, quote.SpeakerText);
    }

    [Theory]
    [InlineData("Le maire de Lyon, Paul Durand, a pris la parole mardi. « Nous ne céderons rien sur ce dossier », a-t-il déclaré.", "fr", "Paul Durand")]
    [InlineData("Veltra a retiré l'application samedi. « La sécurité de nos clients passe avant tout le reste », a-t-il déclaré.", "fr", "Veltra")]
    [InlineData("Judge Helen Carter ruled on Friday. \"The claims are not supported by the record,\" she wrote.", "en", "Helen Carter")]
    [InlineData("Veltra pulled the app on Saturday. \"The safety of our users comes before anything else,\" it said.", "en", "Veltra")]
    public void A_pronoun_is_the_subject_before_it(string text, string language, string speaker)
    {
        Assert.Equal(speaker, Single(text, language).Speaker);
    }

    [Theory]
    [InlineData("Veltra a publié un communiqué mardi. « Nos équipes travaillent jour et nuit sur ce problème », a indiqué l'entreprise.", "fr", "Veltra")]
    [InlineData("Veltra Corp cut 200 jobs on Monday. \"Our teams are working day and night on this,\" the company said.", "en", "Veltra")]
    [InlineData("Veltra Corp a fait appel lundi. La marque a expliqué que ses ventes avaient doublé.", "fr", "Veltra")]
    [InlineData("Veltra Corp appealed on Monday. The brand said that its sales had doubled.", "en", "Veltra")]
    public void The_company_is_the_organisation_last_named(string text, string language, string speaker)
    {
        Assert.Equal(speaker, Single(text, language).Speaker);
    }

    [Theory]
    [InlineData("Orbis a porté plainte contre Veltra lundi. « Veltra a rompu le contrat sans aucun préavis », affirme la plainte.", "fr", "Orbis")]
    [InlineData("Orbis filed a lawsuit against Veltra on Monday. \"Veltra broke the contract without any notice,\" the lawsuit says.", "en", "Orbis")]
    [InlineData("Dans une lettre envoyée mardi, Veltra a averti ses clients. « Le service sera coupé dimanche à minuit », indique la lettre.", "fr", "Veltra")]
    public void A_document_speaks_for_the_party_behind_it(string text, string language, string speaker)
    {
        Assert.Equal(speaker, Single(text, language).Speaker);
    }

    [Theory]
    [InlineData("Un porte-parole de Veltra a déclaré que l'offre restait valable jusqu'en juin.", "fr")]
    [InlineData("A spokesperson for Veltra said that the offer would stand until June.", "en")]
    public void A_spokesperson_speaks_for_the_organisation(string text, string language)
    {
        var quote = Single(text, language);
        Assert.Equal("Veltra", quote.Speaker);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
    }

    [Theory]
    [InlineData("Le PDG de Veltra, Paul Durand, a déclaré : « Nous ne vendrons pas la filiale cette année ».", "fr", "PDG de Veltra")]
    [InlineData("Veltra's chief executive, Paul Durand, said: \"We will not sell the unit this year.\"", "en", "Veltra's chief executive")]
    public void A_role_in_apposition_gives_speaker_and_role(string text, string language, string role)
    {
        var quote = Single(text, language);
        Assert.Equal("Paul Durand", quote.Speaker);
        Assert.Equal(role, quote.SpeakerRole);
    }

    [Fact]
    public void A_role_alone_is_its_holder()
    {
        var quotes = Extract("Le PDG de Veltra, Paul Durand, a démissionné lundi.\n\nLe PDG a expliqué que la crise avait tout changé.", "fr");
        Assert.Equal("Paul Durand", Assert.Single(quotes).Speaker);
    }

    [Theory]
    [InlineData("Selon Veltra, « les ventes ont doublé en un an dans toute l'Europe ».", "fr")]
    [InlineData("According to Veltra, \"sales doubled in a year across Europe.\"", "en")]
    public void Selon_names_the_speaker_of_a_quote(string text, string language)
    {
        var quote = Single(text, language);
        Assert.Equal("Veltra", quote.Speaker);
        Assert.Equal("selon", quote.Cue.Replace("according to", "selon"));
    }

    [Fact]
    public void A_paragraph_that_continues_a_quote_keeps_its_speaker()
    {
        var quotes = Extract("« Nous avons fait notre travail sans relâche », a déclaré Paul Durand.\n« Maintenant, c'est aux autres de prendre leurs responsabilités. »", "fr");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Paul Durand", quotes[1].Speaker);
    }

    [Fact]
    public void A_sentence_ending_in_a_colon_introduces_the_next_paragraph()
    {
        var quotes = Extract("Veltra a réagi dans un communiqué :\n« Nous contestons fermement cette décision et ferons appel. »", "fr");
        Assert.Equal("Veltra", Assert.Single(quotes).Speaker);
    }

    [Fact]
    public void A_participle_takes_the_subject_of_its_sentence()
    {
        var quote = Single("Orbis a attaqué Veltra en justice, affirmant que le contrat était nul depuis le début.", "fr");
        Assert.Equal("Orbis", quote.Speaker);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
    }

    [Fact]
    public void A_name_after_a_preposition_is_not_the_subject()
    {
        var quote = Single("Répondant à la décision de Veltra, le maire, Paul Durand, a déclaré que la ville ferait appel.", "fr");
        Assert.Equal("Paul Durand", quote.Speaker);
    }
}
