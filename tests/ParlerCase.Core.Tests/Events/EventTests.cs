using ParlerCase.Core.Articles;
using ParlerCase.Core.Cleaning;
using ParlerCase.Core.Dates;
using ParlerCase.Core.Documents;
using ParlerCase.Core.Entities;
using ParlerCase.Core.Events;
using ParlerCase.Core.Metadata;

namespace ParlerCase.Core.Tests.Events;

public class EventTests
{
    internal static Article Article(string id, string text, string language, string? published)
    {
        var date = published != null && PartialDate.TryParseIso(published, out var d)
            ? new Sourced<PartialDate>(d, MetadataOrigin.MetadataFile, "test")
            : Sourced<PartialDate>.None;
        return new Article(id, id + ".txt", Document.FromText(text, language), Sourced<string>.None, Sourced<string>.None, Sourced<string>.None,
            Sourced<string>.None, new Sourced<string>(language, MetadataOrigin.MetadataFile, "test"), date, Array.Empty<RemovedLine>(), "utf-8");
    }

    [Fact]
    public void The_place_and_agency_of_a_dateline_are_not_actors()
    {
        var mention = Mentions("SAN FRANCISCO (Reuters) - A federal judge on Monday denied the request of Orbis Cloud to block the deal.", "en").First();
        Assert.DoesNotContain(mention.Actors, a => a.Contains("Reuters") || a.Contains("SAN FRANCISCO"));
        Assert.Contains("Orbis Cloud", mention.Actors);
    }

    internal static IReadOnlyList<EventMention> Mentions(string text, string language, string? published = "2021-01-12")
    {
        var article = Article("a", text, language, published);
        var corpus = new[] { article.Body };
        return new EventExtractor(new Parties(EntityIndex.Build(corpus), corpus)).Extract(article);
    }

    [Theory]
    [InlineData("Apple a retiré l'application de son magasin.", "fr", EventKind.Action, "removed")]
    [InlineData("L'hébergeur a retiré le site de ses serveurs.", "fr", EventKind.Action, "suspended")]
    [InlineData("Le réseau a porté plainte contre son hébergeur.", "fr", EventKind.Complaint, null)]
    [InlineData("Le tribunal a rejeté la demande de la société.", "fr", EventKind.Ruling, "denied")]
    [InlineData("Le site est revenu en ligne grâce à un nouvel hébergeur.", "fr", EventKind.Action, "relaunched")]
    [InlineData("Google removed the app from its store.", "en", EventKind.Action, "removed")]
    [InlineData("The host removed the site from its servers.", "en", EventKind.Action, "suspended")]
    [InlineData("The network sued its host in federal court.", "en", EventKind.Complaint, null)]
    [InlineData("A judge denied the request for an injunction.", "en", EventKind.Injunction, "denied")]
    [InlineData("La société a fait appel de la décision.", "fr", EventKind.Appeal, null)]
    [InlineData("Le tribunal a condamné l'ancien dirigeant à deux ans de prison.", "fr", EventKind.Verdict, "convicted")]
    [InlineData("The former chief executive was sentenced to two years in prison.", "en", EventKind.Verdict, "sentenced")]
    [InlineData("The company appealed the decision.", "en", EventKind.Appeal, null)]
    public void The_kind_comes_from_the_trigger_and_the_words_of_its_clause(string text, string language, EventKind kind, string? label)
    {
        Assert.Contains(Mentions(text, language), m => m.Kind == kind && m.Label == label);
    }

    [Theory]
    [InlineData("Judge Ann Roe heard the case against Orbis. The changes she ordered will take effect in May.", "en")]
    [InlineData("La juge Anne Roux a entendu les parties. Les mesures qu'elle a ordonnées entreront en vigueur en mai.", "fr")]
    public void A_pronoun_subject_takes_the_context_of_the_sentence_before(string text, string language)
    {
        Assert.Contains(Mentions(text, language), m => m.Kind == EventKind.Ruling && m.Label == "ordered");
    }

    [Theory]
    [InlineData("Ann Roe runs a bakery in town. The cakes she ordered arrived late.", "en")]
    [InlineData("Anne Roux tient une boulangerie. Les gâteaux qu'elle a ordonnés sont arrivés en retard.", "fr")]
    public void A_pronoun_subject_after_a_sentence_of_no_court_is_no_ruling(string text, string language)
    {
        Assert.DoesNotContain(Mentions(text, language), m => m.Kind == EventKind.Ruling);
    }

    [Theory]
    [InlineData("Le rejet n'était pas attendu, mais la Cour ne rejette pas la plainte.", "fr")]
    [InlineData("The court did not reject the complaint.", "en")]
    [InlineData("The judge ruled that the bank cannot terminate the account.", "en")]
    public void A_negated_trigger_is_no_event(string text, string language)
    {
        Assert.DoesNotContain(Mentions(text, language), m => m.Kind is EventKind.Dismissal or EventKind.Action || (m.Kind == EventKind.Ruling && m.Label == "denied"));
    }

