using ParlerCase.Core.Dates;
using ParlerCase.Core.Documents;
using ParlerCase.Core.Temporal;

namespace ParlerCase.Core.Tests.Temporal;

/// <summary>The expressions Get-CaseDate writes: TimeML extents, types and TIMEX3 values, in French and English.</summary>
public class TimexTests
{
    private static IReadOnlyList<TemporalExpression> Tag(string text, string language, string? anchor)
    {
        PartialDate? date = anchor != null && PartialDate.TryParseIso(anchor, out var d) ? d : null;
        return TemporalTagger.Tag(Document.FromText(text, language), date);
    }

    private static TemporalExpression One(string text, string language, string? anchor, string written)
    {
        var found = Tag(text, language, anchor);
        Assert.True(found.Count(e => e.Text == written) == 1, "found: " + string.Join(" | ", found.Select(e => e.Text + " = " + e.Timex)));
        return found.Single(e => e.Text == written);
    }

    [Theory]
    [InlineData("Le conducteur a été interpellé mardi vers 21 h 45 à la sortie du village.", "fr", "mardi", "vers 21 h 45", "2021-03-09T21:45")]
    [InlineData("The driver was stopped on Tuesday at 9:45 p.m. near the bridge.", "en", "Tuesday", "9:45 p.m.", "2021-03-09T21:45")]
    [InlineData("Le concert aura lieu samedi 13 mars, à 18 h 30, sur la place.", "fr", "samedi 13 mars", "18 h 30", "2021-03-13T18:30")]
    public void A_day_and_its_time_are_two_expressions_the_time_taking_the_day(string text, string language, string day, string time, string value)
    {
        var found = Tag(text, language, "2021-03-12");
        Assert.Equal(TimexType.Date, Assert.Single(found, e => e.Text == day).Type);
        var clock = Assert.Single(found, e => e.Text == time);
        Assert.Equal(TimexType.Time, clock.Type);
        Assert.Equal(value, clock.Timex);
    }

    [Fact]
    public void A_time_without_a_day_takes_the_day_the_text_last_named()
    {
        var found = Tag("Programme : samedi 4 juin, à 18 h 30, concert sur le port. 21 h : feu d'artifice.", "fr", "2022-06-01");
        Assert.True(found.Count(e => e.Text == "21 h") == 1, "found: " + string.Join(" | ", found.Select(e => e.Text + " = " + e.Timex)));
        Assert.Equal("2022-06-04T21:00", Assert.Single(found, e => e.Text == "21 h").Timex);
        Assert.Equal("previous", Assert.Single(found, e => e.Text == "21 h").AnchorSource);
    }

    [Theory]
    [InlineData("Le maire a pris la parole hier matin devant le conseil.", "fr", "hier matin", "2021-03-11TMO")]
    [InlineData("The mayor spoke yesterday morning before the council.", "en", "yesterday morning", "2021-03-11TMO")]
    [InlineData("Le débat sera diffusé ce soir sur la chaîne locale.", "fr", "ce soir", "2021-03-12TEV")]
    [InlineData("The debate will air this evening on local television.", "en", "this evening", "2021-03-12TEV")]
    [InlineData("La police a patrouillé dans le quartier dimanche soir.", "fr", "dimanche soir", "2021-03-07TEV")]
    public void Parts_of_day_are_times_of_their_day(string text, string language, string written, string value)
    {
        var e = One(text, language, "2021-03-12", written);
        Assert.Equal(TimexType.Time, e.Type);
        Assert.Equal(value, e.Timex);
    }

