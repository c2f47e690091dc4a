using System.Text;
using ParlerCase.Core.Articles;
using ParlerCase.Core.Dates;
using ParlerCase.Core.Metadata;
using ParlerCase.Core.Reading;
using ParlerCase.Core.Temporal;

namespace ParlerCase.Core.Tests.Metadata;

/// <summary>Publication and modification dates written in a line under the headline, as news sites print them.</summary>
public class DatelineTests
{
    private const string EnglishBody =
        "A federal judge on Wednesday rejected the request of the agency to block the purchase of the startup.\n\n" +
        "The company said it was pleased with the ruling and that the deal would close soon.\n\n" +
        "The agency said it was reviewing the decision and had not decided whether to appeal it.";

    private const string FrenchBody =
        "Le tribunal a rejeté mardi la demande de la plateforme, qui réclamait le rétablissement de son service.\n\n" +
        "La société a indiqué qu’elle ferait appel de cette décision dans les prochains jours.\n\n" +
        "Son avocat n’a pas souhaité commenter la décision du juge auprès de la presse.";

    private static Article Build(string text, MetadataEntry? entry = null) =>
        ArticleLoader.Build(new PlainTextReader().Read(Encoding.UTF8.GetBytes(text), "story.txt"), "story.txt", entry);

    private static Article English(string dateline) =>
        Build("Judge rejects FTC bid to block Meta's purchase of VR startup\n\nBy Sarah Klein\n" + dateline + "\n\n" + EnglishBody);

    private static Article French(string dateline) =>
        Build("La plateforme perd son procès contre son hébergeur\n\nPar Claire Martin\n" + dateline + "\n\n" + FrenchBody);

    private static Article InLanguage(string language, string dateline) => language == "fr" ? French(dateline) : English(dateline);

    [Fact]
    public void A_published_line_under_the_headline_and_byline_dates_the_article_and_leaves_the_body()
    {
        var article = English("Published: February 1, 2023");

        Assert.Equal("2023-02-01", article.Published.Value.Iso);
        Assert.Equal(DatePrecision.Day, article.Published.Value.Precision);
        Assert.Equal(MetadataOrigin.TextHeader, article.Published.Origin);
        Assert.Equal("Published: February 1, 2023", article.Published.Evidence);
        var removed = Assert.Single(article.Removed, r => r.Text == "Published: February 1, 2023");
        Assert.Equal("dateline", removed.Rule);
        Assert.Equal(4, removed.LineNumber);
        Assert.DoesNotContain("Published", article.Body.Text);
        Assert.StartsWith("A federal judge", article.Body.Text);
        Assert.Equal("Judge rejects FTC bid to block Meta's purchase of VR startup", article.Title.Value);
        Assert.Equal("Sarah Klein", article.Author.Value);
        Assert.False(article.Modified.HasValue);
    }

    [Theory]
    [InlineData("en", "Published: February 1, 2023", "2023-02-01")]
    [InlineData("en", "Published Feb. 1, 2023", "2023-02-01")]
    [InlineData("en", "Posted on February 1st, 2023", "2023-02-01")]
    [InlineData("en", "Published: Wednesday, February 1, 2023 3:45 PM ET", "2023-02-01")]
    [InlineData("en", "Published 10:32 AM EST, Wed February 1, 2023", "2023-02-01")]
    [InlineData("en", "First published on Wed 1 Feb 2023 10.45 GMT", "2023-02-01")]
    [InlineData("en", "Published 02/13/2023", "2023-02-13")]
    [InlineData("en", "Published: 2023-02", "2023-02")]
    [InlineData("en", "Published January 12, 2021 at 10:45 am (UTC+01:00)", "2021-01-12")]
    [InlineData("fr", "Publié le 12 janvier 2021 à 10h32", "2021-01-12")]
    [InlineData("fr", "Publié le 1er février 2021", "2021-02-01")]
    [InlineData("fr", "Publié le : mardi 12 janvier 2021 à 10 h 32", "2021-01-12")]
    [InlineData("fr", "Mis en ligne le 12/01/2021 à 10:32", "2021-01-12")]
    [InlineData("fr", "Publié le 03/04/2021", "2021-04-03")]
    public void A_keyed_date_line_gives_the_publication_date(string language, string dateline, string expected)
    {
        var article = InLanguage(language, dateline);

        Assert.Equal(expected, article.Published.Value.Iso);
        Assert.Equal(MetadataOrigin.TextHeader, article.Published.Origin);
        Assert.Equal(dateline, article.Published.Evidence);
        Assert.Equal("dateline", Assert.Single(article.Removed, r => r.Text == dateline).Rule);
        Assert.DoesNotContain(dateline, article.Body.Text);
    }