    [Theory]
    [InlineData("La société a demandé au juge d'annuler la décision.", "fr")]
    [InlineData("The company asked the judge to dismiss the order.", "en")]
    public void A_trigger_that_is_only_asked_for_is_no_event(string text, string language)
    {
        var mentions = Mentions(text, language);
        Assert.DoesNotContain(mentions, m => m.Triggers.Any(t => t.Text is "annuler" or "dismiss"));
        Assert.Contains(mentions, m => m.Kind == EventKind.Motion);
    }

    [Fact]
    public void An_act_just_done_is_an_event_while_one_promised_is_not()
    {
        Assert.Contains(Mentions("Le studio Orbis indique ce 3 mars qu'il vient d'alerter l'autorité de la concurrence.", "fr", "2021-03-03"),
            m => m.Kind == EventKind.Complaint && m.Date?.Value?.Iso == "2021-03-03");
        Assert.DoesNotContain(Mentions("Le studio Orbis a promis d'alerter l'autorité de la concurrence.", "fr"), m => m.Kind == EventKind.Complaint);
    }

    [Theory]
    [InlineData("Samedi, Apple a supprimé l'application de son magasin.", "fr", "2021-01-09")]
    [InlineData("On Saturday, Apple removed the app from its store.", "en", "2021-01-09")]
    [InlineData("Apple a supprimé l'application de son magasin samedi.", "fr", "2021-01-09")]
    public void A_date_governs_the_trigger_before_it_or_the_clause_it_opens(string text, string language, string expected)
    {
        var mention = Assert.Single(Mentions(text, language, "2021-01-10"), m => m.Kind == EventKind.Action);
        Assert.Equal(expected, mention.Date?.Value?.Iso);
    }

    [Fact]
    public void Each_event_of_a_sentence_keeps_its_own_date()
    {
        var mentions = Mentions("L'hébergeur a suspendu le site dimanche, à la suite des émeutes du 6 janvier à Washington.", "fr", "2021-01-12");
        Assert.Equal("2021-01-10", Assert.Single(mentions, m => m.Kind == EventKind.Action).Date?.Value?.Iso);
        Assert.Equal("2021-01-06", Assert.Single(mentions, m => m.Kind == EventKind.Incident).Date?.Value?.Iso);
    }

    [Theory]
    [InlineData("L'entreprise affirme avoir transformé sa culture interne depuis 2020.", "fr")]
    [InlineData("Orbis avait promis de ne pas conclure l'accord avant le 31 janvier.", "fr")]
    [InlineData("According to court filings, Orbis had agreed not to close the deal before Jan. 31.", "en")]
    [InlineData("The company said it has been under review since 2019.", "en")]
    public void A_date_that_bounds_a_period_dates_no_event(string text, string language)
    {
        Assert.All(Mentions(text, language), m => Assert.Null(m.Date?.Value));
    }

    [Theory]
    [InlineData("On Thursday, Orbis removed the Vocal app from its store. Following that decision, Vocal filed a lawsuit against Orbis. Later on Thursday, Hosty also removed the app.", "en")]
    [InlineData("Jeudi, Orbis a retiré l'application Vocal de sa boutique. À la suite de cette décision, Vocal a porté plainte contre Orbis. Plus tard jeudi, Hosty a aussi retiré l'application.", "fr")]
    public void An_act_that_follows_the_sentence_before_between_two_sentences_of_one_day_happened_that_day(string text, string language)
    {
        var complaint = Assert.Single(Mentions(text, language, "2021-01-15"), m => m.Kind == EventKind.Complaint);
        Assert.Equal("2021-01-14", complaint.Date?.Value?.Iso);
        Assert.Equal("between-same-day", complaint.Date?.Rule);
    }

    [Theory]
    [InlineData("On Thursday, Orbis removed the Vocal app from its store. Following that decision, Vocal filed a lawsuit against Orbis. On Friday, Hosty also removed the app.", "en")]
    [InlineData("On Thursday, Orbis removed the Vocal app from its store. Vocal filed a lawsuit against Orbis. Later on Thursday, Hosty also removed the app.", "en")]
    public void An_act_between_two_days_or_without_an_opener_that_ties_it_stays_undated(string text, string language)
    {
        Assert.Null(Assert.Single(Mentions(text, language, "2021-01-15"), m => m.Kind == EventKind.Complaint).Date?.Value);
    }

    [Theory]
    [InlineData("La décision protège Vocal au moins jusqu'au 14 octobre, date de la nouvelle audience.", "fr")]
    [InlineData("The order shields Vocal until October 14, the date of the new hearing.", "en")]
    public void A_date_apposed_to_the_noun_of_an_event_dates_that_event(string text, string language)
    {
        var mentions = Mentions(text, language, "2021-08-25");
        Assert.Equal("2021-10-14", Assert.Single(mentions, m => m.Kind == EventKind.Hearing).Date?.Value?.Iso);
    }

