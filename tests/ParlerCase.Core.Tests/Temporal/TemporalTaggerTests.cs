using ParlerCase.Core.Dates;
using ParlerCase.Core.Documents;
using ParlerCase.Core.Temporal;

namespace ParlerCase.Core.Tests.Temporal;

public class TemporalTaggerTests
{
    private static IReadOnlyList<TemporalExpression> Find(string text, string language, string? anchor)
    {
        PartialDate? date = anchor != null && PartialDate.TryParseIso(anchor, out var d) ? d : null;
        return TemporalTagger.Find(Document.FromText(text, language), date);
    }

    private static TemporalExpression One(string text, string language, string? anchor, string written)
    {
        var found = Find(text, language, anchor);
        return Assert.Single(found, e => e.Text == written);
    }

    [Theory]
    [InlineData("L'audience s'est tenue le 1er mars 2021 à Seattle.", "fr", "1er mars 2021", "2021-03-01", "day-month-year")]
    [InlineData("Les émeutes du 6 janvier 2021 ont choqué le pays.", "fr", "6 janvier 2021", "2021-01-06", "day-month-year")]
    [InlineData("Le jugement est daté du 2021-01-06.", "fr", "2021-01-06", "2021-01-06", "iso-date")]
    [InlineData("Le courrier porte la date du 06/01/2021.", "fr", "06/01/2021", "2021-01-06", "numeric-date-dmy")]
    [InlineData("The letter is dated 01/06/2021.", "en", "01/06/2021", "2021-01-06", "numeric-date-mdy")]
    [InlineData("The riot took place on January 6, 2021, in Washington.", "en", "January 6, 2021", "2021-01-06", "day-month-year")]
    [InlineData("Protesters gathered on 6 January 2021 outside the building.", "en", "6 January 2021", "2021-01-06", "day-month-year")]
    public void Full_dates_in_each_language_form(string text, string language, string written, string expected, string rule)
    {
        var e = One(text, language, "2021-03-10", written);
        Assert.Equal(expected, e.Value?.Iso);
        Assert.Equal(rule, e.Rule);
    }

    [Theory]
    [InlineData("Le tribunal a statué le 6 janvier.", "fr", "2021-03-03", "6 janvier", "2021-01-06")]
    [InlineData("Le juge a tranché le 20 décembre.", "fr", "2021-01-10", "20 décembre", "2020-12-20")]
    [InlineData("L'audience aura lieu le 5 janvier.", "fr", "2020-12-20", "5 janvier", "2021-01-05")]
    [InlineData("The company was warned on Jan. 8 about the posts.", "en", "2021-01-12", "Jan. 8", "2021-01-08")]
    [InlineData("The hearing will be held on January 5.", "en", "2020-12-20", "January 5", "2021-01-05")]
    public void Day_and_month_take_the_year_from_the_anchor_and_the_tense(string text, string language, string anchor, string written, string expected)
    {
        var e = One(text, language, anchor, written);
        Assert.Equal(expected, e.Value?.Iso);
        Assert.Equal("day-month", e.Rule);
    }

    [Theory]
    [InlineData("La plainte a été déposée lundi 12 janvier, selon la presse.", "fr", "lundi 12 janvier")]
    [InlineData("The complaint was filed on Monday, January 12, according to reports.", "en", "Monday, January 12")]
    public void A_weekday_that_contradicts_its_date_is_reported_with_the_reading_kept(string text, string language, string written)
    {
        var e = One(text, language, "2021-01-13", written);
        Assert.Equal("2021-01-12", e.Value?.Iso);
        Assert.Equal("2021-01-11", e.Alternative?.Iso);
        Assert.Contains("weekday mismatch", e.Warning);
        Assert.Contains("kept the day number", e.Warning);
    }

    [Fact]
    public void A_weekday_that_agrees_with_its_date_raises_no_warning()
    {
        var e = One("Le procès s'est ouvert mardi 12 janvier.", "fr", "2021-01-13", "mardi 12 janvier");
        Assert.Equal("2021-01-12", e.Value?.Iso);
        Assert.Null(e.Warning);
        Assert.Null(e.Alternative);
    }