    [Theory]
    [InlineData("Les travaux dureront six mois selon la mairie.", "fr", "six mois", "P6M", null)]
    [InlineData("Le vainqueur a devancé son rival de 12,5 secondes.", "fr", "12,5 secondes", "PT12.5S", null)]
    [InlineData("La réunion a duré environ deux heures.", "fr", "environ deux heures", "PT2H", "APPROX")]
    [InlineData("Le chantier a pris dix-huit mois de retard.", "fr", "dix-huit mois", "P18M", null)]
    [InlineData("Ces derniers jours, la tension est montée.", "fr", "Ces derniers jours", "PXD", null)]
    [InlineData("Elle travaille ici depuis plusieurs années.", "fr", "plusieurs années", "PXY", null)]
    [InlineData("Le trajet prend une heure et demie en train.", "fr", "une heure et demie", "PT1H30M", null)]
    [InlineData("L'association occupe le local depuis un quart de siècle.", "fr", "un quart de siècle", "P25Y", null)]
    [InlineData("The works will last two weeks, the council said.", "en", "two weeks", "P2W", null)]
    [InlineData("The strike lasted more than three months.", "en", "more than three months", "P3M", "MORE_THAN")]
    [InlineData("She has lived there for twenty-five years.", "en", "twenty-five years", "P25Y", null)]
    public void Durations_have_their_period(string text, string language, string written, string value, string? mod)
    {
        var e = One(text, language, "2021-03-12", written);
        Assert.Equal(TimexType.Duration, e.Type);
        Assert.Equal(value, e.Timex);
        Assert.Equal(mod, e.Mod);
    }

    [Theory]
    [InlineData("Un homme âgé de 42 ans a été blessé.", "fr")]
    [InlineData("Un chauffeur de car de 51 ans a été entendu.", "fr")]
    [InlineData("Une Lorraine de 7 ans a été retrouvée saine et sauve.", "fr")]
    [InlineData("Le témoin, 35 ans, a confirmé les faits.", "fr")]
    [InlineData("The 42-year-old driver was injured.", "en")]
    [InlineData("The driver, who is 42 years old, was injured.", "en")]
    public void An_age_is_not_a_duration(string text, string language)
    {
        Assert.DoesNotContain(Tag(text, language, "2021-03-12"), e => e.Type == TimexType.Duration);
    }

    [Theory]
    [InlineData("Le marché se tient chaque lundi sur la place.", "fr", "chaque lundi", "XXXX-WXX-1")]
    [InlineData("Les permanences ont lieu tous les jeudis.", "fr", "tous les jeudis", "XXXX-WXX-4")]
    [InlineData("Des milliers de touristes visitent le site chaque année.", "fr", "chaque année", "P1Y")]
    [InlineData("La bibliothèque ouvrira en août, uniquement le mercredi.", "fr", "le mercredi", "XXXX-WXX-3")]
    [InlineData("Le dîner annuel du club aura lieu en mai.", "fr", "annuel", "P1Y")]
    [InlineData("The committee meets every month at the town hall.", "en", "every month", "P1M")]
    [InlineData("The mayor holds a weekly briefing.", "en", "weekly", "P1W")]
    public void Repetitions_are_sets(string text, string language, string written, string value)
    {
        var e = One(text, language, "2021-03-12", written);
        Assert.Equal(TimexType.Set, e.Type);
        Assert.Equal(value, e.Timex);
    }

    [Fact]
    public void A_newspaper_named_by_its_rhythm_is_no_set()
    {
        Assert.DoesNotContain(Tag("Le quotidien régional a publié l'enquête.", "fr", "2021-03-12"), e => e.Type == TimexType.Set);
    }

    [Theory]
    [InlineData("Le site est désormais fermé au public.", "fr", "désormais", "PRESENT_REF")]
    [InlineData("Aujourd'hui, la ville a changé de visage.", "fr", "Aujourd'hui", "PRESENT_REF")]
    [InlineData("Le ministre se rend aujourd'hui dans la région.", "fr", "aujourd'hui", "2021-03-12")]
    [InlineData("The site is currently closed to visitors.", "en", "currently", "PRESENT_REF")]
    [InlineData("The company recently moved its offices.", "en", "recently", "PAST_REF")]
    public void General_references_to_the_present_or_past(string text, string language, string written, string value)
    {
        Assert.Equal(value, One(text, language, "2021-03-12", written).Timex);
    }