    [Fact]
    public void A_date_written_before_its_noun_dates_it()
    {
        var mentions = Mentions("Stores removed the app on Friday, days after the January 6 riot at the Capitol.", "en");
        Assert.Equal("2021-01-06", Assert.Single(mentions, m => m.Kind == EventKind.Incident).Date?.Value?.Iso);
        Assert.Equal("2021-01-08", Assert.Single(mentions, m => m.Kind == EventKind.Action).Date?.Value?.Iso);
    }

    [Theory]
    [InlineData("The company said Amazon suspended the app's hosting on Sunday.", "en")]
    [InlineData("Selon la société, Amazon a suspendu l'hébergement de l'application dimanche.", "fr")]
    public void Hosting_words_make_a_suspension_even_of_an_app(string text, string language)
    {
        Assert.Contains(Mentions(text, language), m => m.Kind == EventKind.Action && m.Label == "suspended");
        Assert.DoesNotContain(Mentions(text, language), m => m.Label == "removed");
    }

    [Fact]
    public void A_name_that_opens_a_sentence_before_a_verb_or_a_coordinated_name_is_an_actor()
    {
        var mention = Assert.Single(Mentions("Apple and Google removed the app from their stores on Friday.", "en"), m => m.Kind == EventKind.Action);
        Assert.Equal(new[] { "Apple", "Google" }, mention.Actors);
    }

    [Theory]
    [InlineData("Lancé en 2018, le réseau a séduit les militants.", "fr", "Lancé")]
    [InlineData("Launched in 2018, the network drew activists.", "en", "Launched")]
    public void A_participle_that_opens_a_sentence_is_no_actor(string text, string language, string opener)
    {
        var mention = Assert.Single(Mentions(text, language), m => m.Label == "launched");
        Assert.DoesNotContain(opener, mention.Actors);
        Assert.Equal("2018", mention.Date?.Value?.Iso);
    }

    [Theory]
    [InlineData("Le 3 mars 2021, des manifestants ont envahi le parlement.", "fr", "2021-03-03")]
    [InlineData("On March 3, 2021, protesters marched to the parliament building.", "en", "2021-03-03")]
    public void A_dated_clause_in_the_past_no_trigger_names_is_an_other_event(string text, string language, string expected)
    {
        var mention = Assert.Single(Mentions(text, language), m => m.Kind == EventKind.Other);
        Assert.Equal(expected, mention.Date?.Value?.Iso);
        Assert.Contains("dated clause", mention.Triggers[0].Pattern);
    }

    [Theory]
    [InlineData("Le réseau compte douze millions d'abonnés en 2021.", "fr")]
    [InlineData("The network counts twelve million users in 2021.", "en")]
    public void A_date_in_a_clause_without_past_or_future_is_no_event(string text, string language)
    {
        Assert.Empty(Mentions(text, language));
    }

    [Theory]
    [InlineData("L'hébergeur a suspendu le réseau social.", "fr")]
    [InlineData("The host suspended the social network.", "en")]
    public void An_event_sentence_without_a_date_gets_none_not_the_publication_date(string text, string language)
    {
        var mention = Assert.Single(Mentions(text, language), m => m.Kind == EventKind.Action);
        Assert.Null(mention.Date);
    }

    [Fact]
    public void A_date_inside_a_quotation_does_not_date_the_words_outside_it()
    {
        var mentions = Mentions("« Nous serons de retour en ligne aujourd'hui », a écrit le patron dans une lettre.", "fr");
        Assert.Null(Assert.Single(mentions, m => m.Kind == EventKind.Publication).Date);
    }

    [Fact]
    public void Acronyms_defined_in_the_text_and_surnames_take_the_canonical_name()
    {
        var mentions = Mentions(
            "Le PDG du réseau, Jean Dupuis, a réagi. Amazon Web Services (AWS) a suspendu le réseau social.\n\nM. Dupuis a porté plainte contre AWS.",
            "fr");
        var suspension = Assert.Single(mentions, m => m.Kind == EventKind.Action);
        Assert.Equal(new[] { "Amazon Web Services" }, suspension.Actors);
        var lawsuit = Assert.Single(mentions, m => m.Kind == EventKind.Complaint);
        Assert.Equal(new[] { "Jean Dupuis", "Amazon Web Services" }, lawsuit.Actors);
    }

    [Fact]
    public void The_source_a_report_is_attributed_to_is_no_actor()
    {
        var mention = Assert.Single(Mentions("Samedi, Apple a retiré l'application de son magasin, selon Reuters.", "fr"), m => m.Kind == EventKind.Action);
        Assert.Contains("Apple", mention.Actors);
        Assert.DoesNotContain("Reuters", mention.Actors);
    }
}