    [Theory]
    [InlineData("Samedi, la société a fermé son site.", "fr", "2021-01-10", "Samedi", "2021-01-09", Tense.Past)]
    [InlineData("La société fermera son site samedi.", "fr", "2021-01-10", "samedi", "2021-01-16", Tense.Future)]
    [InlineData("Si rien ne change d'ici dimanche soir, le site sera fermé.", "fr", "2021-01-08", "dimanche soir", "2021-01-10", Tense.Future)]
    [InlineData("Le groupe avait suspendu le compte jeudi.", "fr", "2021-01-10", "jeudi", "2021-01-07", Tense.Past)]
    [InlineData("The company closed the site on Saturday.", "en", "2021-01-10", "Saturday", "2021-01-09", Tense.Past)]
    [InlineData("The company will shut the site on Saturday.", "en", "2021-01-10", "Saturday", "2021-01-16", Tense.Future)]
    [InlineData("The network must find a new host by Sunday night.", "en", "2021-01-08", "Sunday night", "2021-01-10", Tense.Future)]
    public void Tense_decides_past_or_future_for_a_bare_weekday(string text, string language, string anchor, string written, string expected, Tense tense)
    {
        var e = One(text, language, anchor, written);
        Assert.Equal(expected, e.Value?.Iso);
        Assert.Equal(tense, e.Tense);
    }

    [Theory]
    [InlineData("Le magasin a rouvert vendredi dernier.", "fr", "vendredi dernier", "2021-01-08", "weekday-last")]
    [InlineData("Le vote aura lieu lundi prochain.", "fr", "lundi prochain", "2021-01-18", "weekday-next")]
    [InlineData("The store reopened last Friday.", "en", "last Friday", "2021-01-08", "weekday-last")]
    [InlineData("The vote is scheduled for next Monday.", "en", "next Monday", "2021-01-18", "weekday-next")]
    public void Dernier_and_prochain_place_a_weekday_strictly_before_or_after(string text, string language, string written, string expected, string rule)
    {
        var e = One(text, language, "2021-01-15", written);
        Assert.Equal(expected, e.Value?.Iso);
        Assert.Equal(rule, e.Rule);
    }

    [Fact]
    public void A_weekday_without_tense_cue_takes_the_nearest_day_and_says_so()
    {
        var e = One("Réunion du conseil jeudi.", "fr", "2021-01-12", "jeudi");
        Assert.Equal("2021-01-14", e.Value?.Iso);
        Assert.Equal("weekday-nearest", e.Rule);
        Assert.NotNull(e.Warning);
    }

    [Fact]
    public void A_French_weekday_after_an_article_is_a_habit_unless_a_time_makes_it_one_day()
    {
        var habit = One("Le magasin ferme le dimanche.", "fr", "2021-01-12", "dimanche");
        Assert.Null(habit.Value);
        Assert.Equal("weekday-habitual", habit.Rule);
        var once = Assert.Single(Find("Le site sera coupé le dimanche à minuit.", "fr", "2021-01-08"));
        Assert.Equal("2021-01-10", once.Value?.Iso);
    }

    [Fact]
    public void A_weekday_without_a_publication_date_is_left_unresolved()
    {
        var e = One("Samedi, la société a fermé son site.", "fr", null, "Samedi");
        Assert.Null(e.Value);
        Assert.NotNull(e.Warning);
    }

    [Theory]
    [InlineData("Les deux boutiques ont retiré l'application entre vendredi et samedi dernier.", "fr", "entre vendredi et samedi dernier")]
    [InlineData("Both stores removed the app between Friday and Saturday.", "en", "between Friday and Saturday")]
    public void A_range_of_weekdays_is_an_interval(string text, string language, string written)
    {
        var e = One(text, language, "2021-01-12", written);
        Assert.Equal("2021-01-08/2021-01-09", e.Value?.Iso);
        Assert.True(e.Value!.Value.IsInterval);
    }