    [Theory]
    [InlineData("en", "Updated Jan. 12, 2021 3:45 PM ET", "2021-01-12")]
    [InlineData("en", "Last updated on January 12, 2021 at 3:45 p.m. ET", "2021-01-12")]
    [InlineData("fr", "Mis à jour le 13/01/2021 à 08:15", "2021-01-13")]
    [InlineData("fr", "Mis à jour le 13 janvier 2021 à 08h15", "2021-01-13")]
    public void An_updated_line_gives_the_modification_date_and_no_publication_date(string language, string dateline, string expected)
    {
        var article = InLanguage(language, dateline);

        Assert.Equal(expected, article.Modified.Value.Iso);
        Assert.Equal(MetadataOrigin.TextHeader, article.Modified.Origin);
        Assert.Equal(dateline, article.Modified.Evidence);
        Assert.False(article.Published.HasValue);
        Assert.Equal("dateline", Assert.Single(article.Removed, r => r.Text == dateline).Rule);
    }

    [Theory]
    [InlineData("fr", "Publié le 12 janvier 2021 à 10h32, mis à jour le 13 janvier 2021 à 08h15", "2021-01-12", "2021-01-13")]
    [InlineData("fr", "Publié le 12 janvier 2021 à 10h32 - Mis à jour le 13/01/2021 à 08:15", "2021-01-12", "2021-01-13")]
    [InlineData("fr", "Publié le 12 janvier 2021 à 10h32, mis à jour à 11h05", "2021-01-12", "2021-01-12")]
    [InlineData("fr", "Publié le 12 janvier 2021 à 10h32 (mis à jour le 13 janvier 2021 à 08h15)", "2021-01-12", "2021-01-13")]
    [InlineData("en", "Published Jan. 12, 2021 Updated Jan. 13, 2021, 8:15 a.m. ET", "2021-01-12", "2021-01-13")]
    public void A_line_with_both_dates_gives_both(string language, string dateline, string published, string modified)
    {
        var article = InLanguage(language, dateline);

        Assert.Equal(published, article.Published.Value.Iso);
        Assert.Equal(modified, article.Modified.Value.Iso);
        Assert.Equal(MetadataOrigin.TextHeader, article.Published.Origin);
        Assert.Equal(MetadataOrigin.TextHeader, article.Modified.Origin);
        Assert.Equal(dateline, article.Published.Evidence);
        Assert.Equal(dateline, article.Modified.Evidence);
    }

    [Theory]
    [InlineData("fr", "Mardi 12 janvier 2021", "2021-01-12")]
    [InlineData("fr", "12 janvier 2021, 14:05", "2021-01-12")]
    [InlineData("fr", "Le 12 janvier 2021 à 10h32", "2021-01-12")]
    [InlineData("fr", "Le 12 janvier 2021 à 10h32 (heure de Paris)", "2021-01-12")]
    [InlineData("fr", "12/01/2021 à 10h32", "2021-01-12")]
    [InlineData("en", "January 12, 2021 10:45 AM", "2021-01-12")]
    [InlineData("en", "Tuesday, January 12, 2021", "2021-01-12")]
    [InlineData("en", "Tue 12 Jan 2021 10.45 GMT", "2021-01-12")]
    [InlineData("en", "01/13/2021 3:45 PM", "2021-01-13")]
    public void A_date_alone_on_a_line_near_the_top_is_the_publication_date_inferred(string language, string dateline, string expected)
    {
        var article = InLanguage(language, dateline);

        Assert.Equal(expected, article.Published.Value.Iso);
        Assert.Equal(MetadataOrigin.Inferred, article.Published.Origin);
        Assert.Equal(dateline, article.Published.Evidence);
        Assert.Equal("dateline", Assert.Single(article.Removed, r => r.Text == dateline).Rule);
        Assert.DoesNotContain(dateline, article.Body.Text);
    }

    [Fact]
    public void A_date_line_above_the_headline_leaves_the_headline_to_be_found()
    {
        var article = Build("Mardi 12 janvier 2021\nLa plateforme perd son procès contre son hébergeur\n\n" + FrenchBody);

        Assert.Equal("2021-01-12", article.Published.Value.Iso);
        Assert.Equal("La plateforme perd son procès contre son hébergeur", article.Title.Value);
        Assert.Equal(1, Assert.Single(article.Removed, r => r.Rule == "dateline").LineNumber);
    }

    [Fact]
    public void A_date_line_after_a_standfirst_is_still_the_date_line()
    {
        var article = Build("La plateforme perd son procès contre son hébergeur\n\nLe tribunal a donné raison à l’hébergeur, qui avait coupé le service.\n\nPar Claire Martin\nPublié le 12 janvier 2021 à 10h32\n\n" + FrenchBody);

        Assert.Equal("2021-01-12", article.Published.Value.Iso);
        Assert.Equal(MetadataOrigin.TextHeader, article.Published.Origin);
    }

    [Fact]
    public void The_publication_date_anchors_the_relative_dates_of_the_body()
    {
        var article = French("Publié le mercredi 13 janvier 2021 à 10h32");

        var mardi = Assert.Single(TemporalTagger.Find(article.Body, article.Published.Value), e => e.Text == "mardi");
        Assert.Equal("2021-01-12", mardi.Value?.Iso);
        Assert.Equal("publication", mardi.AnchorSource);
    }

