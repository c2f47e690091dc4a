using ParlerCase.Core.Events;

namespace ParlerCase.Core.Tests.Events;

/// <summary>Every kind of event, in both languages, on sentences written for these tests; and what is no event.</summary>
public class EventKindTests
{
    [Theory]
    [InlineData("La société Orbis a porté plainte contre son ancien associé.", EventKind.Complaint, null)]
    [InlineData("L'éditeur Orbis a alerté la Commission européenne sur les pratiques de Vocal.", EventKind.Complaint, null)]
    [InlineData("Orbis s'est plainte auprès de la Commission de la concurrence.", EventKind.Complaint, null)]
    [InlineData("Le groupe a déposé une demande reconventionnelle contre la start-up.", EventKind.Counterclaim, null)]
    [InlineData("Les avocats de Vocal ont déposé une requête devant le tribunal.", EventKind.Motion, null)]
    [InlineData("L'audience est fixée au 4 mai.", EventKind.Hearing, null)]
    [InlineData("Le fondateur a témoigné devant le tribunal.", EventKind.Testimony, null)]
    [InlineData("Le procès s'est ouvert lundi à Lyon.", EventKind.Trial, "opened")]
    [InlineData("La cour a tranché en faveur du plaignant.", EventKind.Ruling, null)]
    [InlineData("Le juge a refusé l'injonction demandée par Vocal.", EventKind.Injunction, "denied")]
    [InlineData("L'ancien dirigeant a été reconnu coupable de fraude.", EventKind.Verdict, "convicted")]
    [InlineData("La société a fait appel de la décision.", EventKind.Appeal, null)]
    [InlineData("La cour d'appel a suspendu l'exécution du jugement.", EventKind.Stay, null)]
    [InlineData("Les deux sociétés ont trouvé un règlement amiable.", EventKind.Settlement, null)]
    [InlineData("Le parquet a classé la plainte sans suite.", EventKind.Dismissal, "dropped")]
    [InlineData("La date limite pour répondre est le 15 mars.", EventKind.Deadline, null)]
    [InlineData("Orbis et Vocal ont signé un accord de partenariat.", EventKind.Agreement, null)]
    [InlineData("Orbis a résilié le contrat de Vocal.", EventKind.Termination, null)]
    [InlineData("Orbis a finalisé le rachat de Vocal.", EventKind.Acquisition, null)]
    [InlineData("Les actionnaires ont voté contre le projet.", EventKind.Vote, null)]
    [InlineData("Le régulateur a publié un rapport sur le secteur.", EventKind.Publication, "report")]
    [InlineData("Une cyberattaque a paralysé les serveurs de la ville.", EventKind.Incident, "hack")]
    [InlineData("Le conseil a limogé le directeur financier.", EventKind.Action, "fired")]
    [InlineData("L'hébergeur a suspendu le site de ses serveurs.", EventKind.Action, "suspended")]
    [InlineData("La boutique a retiré l'application de son catalogue d'applications.", EventKind.Action, "removed")]
    public void Every_kind_has_its_words_in_French(string text, EventKind kind, string? label)
    {
        Assert.Contains(EventTests.Mentions(text, "fr"), m => m.Kind == kind && m.Label == label);
    }