    [Theory]
    [InlineData("Le réseau a été coupé hier.", "fr", "hier", "2021-01-11")]
    [InlineData("Le réseau reviendra demain.", "fr", "demain", "2021-01-13")]
    [InlineData("Le site est toujours hors ligne aujourd'hui.", "fr", "aujourd'hui", "2021-01-12")]
    [InlineData("The network went dark yesterday.", "en", "yesterday", "2021-01-11")]
    [InlineData("The network will return tomorrow.", "en", "tomorrow", "2021-01-13")]
    [InlineData("Le site a fermé ce matin.", "fr", "ce matin", "2021-01-12")]
    [InlineData("The site closed this morning.", "en", "this morning", "2021-01-12")]
    public void Relative_days_count_from_the_anchor(string text, string language, string written, string expected)
    {
        Assert.Equal(expected, One(text, language, "2021-01-12", written).Value?.Iso);
    }

    [Theory]
    [InlineData("La plainte a été déposée le 11 janvier. Le lendemain, le juge a fixé une audience.", "fr", "Le lendemain", "2021-01-12")]
    [InlineData("La plainte a été déposée le 11 janvier. La veille, le site avait été coupé.", "fr", "La veille", "2021-01-10")]
    [InlineData("The complaint was filed on January 11. The next day, a judge set a hearing.", "en", "The next day", "2021-01-12")]
    [InlineData("La plainte a été déposée le 11 janvier. Le jour précédent, le site avait fermé.", "fr", "Le jour précédent", "2021-01-10")]
    [InlineData("The complaint was filed on January 11. The previous day, the site had closed.", "en", "The previous day", "2021-01-10")]
    public void Relative_days_of_the_narrative_count_from_the_previous_date(string text, string language, string written, string expected)
    {
        var e = One(text, language, "2021-01-20", written);
        Assert.Equal(expected, e.Value?.Iso);
        Assert.Equal("previous", e.AnchorSource);
        Assert.Equal("2021-01-11", e.Anchor?.Iso);
    }

    [Theory]
    [InlineData("Le site est revenu en ligne le mois dernier.", "fr", "le mois dernier", "2021-02")]
    [InlineData("L'entreprise a été fondée l'an dernier.", "fr", "l'an dernier", "2020")]
    [InlineData("Un nouveau procès sera intenté le mois prochain.", "fr", "le mois prochain", "2021-04")]
    [InlineData("The site came back online last month.", "en", "last month", "2021-02")]
    [InlineData("The company plans to relaunch next year.", "en", "next year", "2022")]
    public void Relative_months_and_years(string text, string language, string written, string expected)
    {
        Assert.Equal(expected, One(text, language, "2021-03-03", written).Value?.Iso);
    }

    [Theory]
    [InlineData("Le juge a rejeté la demande en janvier.", "fr", "en janvier", "2021-01", "month")]
    [InlineData("Le juge a rejeté la demande plus tard en janvier.", "fr", "plus tard en janvier", "2021-01", "month-later")]
    [InlineData("Le site avait rouvert début février.", "fr", "début février", "2021-02", "month-early")]
    [InlineData("Une audience aura lieu mi-mars.", "fr", "mi-mars", "2021-03", "month-mid")]
    [InlineData("La société a été lancée en 2018.", "fr", "en 2018", "2018", "year")]
    [InlineData("Les ventes ont chuté fin 2020.", "fr", "fin 2020", "2020", "year-late")]
    [InlineData("The judge denied the request in late January.", "en", "late January", "2021-01", "month-late")]
    [InlineData("The company was founded in 2018.", "en", "in 2018", "2018", "year")]
    [InlineData("Sales fell in January 2020.", "en", "in January 2020", "2020-01", "month-year")]
    public void Months_and_years_with_a_modifier(string text, string language, string written, string expected, string rule)
    {
        var e = One(text, language, "2021-03-03", written);
        Assert.Equal(expected, e.Value?.Iso);
        Assert.Equal(rule, e.Rule);
    }

    [Fact]
    public void A_month_in_the_future_tense_is_the_next_such_month()
    {
        Assert.Equal("2022-01", One("Le procès s'ouvrira en janvier.", "fr", "2021-03-03", "en janvier").Value?.Iso);
    }