    [Fact]
    public void A_header_line_at_the_very_top_takes_a_written_date_too()
    {
        var raw = new RawArticle(new[] { "Title: Court ruling", "Published: February 1, 2023", "Date de publication : 1er février 2023", "", "The court ruled on Monday." }, "utf-8");

        var (lines, removed) = HeaderFields.TakeTextHeader(raw);

        Assert.Equal("2023-02-01", raw.Published.Value.Iso);
        Assert.Equal(MetadataOrigin.TextHeader, raw.Published.Origin);
        Assert.Equal(3, removed.Count);
        Assert.All(removed, r => Assert.Equal("text-header", r.Rule));
        Assert.Equal("The court ruled on Monday.", lines[4]);
    }

    [Theory]
    [InlineData("Publié le 12 janvier, le rapport dit que la plateforme a perdu son procès.")]
    [InlineData("Publié le 12 janvier 2021, le rapport dit que la plateforme a perdu son procès.")]
    [InlineData("Le 12 janvier 2021, le tribunal a rejeté la demande de la plateforme.")]
    [InlineData("Publié le 12 janvier à 10h32")]
    [InlineData("Mercredi 12 janvier 2021")]
    [InlineData("Publié le 35/01/2021")]
    public void A_sentence_a_date_without_year_or_a_contradicted_weekday_is_not_taken(string line)
    {
        var article = French(line);

        Assert.False(article.Published.HasValue);
        Assert.False(article.Modified.HasValue);
        Assert.DoesNotContain(article.Removed, r => r.Rule == "dateline");
    }

    [Theory]
    [InlineData("Published 03/04/2021")]
    [InlineData("03/04/2021")]
    [InlineData("Updated 03/04/2021 3:45 PM ET")]
    public void An_ambiguous_numeric_date_in_english_is_not_guessed(string line)
    {
        var article = English(line);

        Assert.False(article.Published.HasValue);
        Assert.False(article.Modified.HasValue);
    }

    [Fact]
    public void A_numeric_date_after_a_key_of_both_languages_is_read_in_the_language_of_the_text()
    {
        var french = French("Date : 03/04/2021");
        var english = English("Date: 03/04/2021");

        Assert.Equal("2021-04-03", french.Published.Value.Iso);
        Assert.False(english.Published.HasValue);
        Assert.Contains("Date: 03/04/2021", english.Body.Text);
    }

    [Fact]
    public void A_date_line_further_down_the_body_is_not_taken()
    {
        var article = Build("Judge rejects FTC bid\n\n" + EnglishBody + "\n\nThe hearing was long.\n\nIt ended late.\n\nLawyers left.\n\nJanuary 12, 2021\n\nPublished: January 12, 2021\n\nThe end of the story came later.");

        Assert.False(article.Published.HasValue);
        Assert.Contains("January 12, 2021", article.Body.Text);
    }

    [Fact]
    public void A_date_line_after_two_body_paragraphs_is_not_taken()
    {
        var article = Build("Judge rejects FTC bid\n\nThe judge ruled for the company on Wednesday.\n\nThe agency said it would study the ruling.\n\nPublished: January 12, 2021\n\nThe end of the story came later.");

        Assert.False(article.Published.HasValue);
    }

    [Fact]
    public void Dates_over_the_entries_of_a_timeline_are_not_the_publication_date()
    {
        var article = Build("How the riot unfolded\n\nJanuary 6, 2021\n\nRioters stormed the building in the afternoon.\n\nJanuary 7, 2021\n\nCongress certified the vote before dawn.\n\nJanuary 8, 2021\n\nThe platform suspended the account.");

        Assert.False(article.Published.HasValue);
        Assert.DoesNotContain(article.Removed, r => r.Rule == "dateline");
    }

    [Fact]
    public void The_metadata_file_wins_over_a_date_line()
    {
        var entry = new MetadataEntry("story.txt", PartialDate.Day(2021, 1, 10), null, null, null, null, null, "metadata.csv line 2");
        var article = Build("La plateforme perd son procès contre son hébergeur\n\nPar Claire Martin\nPublié le 12 janvier 2021 à 10h32\n\n" + FrenchBody, entry);

        Assert.Equal("2021-01-10", article.Published.Value.Iso);
        Assert.Equal(MetadataOrigin.MetadataFile, article.Published.Origin);
        Assert.Contains(article.Removed, r => r.Rule == "dateline" && r.Text == "Publié le 12 janvier 2021 à 10h32");
    }

    [Fact]
    public void A_date_alone_does_not_replace_a_date_the_page_markup_gave()
    {
        var raw = new RawArticle(new[] { "La plateforme perd son procès", "Mardi 12 janvier 2021", "Le tribunal a rejeté la demande." }, "utf-8")
        {
            Published = new Sourced<PartialDate>(PartialDate.Day(2021, 1, 11), MetadataOrigin.Page, "<meta property=\"article:published_time\">"),
        };

        var (lines, removed) = HeaderFields.TakeTextHeader(raw);

        Assert.Equal("2021-01-11", raw.Published.Value.Iso);
        Assert.Equal(MetadataOrigin.Page, raw.Published.Origin);
        Assert.Equal("Mardi 12 janvier 2021", Assert.Single(removed).Text);
        Assert.Equal(string.Empty, lines[1]);
    }
}
