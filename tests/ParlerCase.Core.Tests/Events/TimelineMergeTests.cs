using ParlerCase.Core.Dates;
using ParlerCase.Core.Comparison;
using ParlerCase.Core.Events;

namespace ParlerCase.Core.Tests.Events;

/// <summary>The clause rule and each rule that merges mentions into one row per story event, on texts written for them.</summary>
public class TimelineMergeTests
{
    private static IReadOnlyList<CaseEvent> Build(params (string Id, string Text, string Language, string Published)[] sources) =>
        CaseTimeline.Build(sources.Select(s => EventTests.Article(s.Id, s.Text, s.Language, s.Published)).ToList());

    [Theory]
    [InlineData("The motion will be heard May 4, the company said in a filing Tuesday.", "en")]
    [InlineData("L'audience se tiendra le 4 mai, a indiqué la société dans une requête déposée mardi.", "fr")]
    public void Each_clause_dates_its_own_event(string text, string language)
    {
        var mentions = EventTests.Mentions(text, language, "2021-04-29");
        Assert.Equal("2021-05-04", Assert.Single(mentions, m => m.Kind == EventKind.Hearing).Date?.Value?.Iso);
        Assert.Equal("2021-04-27", Assert.Single(mentions, m => m.Kind == EventKind.Motion).Date?.Value?.Iso);
    }

    [Theory]
    [InlineData("The judge held a hearing on Monday and set another hearing for May 4, 2021.", "en")]
    [InlineData("Le juge a tenu une audience lundi et fixé une autre audience au 4 mai 2021.", "fr")]
    public void A_sentence_with_two_events_of_one_kind_gives_two_mentions(string text, string language)
    {
        var hearings = EventTests.Mentions(text, language, "2021-04-29").Where(m => m.Kind == EventKind.Hearing).ToList();
        Assert.Equal(2, hearings.Count);
        Assert.Equal(new[] { "2021-04-26", "2021-05-04" }, hearings.Select(h => h.Date?.Value?.Iso).OrderBy(d => d));
    }

    [Theory]
    [InlineData("Commission d'enquête : la date limite est fixée au 15 mars, un jour après l'audience du 14 mars.", "fr")]
    [InlineData("Inquiry: the March 15 deadline comes a day after the March 14 hearing.", "en")]
    public void A_date_written_before_its_noun_dates_that_noun_only(string text, string language)
    {
        var mentions = EventTests.Mentions(text, language, "2021-03-01");
        Assert.Equal("2021-03-15", Assert.Single(mentions, m => m.Kind == EventKind.Deadline).Date?.Value?.Iso);
        Assert.Equal("2021-03-14", Assert.Single(mentions, m => m.Kind == EventKind.Hearing).Date?.Value?.Iso);
    }

    [Fact]
    public void Mentions_of_one_kind_with_the_same_parties_and_compatible_dates_are_one_row_whatever_the_language()
    {
        var events = Build(
            ("a", "Orbis filed a lawsuit against Vocal on Monday, May 10, 2021.", "en", "2021-05-11"),
            ("b", "Orbis a porté plainte contre Vocal en mai.", "fr", "2021-05-20"),
            ("c", "La société Orbis a poursuivi Vocal en justice lundi.", "fr", "2021-05-12"));
        var complaint = Assert.Single(events, e => e.Kind == EventKind.Complaint);
        Assert.Equal("2021-05-10", complaint.When?.Iso);
        Assert.Equal(new[] { "a", "b", "c" }, complaint.Sources.OrderBy(s => s));
        Assert.Null(complaint.Warning);
    }

    [Fact]
    public void An_undated_mention_joins_the_one_dated_event_of_its_kind_and_parties()
    {
        var events = Build(
            ("a", "On Friday, the judge denied the injunction Orbis had asked for.", "en", "2021-05-10"),
            ("b", "Orbis lost its bid: a judge denied the injunction.", "en", "2021-05-20"));
        var denial = Assert.Single(events, e => e.Kind == EventKind.Injunction);
        Assert.Equal("2021-05-07", denial.When?.Iso);
        Assert.Equal("case-event", Assert.Single(denial.Mentions, m => m.Mention.Source == "b").Rule);
    }