    [Theory]
    [InlineData("Le juge a statué en janvier. Un mois plus tard, le site a rouvert.", "fr", "Un mois plus tard", "2021-02")]
    [InlineData("La plainte a été déposée le 11 janvier. Trois jours plus tard, le juge a répondu.", "fr", "Trois jours plus tard", "2021-01-14")]
    [InlineData("The complaint was filed on January 11. Two days later, the judge replied.", "en", "Two days later", "2021-01-13")]
    [InlineData("The judge ruled in January. A month later, the site returned.", "en", "A month later", "2021-02")]
    [InlineData("La plainte a été déposée le 11 janvier. Trois jours après, le juge a répondu.", "fr", "Trois jours après", "2021-01-14")]
    [InlineData("The complaint was filed on January 11. Three days after, the judge replied.", "en", "Three days after", "2021-01-14")]
    public void Offsets_count_from_the_previous_date_at_its_precision(string text, string language, string written, string expected)
    {
        var e = One(text, language, "2021-03-03", written);
        Assert.Equal(expected, e.Value?.Iso);
        Assert.Equal("offset-from-previous", e.Rule);
    }

    [Theory]
    [InlineData("Le site a été coupé il y a deux jours.", "fr", "il y a deux jours", "2021-01-10")]
    [InlineData("The site was cut off three days ago.", "en", "three days ago", "2021-01-09")]
    public void Ago_counts_back_from_the_anchor(string text, string language, string written, string expected)
    {
        Assert.Equal(expected, One(text, language, "2021-01-12", written).Value?.Iso);
    }

    [Fact]
    public void An_unknown_count_leaves_the_offset_unresolved()
    {
        var e = One("Le site a fermé le 10 janvier. Quelques jours plus tard, il a rouvert.", "fr", "2021-01-20", "Quelques jours plus tard");
        Assert.Null(e.Value);
        Assert.NotNull(e.Warning);
    }

    [Theory]
    [InlineData("Au lendemain de la fermeture du site par son hébergeur, la société a porté plainte.", "fr", "Au lendemain", "la fermeture du site par son hébergeur", 1)]
    [InlineData("Trois jours après la décision du juge, le site a rouvert.", "fr", "Trois jours après", "la décision du juge", 3)]
    [InlineData("The day after the riot, the company suspended the app.", "en", "The day after", "riot", 1)]
    public void An_offset_from_an_event_names_the_event(string text, string language, string written, string referent, int days)
    {
        var e = One(text, language, "2021-01-20", written);
        Assert.Null(e.Value);
        Assert.NotNull(e.RelativeToEvent);
        Assert.Equal(referent, e.RelativeToEvent!.Text);
        Assert.Equal(days, e.RelativeToEvent.Shift.Amount);
    }

    [Fact]
    public void A_time_with_a_zone_names_the_day_in_that_zone_and_its_restatement_is_checked()
    {
        var found = Find("Le site sera coupé peu avant minuit le dimanche, heure normale du Pacifique (07 h 59 GMT le lundi).", "fr", "2021-01-08");
        var main = Assert.Single(found, e => !e.IsRestatement);
        Assert.Equal("peu avant minuit le dimanche, heure normale du Pacifique", main.Text);
        Assert.Equal("2021-01-10", main.Value?.Iso);
        Assert.Contains("Pacifique", main.TimeOfDay);
        var restated = Assert.Single(found, e => e.IsRestatement);
        Assert.Equal("2021-01-11", restated.Value?.Iso);
        Assert.Null(restated.Warning);
    }

    [Fact]
    public void An_English_time_with_a_zone_and_an_inconsistent_restatement_is_flagged()
    {
        var found = Find("The site will go dark at 11:59 p.m. Pacific time on Sunday (9:59 a.m. GMT on Monday).", "en", "2021-01-08");
        var main = Assert.Single(found, e => !e.IsRestatement);
        Assert.Equal("2021-01-10", main.Value?.Iso);
        var restated = Assert.Single(found, e => e.IsRestatement);
        Assert.NotNull(restated.Warning);
    }

    [Theory]
    [InlineData("Dans une lettre datée du 8 janvier 2021, Amazon indique que le service sera coupé dimanche.", "fr", "dimanche")]
    [InlineData("In a letter dated January 8, 2021, Amazon says the service will end on Sunday.", "en", "Sunday")]
    public void A_date_inside_a_dated_document_anchors_to_the_document(string text, string language, string written)
    {
        var e = One(text, language, "2021-01-20", written);
        Assert.Equal("2021-01-10", e.Value?.Iso);
        Assert.Equal("document", e.AnchorSource);
        Assert.Equal("2021-01-08", e.Anchor?.Iso);
    }

