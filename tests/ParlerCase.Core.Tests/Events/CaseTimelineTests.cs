using ParlerCase.Core.Events;

namespace ParlerCase.Core.Tests.Events;

public class CaseTimelineTests
{
    private static IReadOnlyList<CaseEvent> Build(params (string Id, string Text, string Language, string Published)[] sources) =>
        CaseTimeline.Build(sources.Select(s => EventTests.Article(s.Id, s.Text, s.Language, s.Published)).ToList());

    [Fact]
    public void An_event_in_the_last_month_of_the_calendar_is_merged_and_kept()
    {
        // Its months were counted by adding one to December 9999, and the days around it ran past the calendar's end.
        var events = Build(
            ("a", "Le 31 décembre 9999, Orbis a retiré l'application Chatter de son magasin.", "fr", "9999-12-31"),
            ("b", "Orbis a retiré l'application Chatter de son magasin le 30 décembre 9999.", "fr", "9999-12-31"),
            ("c", "Le 2 janvier 1, Orbis a déposé une plainte contre Vocal.", "fr", "0001-01-01"));
        var removal = Assert.Single(events, e => e.Label == "removed");
        Assert.Equal(new[] { "a", "b" }, removal.Sources);
        Assert.Contains(events, e => e.Sources.Contains("c"));
    }

    [Fact]
    public void An_event_dated_in_one_source_dates_its_undated_mention_in_another()
    {
        var events = Build(
            ("a", "Samedi, Apple a retiré l'application Chatter de son magasin.", "fr", "2021-01-10"),
            ("b", "Apple a retiré l'application Chatter de son magasin, privant ses utilisateurs de mises à jour.", "fr", "2021-01-15"),
            ("c", "Selon la presse, Google a retiré l'application Chatter de son magasin.", "fr", "2021-01-15"));
        var apple = Assert.Single(events, e => e.Kind == EventKind.Action && e.Label == "removed" && e.Actors.Contains("Apple"));
        Assert.Equal("2021-01-09", apple.When?.Iso);
        Assert.Equal(new[] { "a", "b" }, apple.Sources);
        var undated = Assert.Single(apple.Mentions, m => m.Mention.Source == "b");
        Assert.Equal("case-event", undated.Rule);
        Assert.Equal("2021-01-09", undated.When?.Iso);

        // Google's removal shares only the protagonist with Apple's: a separate event, still undated.
        var google = Assert.Single(events, e => e.Actors.Contains("Google"));
        Assert.Null(google.When);
    }

    [Fact]
    public void Coordinated_actors_of_a_removal_are_separate_events_and_an_interval_is_narrowed_by_the_others()
    {
        var events = Build(
            ("a", "Samedi, Apple a retiré l'application Chatter de son magasin.", "fr", "2021-01-10"),
            ("b", "Chatter a vu son application retirée des magasins d'Apple et de Google entre vendredi et samedi dernier.", "fr", "2021-01-12"));
        var apple = Assert.Single(events, e => e.Actors.Contains("Apple"));
        var google = Assert.Single(events, e => e.Actors.Contains("Google"));
        Assert.Equal("2021-01-09", apple.When?.Iso);
        var narrowed = Assert.Single(apple.Mentions, m => m.Mention.Source == "b");
        Assert.Equal("2021-01-09", narrowed.When?.Iso);
        Assert.Contains("narrowed", narrowed.Warning);
        Assert.Equal("2021-01-08/2021-01-09", google.When?.Iso);
    }

    [Fact]
    public void An_undated_mention_does_not_join_an_event_after_its_source_was_published()
    {
        var events = Build(
            ("a", "Le réseau Chatter a porté plainte contre Hosty devant un tribunal fédéral le 11 janvier.", "fr", "2021-01-12"),
            ("b", "Le réseau Chatter a déposé une nouvelle plainte contre Hosty devant un tribunal de l'État le 2 mars.", "fr", "2021-03-03"),
            ("c", "Le réseau Chatter a porté plainte contre Hosty, réclamant des dommages.", "fr", "2021-01-20"));
        var early = Assert.Single(events, e => e.When?.Iso == "2021-01-11");
        Assert.Contains("c", early.Sources);
        Assert.DoesNotContain("c", Assert.Single(events, e => e.When?.Iso == "2021-03-02").Sources);
    }

    [Fact]
    public void A_weekday_mismatch_keeps_the_reading_the_other_mentions_support()
    {
        var events = Build(
            ("a", "Hosty a suspendu le service de Chatter dimanche soir, a indiqué l'hébergeur.", "fr", "2021-01-12"),
            ("b", "Au lendemain de la suspension de son service par Hosty, Chatter a porté plainte contre l'hébergeur.\n\nChatter a porté plainte lundi 12 janvier, selon la presse.", "fr", "2021-01-13"));
        var lawsuit = Assert.Single(events, e => e.Kind == EventKind.Complaint);
        Assert.Equal("2021-01-11", lawsuit.When?.Iso);
        var mismatch = Assert.Single(lawsuit.Mentions, m => m.Mention.Date?.Text == "lundi 12 janvier");
        Assert.Equal("2021-01-11", mismatch.When?.Iso);
        Assert.Contains("weekday", mismatch.Warning);
        Assert.Contains(lawsuit.Mentions, m => m.Rule == "relative-day-from-event" && m.When?.Iso == "2021-01-11");
    }

    [Fact]
    public void English_sources_merge_the_same_way()
    {
        var events = Build(
            ("a", "On Sunday night, Hosty suspended Chatter from its servers.", "en", "2021-01-12"),
            ("b", "Hosty suspended Chatter after the riot, the company said.", "en", "2021-01-14"));
        var suspension = Assert.Single(events, e => e.Kind == EventKind.Action && e.Label == "suspended");
        Assert.Equal("2021-01-10", suspension.When?.Iso);
        Assert.Equal(2, suspension.SourceCount());
    }

    [Fact]
    public void A_name_only_one_of_several_mentions_gives_is_no_actor_of_the_event()
    {
        var events = Build(
            ("a", "Dimanche soir, la société Hosty a suspendu le réseau Chatter de ses serveurs.", "fr", "2021-01-12"),
            ("b", "La société Hosty a suspendu le réseau Chatter de ses serveurs à Seattle.", "fr", "2021-01-13"),
            ("c", "La société Hosty a suspendu le réseau Chatter de ses serveurs, privant ses membres d'accès.", "fr", "2021-01-14"));
        var suspension = Assert.Single(events, e => e.Kind == EventKind.Action);
        Assert.Equal(3, suspension.Mentions.Count);
        Assert.Equal(new[] { "Hosty", "Chatter" }, suspension.Actors);
    }

    [Fact]
    public void Case_events_come_in_date_order_with_undated_ones_last()
    {
        var events = Build(
            ("a", "Chatter a été lancé en 2018. Le 6 janvier 2021, des émeutes ont éclaté. Hosty a suspendu Chatter, sans date connue.", "fr", "2021-01-12"));
        var dated = events.Where(e => e.When != null).Select(e => e.When!.Value.Start.Date).ToList();
        Assert.Equal(dated.OrderBy(d => d), dated);
        Assert.Null(events.Last().When);
    }
}

internal static class CaseEventExtensions
{
    public static int SourceCount(this CaseEvent e) => e.Sources.Count;
}