    [Theory]
    [InlineData("Orbis filed a lawsuit against its former partner.", EventKind.Complaint, null)]
    [InlineData("Orbis complained to the European Commission about Vocal's fees.", EventKind.Complaint, null)]
    [InlineData("The start-up alerted regulators to the bank's practices.", EventKind.Complaint, null)]
    [InlineData("The bank countersued the start-up on Monday.", EventKind.Counterclaim, null)]
    [InlineData("Lawyers for Vocal filed a motion to dismiss.", EventKind.Motion, null)]
    [InlineData("A hearing is scheduled for May 4.", EventKind.Hearing, null)]
    [InlineData("The founder testified before the committee.", EventKind.Testimony, null)]
    [InlineData("The trial opened on Monday in Lyon.", EventKind.Trial, "opened")]
    [InlineData("The judge ruled in favour of the plaintiff.", EventKind.Ruling, null)]
    [InlineData("The court granted a temporary restraining order against the city.", EventKind.Injunction, "granted")]
    [InlineData("The jury found the former executive guilty of fraud.", EventKind.Verdict, "convicted")]
    [InlineData("The company appealed the ruling.", EventKind.Appeal, null)]
    [InlineData("An appeals court stayed the injunction.", EventKind.Stay, null)]
    [InlineData("The two firms reached a settlement last week.", EventKind.Settlement, null)]
    [InlineData("The judge dismissed the case.", EventKind.Dismissal, null)]
    [InlineData("The deadline for filing is March 15.", EventKind.Deadline, null)]
    [InlineData("Orbis and Vocal signed an agreement to share data.", EventKind.Agreement, null)]
    [InlineData("Orbis terminated the contract with Vocal.", EventKind.Termination, null)]
    [InlineData("Orbis acquired Vocal for two billion dollars.", EventKind.Acquisition, null)]
    [InlineData("Shareholders voted against the plan.", EventKind.Vote, null)]
    [InlineData("The regulator released a report on the sector.", EventKind.Publication, "report")]
    [InlineData("A data breach exposed millions of records.", EventKind.Incident, "data breach")]
    [InlineData("The board fired the chief financial officer.", EventKind.Action, "fired")]
    [InlineData("The host suspended the site from its servers.", EventKind.Action, "suspended")]
    [InlineData("The store removed the app from its marketplace.", EventKind.Action, "removed")]
    public void Every_kind_has_its_words_in_English(string text, EventKind kind, string? label)
    {
        Assert.Contains(EventTests.Mentions(text, "en"), m => m.Kind == kind && m.Label == label);
    }

    [Fact]
    public void Sources_in_both_languages_give_the_same_label()
    {
        var french = Assert.Single(EventTests.Mentions("Le réseau est revenu en ligne.", "fr"));
        var english = Assert.Single(EventTests.Mentions("The network came back online.", "en"));
        Assert.Equal(EventKind.Action, french.Kind);
        Assert.Equal(french.Label, english.Label);
    }

    [Theory]
    [InlineData("Le porte-parole d'Orbis a déclaré que la société contestait les accusations.", "fr")]
    [InlineData("Orbis a affirmé mardi qu'elle contestait les accusations.", "fr")]
    [InlineData("The spokesman said the company disputes the claims.", "en")]
    [InlineData("Orbis said on Tuesday that it disputes the claims.", "en")]
    public void Saying_something_is_a_quote_not_an_event(string text, string language)
    {
        Assert.Empty(EventTests.Mentions(text, language, "2021-05-06"));
    }

    [Theory]
    [InlineData("Dans une lettre envoyée mardi, Orbis a demandé au régulateur d'ouvrir une enquête.", "fr")]
    [InlineData("In a letter sent on Tuesday, Orbis asked the regulator to open an inquiry.", "en")]
    public void A_saying_that_is_a_dated_act_is_an_event(string text, string language)
    {
        var letter = Assert.Single(EventTests.Mentions(text, language, "2021-05-06"), m => m.Kind == EventKind.Publication);
        Assert.Equal("letter", letter.Label);
        Assert.Equal("2021-05-04", letter.Date?.Value?.Iso);
    }

    [Theory]
    [InlineData("En 2018, le studio a gagné 40 millions d'euros.", "fr")]
    [InlineData("In 2018, the studio earned $40 million in sales.", "en")]
    public void A_dated_figure_is_no_event_of_the_case(string text, string language)
    {
        var mention = Assert.Single(EventTests.Mentions(text, language, "2021-05-06"));
        Assert.Equal(EventKind.Other, mention.Kind);
        Assert.NotNull(mention.NonEvent);
    }
}