    [Fact]
    public void A_wire_time_of_four_digits_restates_the_instant()
    {
        var found = Find("The host will cut the site off shortly before midnight Pacific time on Sunday (0759 GMT on Monday).", "en", "2021-01-08");
        Assert.Equal("2021-01-10", Assert.Single(found, e => !e.IsRestatement).Value?.Iso);
        var restated = Assert.Single(found, e => e.IsRestatement);
        Assert.Equal("2021-01-11", restated.Value?.Iso);
        Assert.Null(restated.Warning);
    }

    [Theory]
    [InlineData("Amazon a indiqué qu'il supprimerait le site dimanche.", "fr", "dimanche")]
    [InlineData("Amazon said it would take the site down on Sunday.", "en", "Sunday")]
    public void A_future_seen_from_the_past_is_future(string text, string language, string written)
    {
        var e = One(text, language, "2021-01-08", written);
        Assert.Equal("2021-01-10", e.Value?.Iso);
        Assert.Equal(Tense.Future, e.Tense);
    }

    [Fact]
    public void A_document_date_anchors_only_what_follows_it()
    {
        var found = Find("The host cut the site off on Sunday, after a letter dated January 8 warned it would end service on Sunday.", "en", "2021-01-12");
        var first = found.First(e => e.Text == "Sunday");
        Assert.Equal("publication", first.AnchorSource);
        Assert.Equal("2021-01-10", first.Value?.Iso);
        var inLetter = found.Last(e => e.Text == "Sunday");
        Assert.Equal("document", inLetter.AnchorSource);
        Assert.Equal("2021-01-10", inLetter.Value?.Iso);
    }

    [Theory]
    [InlineData("« Nous fermerons le site dimanche », a déclaré l'hébergeur vendredi 8 janvier.", "fr", "dimanche")]
    [InlineData("“We will shut the site on Sunday,” the host said on Friday.", "en", "Sunday")]
    public void A_quotation_counts_from_the_day_it_was_said(string text, string language, string written)
    {
        var e = One(text, language, "2021-01-12", written);
        Assert.Equal("speech", e.AnchorSource);
        Assert.Equal("2021-01-08", e.Anchor?.Iso);
        Assert.Equal("2021-01-10", e.Value?.Iso);
    }

    [Fact]
    public void Expressions_carry_their_offset_in_the_document()
    {
        var text = "Premier paragraphe sans date.\n\nLe site a fermé samedi.";
        var document = Document.FromText(text, "fr");
        var e = Assert.Single(TemporalTagger.Find(document, PartialDate.Day(2021, 1, 10)));
        Assert.Equal("samedi", document.Text.Substring(e.Offset, e.Text.Length));
    }

    [Theory]
    [InlineData("The hearing was adjourned until Friday.", "en", "Friday", "2021-03-12")]
    [InlineData("L'audience a été reportée à vendredi.", "fr", "vendredi", "2021-03-12")]
    [InlineData("The trial is set to begin on Friday.", "en", "Friday", "2021-03-12")]
    [InlineData("Le groupe a indiqué que mardi, le site rouvrira.", "fr", "mardi", "2021-03-16")]
    [InlineData("Le site avait été fermé jusqu'à lundi.", "fr", "lundi", "2021-03-08")]
    [InlineData("The hearing will be held May 4, the firm said in a filing Tuesday.", "en", "Tuesday", "2021-03-09")]
    [InlineData("The trial is expected to start soon, lawyers said in papers filed Monday.", "en", "Monday", "2021-03-08")]
    [InlineData("Le procès devrait s'ouvrir en mai, a indiqué l'avocat dans un courrier envoyé mardi.", "fr", "mardi", "2021-03-09")]
    [InlineData("A judge granted the request to allow the witness to be heard first on Friday.", "en", "Friday", "2021-03-12")]
    [InlineData("The firm filed papers in order to let the chief executive testify Friday.", "en", "Friday", "2021-03-12")]
    [InlineData("Le juge a accepté la requête pour permettre au témoin d'être entendu vendredi.", "fr", "vendredi", "2021-03-12")]
    public void The_clause_that_governs_a_date_decides_its_direction(string text, string language, string written, string expected)
    {
        // Anchor: Wednesday 10 March 2021.
        Assert.Equal(expected, One(text, language, "2021-03-10", written).Value?.Iso);
    }