    [Fact]
    public void With_several_dated_events_an_undated_mention_joins_the_nearest_in_its_article_s_time()
    {
        var events = Build(
            ("a", "A first hearing took place on March 3, 2021. A second hearing was held on May 4, 2021.", "en", "2021-05-05"),
            ("b", "After the hearing, the lawyers of Orbis stayed confident.", "en", "2021-03-05"),
            ("c", "After the hearing, the lawyers of Orbis asked for more time.", "en", "2021-05-06"));
        var march = Assert.Single(events, e => e.Kind == EventKind.Hearing && e.When?.Iso == "2021-03-03");
        var may = Assert.Single(events, e => e.Kind == EventKind.Hearing && e.When?.Iso == "2021-05-04");
        Assert.Contains("b", march.Sources);
        Assert.Contains("c", may.Sources);
    }

    // The case's story: Orbis in every step, so that Nimbus Bank, named in two reports, tells the ruling apart.
    private const string OrbisSteps = "Orbis sued Vocal on March 1, 2021. Orbis filed a motion on April 2, 2021. "
        + "Orbis asked the court for a stay on May 3, 2021. Orbis testified on June 4, 2021. Orbis filed a complaint on July 5, 2021.";

    [Theory]
    [InlineData("Orbis lost when the judge ruled in September.", "en")]
    [InlineData("Orbis a perdu lorsque la juge a tranché en septembre.", "fr")]
    public void A_mention_dated_by_its_month_joins_the_one_event_of_its_kind_that_month(string text, string language)
    {
        var events = Build(
            ("d", OrbisSteps, "en", "2021-07-06"),
            ("a", "On Friday, September 10, 2021, Judge Ann Roe ruled against Orbis, siding with Nimbus Bank.", "en", "2021-09-11"),
            ("c", "Judge Ann Roe ruled for Nimbus Bank against Orbis on September 10, 2021.", "en", "2021-09-12"),
            ("b", text, language, "2021-09-20"));
        var ruling = Assert.Single(events, e => e.Kind == EventKind.Ruling);
        Assert.Equal("2021-09-10", ruling.When?.Iso);
        Assert.Contains("b", ruling.Sources);
    }

    [Fact]
    public void A_mention_dated_by_its_month_stays_apart_when_the_month_holds_two_events_of_its_kind()
    {
        var events = Build(
            ("d", OrbisSteps, "en", "2021-07-06"),
            ("a", "On Friday, September 10, 2021, Judge Ann Roe ruled against Orbis, siding with Nimbus Bank.", "en", "2021-09-11"),
            ("c", "Judge Ann Roe ruled for Nimbus Bank against Orbis on September 10, 2021. On September 24, 2021, Judge Ann Roe ruled again for Nimbus Bank.", "en", "2021-09-25"),
            ("b", "Orbis lost when the judge ruled in September.", "en", "2021-09-28"));
        Assert.Equal(2, events.Count(e => e.Kind == EventKind.Ruling && e.When?.Precision == DatePrecision.Day));
        Assert.DoesNotContain(events, e => e.Sources.Count > 1 && e.Sources.Contains("b"));
    }

    [Fact]
    public void Sources_that_date_one_step_a_day_apart_stay_one_row_with_a_warning_and_the_most_supported_date()
    {
        var events = Build(
            ("a", "Hosty suspended the Chatter network from its servers on Sunday night.", "en", "2021-01-12"),
            ("b", "Hosty a suspendu le réseau Chatter de ses serveurs dimanche soir.", "fr", "2021-01-12"),
            ("c", "Hosty suspended the Chatter network from its servers on Monday, January 11.", "en", "2021-01-13"));
        var suspension = Assert.Single(events, e => e.Kind == EventKind.Action && e.Label == "suspended");
        Assert.Equal("2021-01-10", suspension.When?.Iso);
        Assert.Equal(3, suspension.Sources.Count);
        Assert.Contains("date it differently", suspension.Warning);
        var other = Assert.Single(suspension.Mentions, m => m.Mention.Source == "c");
        Assert.True(other.Conflicts);
        Assert.Equal("2021-01-11", other.When?.Iso);
    }