    [Theory]
    [InlineData("La société a été fondée en 2018 à Lyon.", "fr", "2018", "2018")]
    [InlineData("The firm was founded in 2010 in Leeds.", "en", "2010", "2010")]
    [InlineData("Le projet sera lancé dès l'année 2024.", "fr", "l'année 2024", "2024")]
    [InlineData("Il est né le 3 mars 1975 à Metz.", "fr", "le 3 mars 1975", "1975-03-03")]
    [InlineData("Les faits remontent au 27 mai 1998.", "fr", "27 mai 1998", "1998-05-27")]
    [InlineData("Le parlement a été élu le 6 mai dernier.", "fr", "le 6 mai dernier", "2020-05-06")]
    [InlineData("Le vote aura lieu les 4 et 11 mai prochains.", "fr", "11 mai prochains", "2021-05-11")]
    [InlineData("Le vote aura lieu les 4 et 11 mai prochains.", "fr", "les 4", "2021-05-04")]
    [InlineData("L'accident qui, le 10 novembre 93, avait fait six morts.", "fr", "le 10 novembre 93", "1993-11-10")]
    [InlineData("Le nouveau rythme scolaire est appliqué depuis octobre 98.", "fr", "octobre 98", "1998-10")]
    [InlineData("La convention sera signée en juin prochain.", "fr", "juin prochain", "2021-06")]
    [InlineData("Sales were strong last May, the report said.", "en", "last May", "2020-05")]
    public void Extents_and_values_as_TimeML_draws_them(string text, string language, string written, string value)
    {
        Assert.Equal(value, One(text, language, "2021-03-12", written).Timex);
    }

    [Fact]
    public void A_count_of_euros_is_no_year()
    {
        Assert.DoesNotContain(Tag("Le club a reçu 2000 euros de subvention.", "fr", "2021-03-12"), e => e.Timex == "2000");
    }

    [Theory]
    [InlineData("La bibliothèque sera fermée en juillet.", "fr", "juillet", "2021-07")]
    [InlineData("Le magasin a fermé en novembre.", "fr", "novembre", "2020-11")]
    [InlineData("The library will close in July for repairs.", "en", "July", "2021-07")]
    [InlineData("The shop closed in November after the fire.", "en", "November", "2020-11")]
    public void A_bare_month_takes_its_year_from_the_tense(string text, string language, string written, string value)
    {
        Assert.Equal(value, One(text, language, "2021-03-12", written).Timex);
    }

    [Theory]
    [InlineData("Le festival revient au printemps 2019.", "fr", "printemps 2019", "2019-SP")]
    [InlineData("Les fouilles ont repris l'été dernier.", "fr", "l'été dernier", "2020-SU")]
    [InlineData("Le club a connu son âge d'or dans les années 70.", "fr", "les années 70", "197X")]
    [InlineData("The club had its best years in the 1990s.", "en", "the 1990s", "199X")]
    [InlineData("L'église date du XIXe siècle.", "fr", "XIXe siècle", "18")]
    [InlineData("The church dates from the 19th century.", "en", "the 19th century", "18")]
    [InlineData("Le journal a publié la liste cette semaine.", "fr", "cette semaine", "2021-W10")]
    [InlineData("The paper published the list this week.", "en", "this week", "2021-W10")]
    public void Seasons_decades_centuries_and_weeks(string text, string language, string written, string value)
    {
        Assert.Equal(value, One(text, language, "2021-03-12", written).Timex);
    }

    [Fact]
    public void A_season_inside_a_name_is_no_date()
    {
        Assert.DoesNotContain(Tag("La délégation est arrivée pour les Jeux d'hiver de Bergheim.", "fr", "2021-03-12"), e => e.Rule == "season");
    }

    [Fact]
    public void A_past_weekend_is_the_one_before_the_anchor()
    {
        Assert.Equal("2021-W10-WE", One("Les coureurs se sont rendus dans les Alpes ce week-end.", "fr", "2021-03-16", "ce week-end").Timex);
    }

    [Fact]
    public void A_quarter_of_an_hour_and_the_offset_of_French_TimeBank_are_durations()
    {
        var found = Tag("Le site a été inauguré il y a quelques mois.", "fr", "2021-03-12");
        Assert.True(found.Count == 1, "found: " + string.Join(" | ", found.Select(e => e.Text + " = " + e.Timex)));
        var span = found[0];
        Assert.Equal("quelques mois", span.Text);
        Assert.Equal("PXM", span.Timex);
        Assert.Equal("PT15M", One("Le train a été retardé d'un quart d'heure.", "fr", "2021-03-12", "un quart d'heure").Timex);
    }

    [Fact]
    public void English_ago_is_a_date_at_the_granularity_of_its_unit()
    {
        var e = One("The plant closed three years ago.", "en", "2021-03-12", "three years ago");
        Assert.Equal(TimexType.Date, e.Type);
        Assert.Equal("2018", e.Timex);
    }
}