    [Theory]
    [InlineData("L'audience n'aura pas lieu le 5 mai.", "fr", "5 mai", "2022-05-05")]
    [InlineData("Le jugement serait rendu le 2 mai.", "fr", "2 mai", "2022-05-02")]
    [InlineData("The album is due to be released on April 2.", "en", "April 2", "2022-04-02")]
    public void A_date_something_is_scheduled_for_is_ahead(string text, string language, string written, string expected)
    {
        Assert.Equal(expected, One(text, language, "2021-06-01", written).Value?.Iso);
    }

    [Fact]
    public void A_day_and_month_takes_the_year_of_the_narrative_it_continues()
    {
        var e = One("En août 2020, la société a été exclue de la plateforme. L'exclusion, décidée le 13 août, a été contestée.", "fr", "2021-09-10", "13 août");
        Assert.Equal("2020-08-13", e.Value?.Iso);
        var news = One("Le site a fermé en décembre 2020. Le 6 janvier, il a rouvert.", "fr", "2021-01-12", "6 janvier");
        Assert.Equal("2021-01-06", news.Value?.Iso);
    }

    [Theory]
    [InlineData("Each party may file expert papers, and the deadline for replies is March 9.", "en", "March 9", "2022-03-09")]
    [InlineData("Chaque partie pourra déposer un mémoire, et la date limite des réponses est le 9 mars.", "fr", "9 mars", "2022-03-09")]
    [InlineData("Each party filed expert papers, and the deadline for replies was March 9.", "en", "March 9", "2021-03-09")]
    public void A_deadline_noun_in_a_clause_of_no_tense_puts_its_date_ahead(string text, string language, string written, string expected)
    {
        // Anchor: 1 June 2021; a past verb in the deadline's own clause keeps it behind.
        Assert.Equal(expected, One(text, language, "2021-06-01", written).Value?.Iso);
    }

    [Theory]
    [InlineData("Le 12 septembre, Orbis devra répondre. Le 16, ce sera au tour de Vocal.", "fr", "Le 16", "2021-09-16")]
    [InlineData("Orbis must reply on September 12. On the 16th, Vocal will answer.", "en", "the 16th", "2021-09-16")]
    public void A_day_number_alone_right_after_a_dated_day_takes_its_month(string text, string language, string written, string expected)
    {
        var e = One(text, language, "2021-09-09", written);
        Assert.Equal(expected, e.Value?.Iso);
        Assert.Equal("bare-day", e.Rule);
    }

    [Theory]
    [InlineData("Le coureur a fini le 18, loin des premiers.", "fr")]
    [InlineData("Le 15 septembre, Orbis a répondu. Vocal a tardé. Le comité a ensuite voté. Il a fini le 18, loin des premiers.", "fr")]
    [InlineData("The runner finished the 18th, far behind.", "en")]
    public void A_day_number_far_from_a_dated_day_is_no_date(string text, string language)
    {
        Assert.DoesNotContain(Find(text, language, "2021-09-09"), e => e.Rule == "bare-day");
    }

    [Theory]
    [InlineData("Orbis must comply by the November deadline.", "November", "2021-11")]
    [InlineData("The judge moved the March hearing.", null, null)]
    [InlineData("The May government fell.", null, null)]
    [InlineData("Orbis signed in December.", "December", "2020-12")]
    public void A_month_alone_is_a_date_before_a_noun_after_the_article_unless_its_name_is_a_common_word(string text, string? written, string? expected)
    {
        var found = Find(text, "en", "2021-11-10");
        if (written == null)
        {
            Assert.Empty(found);
            return;
        }

        var e = Assert.Single(found);
        Assert.EndsWith(written, e.Text);
        Assert.Equal(expected, e.Value?.Iso);
    }