    [Fact]
    public void A_date_announced_and_not_kept_stays_with_the_event_as_a_conflict()
    {
        var events = Build(
            ("a", "Le procès se tiendra en octobre 2022.", "fr", "2022-02-11"),
            ("b", "The trial opened on June 7, 2022 in Lyon.", "en", "2022-06-08"),
            ("c", "The trial began on Tuesday, June 7, 2022.", "en", "2022-06-09"));
        var trial = Assert.Single(events, e => e.Kind == EventKind.Trial);
        Assert.Equal("2022-06-07", trial.When?.Iso);
        Assert.Contains("a", trial.Sources);
        Assert.Contains("2022-10", trial.Warning);
    }

    [Fact]
    public void A_date_is_never_borrowed_from_another_kind_of_event()
    {
        var events = Build(
            ("a", "The judge set a deadline of March 15, 2021 for both sides.", "en", "2021-03-01"),
            ("b", "The judge later ruled against Orbis.", "en", "2021-04-01"));
        var ruling = Assert.Single(events, e => e.Kind == EventKind.Ruling);
        Assert.Null(ruling.When);
        Assert.All(ruling.Mentions, m => Assert.Null(m.When));
    }

    [Fact]
    public void Distinct_events_on_the_same_day_stay_apart()
    {
        var events = Build(
            ("a", "On Friday, Apple removed the Chatter app from its store. On Friday, the judge held a hearing.", "en", "2021-01-10"),
            ("b", "On Friday, Google removed the Chatter app from its store.", "en", "2021-01-10"));
        var removals = events.Where(e => e.Kind == EventKind.Action && e.Label == "removed").ToList();
        Assert.Equal(2, removals.Count);
        Assert.All(removals, r => Assert.Equal("2021-01-08", r.When?.Iso));
        Assert.Single(events, e => e.Kind == EventKind.Hearing && e.When?.Iso == "2021-01-08");
    }

    [Theory]
    [InlineData("Responding to Orbis's decision, the founder of Vocal vowed to fight on.", "en")]
    [InlineData("Répondant à la décision d'Orbis, le fondateur de Vocal a promis de se battre.", "fr")]
    public void A_party_s_decision_named_without_its_kind_is_that_party_s_act(string text, string language)
    {
        var events = Build(
            ("a", "On Friday, Orbis removed the Vocal app from its store. On Monday, Nimbus removed the Vocal app from its store.", "en", "2021-05-11"),
            ("b", text, language, "2021-05-12"));
        var removal = Assert.Single(events, e => e.Sources.Contains("b"));
        Assert.Equal("2021-05-07", removal.When?.Iso);
        Assert.Equal(EventKind.Action, Assert.Single(removal.Mentions, m => m.Mention.Source == "b").Mention.Kind);
    }

    [Theory]
    [InlineData("Commenting on Nimbus's decision, the founder of Vocal vowed to fight on.", "en")]
    [InlineData("Commentant la décision de Nimbus, le fondateur de Vocal a promis de se battre.", "fr")]
    public void The_decision_of_a_party_that_did_nothing_in_the_case_is_no_row(string text, string language)
    {
        var events = Build(
            ("a", "On Friday, Orbis removed the Vocal app from its store.", "en", "2021-05-11"),
            ("b", text, language, "2021-05-12"));
        Assert.DoesNotContain(events, e => e.Sources.Contains("b"));
    }

    [Theory]
    [InlineData("The decision by Judge Ann Roe on Monday surprised Orbis.", "en")]
    [InlineData("La décision du tribunal de Lyon, lundi, a surpris Orbis.", "fr")]
    public void A_court_s_decision_stays_a_ruling(string text, string language)
    {
        Assert.Contains(EventTests.Mentions(text, language, "2021-05-12"), m => m.Kind == EventKind.Ruling && !m.RefersToAct);
    }

    [Fact]
    public void Distinct_acts_of_two_parties_stay_apart_when_the_sentence_says_who_acted()
    {
        var events = Build(
            ("a", "Orbis a fait appel vendredi 8 octobre 2021 du jugement rendu contre Vocal.", "fr", "2021-10-09"),
            ("b", "Vocal, de son côté, avait fait appel de ce jugement.", "fr", "2021-10-10"));
        var appeals = events.Where(e => e.Kind == EventKind.Appeal).ToList();
        Assert.Equal(2, appeals.Count);
        Assert.Null(Assert.Single(appeals, a => a.Sources.Contains("b")).When);
    }

    [Fact]
    public void The_general_word_of_a_step_joins_the_step_it_names_on_its_date()
    {
        var events = Build(
            ("a", "On Tuesday, the judge denied Orbis's request for a stay.", "en", "2021-11-10"),
            ("b", "The judge ruled on Tuesday that Orbis must comply with the order.", "en", "2021-11-11"));
        var stay = Assert.Single(events, e => e.Kind is EventKind.Stay or EventKind.Ruling);
        Assert.Equal(EventKind.Stay, stay.Kind);
        Assert.Equal("2021-11-09", stay.When?.Iso);
        Assert.Equal(2, stay.Sources.Count);
    }

    [Fact]
    public void An_act_before_the_case_is_a_row_while_figures_and_unnamed_happenings_long_before_are_background()
    {
        var events = Build(
            ("a", "Orbis a été fondé en 2010. En 2019, Orbis a réalisé 3 millions d'euros de chiffre d'affaires. Le 4 mars 2021, Orbis a porté plainte contre Vocal.", "fr", "2021-03-05"),
            ("b", "On May 3, 2015, Orbis employees marched outside the head office. Orbis sued Vocal on March 4, 2021.", "en", "2021-03-06"));
        Assert.Null(Assert.Single(events, e => e.Kind == EventKind.Complaint).Background);
        Assert.Null(Assert.Single(events, e => e.Label == "founded").Background);
        Assert.Contains("figure", Assert.Single(events, e => e.When?.Iso == "2019").Background);
        Assert.Contains("before the case", Assert.Single(events, e => e.When?.Iso == "2015-05-03").Background);
    }

    [Fact]
    public void A_happening_of_no_named_kind_announced_for_a_date_does_not_take_a_later_one_from_another_source()
    {
        var events = Build(
            ("a", "Le 15 septembre, Orbis devra fournir une réponse écrite.", "fr", "2020-09-09"),
            ("b", "In September, the board of Vocal met in Denver.", "en", "2021-10-02"));
        Assert.Contains(events, e => e.When?.Iso == "2020-09-15");
        Assert.Contains(events, e => e.When?.Iso == "2021-09");
    }

    [Fact]
    public void A_deadline_announced_in_one_source_is_not_a_later_deadline_of_another()
    {
        var events = Build(
            ("a", "Each side may file expert reports, and the deadline for exchanging them is April 19.", "en", "2021-03-26"),
            ("b", "On Wednesday, an appeals court halted the Dec. 9 deadline the judge had set for Orbis.", "en", "2021-12-09"));
        Assert.Contains(events, e => e.Kind == EventKind.Deadline && e.When?.Iso == "2021-04-19");
        Assert.Contains(events, e => e.Kind == EventKind.Deadline && e.When?.Iso == "2021-12-09");
    }

    [Fact]
    public void Compare_Source_shows_one_fact_per_story_event_and_a_date_conflict_as_conflict()
    {
        var articles = new[]
        {
            EventTests.Article("a", "Hosty suspended the Chatter network from its servers on Sunday night.", "en", "2021-01-12"),
            EventTests.Article("b", "Hosty a suspendu le réseau Chatter de ses serveurs dimanche soir.", "fr", "2021-01-12"),
            EventTests.Article("c", "Hosty suspended the Chatter network from its servers on Monday, January 11.", "en", "2021-01-13"),
        };
        var facts = EventFacts.Facts(CaseTimeline.Build(articles)).ToList();
        var fact = Assert.Single(facts);
        Assert.Equal(FactStatus.Conflict, fact.Status);
        Assert.Equal(3, fact.Sources.Count);
        Assert.Contains("Action (suspended)", fact.Topic);
    }
}