    [Theory]
    [InlineData("Le magasin rouvrira à Noël.", "fr", "Noël", "2021-12-25", "holiday")]
    [InlineData("Le magasin a fermé ses portes à Noël.", "fr", "Noël", "2020-12-25", "holiday")]
    [InlineData("Les deux sociétés ont signé l'accord à la Toussaint 2019.", "fr", "la Toussaint 2019", "2019-11-01", "holiday-year")]
    [InlineData("Le défilé du 14-Juillet aura lieu sans public.", "fr", "le 14-Juillet", "2021-07-14", "holiday")]
    [InlineData("The store will reopen on Christmas Eve.", "en", "Christmas Eve", "2021-12-24", "holiday")]
    [InlineData("The firm closed its doors on Christmas 2019.", "en", "Christmas 2019", "2019-12-25", "holiday-year")]
    public void A_holiday_on_a_fixed_day_takes_its_year_from_the_text_or_the_tense(string text, string language, string written, string expected, string rule)
    {
        var e = Assert.Single(Find(text, language, "2021-03-10"), e => e.Rule.StartsWith("holiday", StringComparison.Ordinal));
        Assert.EndsWith(written.Replace("le ", string.Empty), e.Text);
        Assert.Equal(expected, e.Value?.Iso);
        Assert.Equal(rule, e.Rule);
    }

    [Theory]
    [InlineData("Le père Noël a distribué des jouets.", "fr")]
    [InlineData("The ship docked at Christmas Island.", "en")]
    [InlineData("Father Christmas came to the mall.", "en")]
    public void A_holiday_inside_a_name_is_no_date(string text, string language)
    {
        Assert.Empty(Find(text, language, "2021-03-10"));
    }

    [Theory]
    [InlineData("Les candidats sont entrés dans la nouvelle année avec prudence.", "fr", "2002-01-03", "2002")]
    [InlineData("Les candidats préparent la nouvelle année.", "fr", "2001-12-20", "2002")]
    [InlineData("The parties looked ahead to the new year.", "en", "2001-12-20", "2002")]
    public void The_new_year_is_the_year_that_begins_nearest_the_anchor(string text, string language, string anchor, string expected)
    {
        var e = Assert.Single(Find(text, language, anchor));
        Assert.Equal(expected, e.Value?.Iso);
        Assert.Equal("relative-period-nearest-year", e.Rule);
    }

    [Fact]
    public void Three_years_ago_is_a_year()
    {
        Assert.Equal("2018", One("Le site a fermé il y a trois ans.", "fr", "2021-03-12", "il y a trois ans").Value?.Iso);
    }

    [Theory]
    [InlineData("Le ١٢ janvier 2021, le site a fermé.")]
    [InlineData("Le １２ janvier 2021, le site a fermé.")]
    [InlineData("Le site a fermé en 20٢١.")]
    [InlineData("Le site a fermé le 12 janvier. ٣ jours plus tard, il a rouvert.")]
    public void Digits_of_other_scripts_are_no_date_and_never_throw(string text)
    {
        var found = Find(text, "fr", "2021-01-20");
        Assert.DoesNotContain(found, e => e.Text.Any(c => char.IsDigit(c) && (c < '0' || c > '9')));
        Assert.NotNull(TemporalTagger.Tag(Document.FromText(text, "fr"), PartialDate.Day(2021, 1, 20)));
    }

    [Theory]
    [InlineData("Le 9999-12-31, le site a fermé. Le lendemain, il a rouvert. Le mois prochain, il fermera vendredi.", null)]
    [InlineData("Le site a fermé en mars. Il rouvrira vendredi, le mois prochain ou l'an prochain, ce week-end.", "9999-12-31")]
    [InlineData("Le site a fermé en mars, il y a deux ans. Il a rouvert vendredi dernier, ce week-end, la veille.", "0001-01-01")]
    public void Dates_at_the_edge_of_the_calendar_never_throw(string text, string? anchor)
    {
        var found = Find(text, "fr", anchor);
        Assert.NotEmpty(found);
        Assert.NotNull(TemporalTagger.Tag(Document.FromText(text, "fr"), anchor != null && PartialDate.TryParseIso(anchor, out var a) ? a : null));
        var lendemain = found.FirstOrDefault(e => e.Text == "Le lendemain");
        Assert.True(lendemain == null || (lendemain.Value == null && lendemain.Warning != null));
    }
}
