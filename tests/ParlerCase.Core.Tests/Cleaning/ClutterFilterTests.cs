using ParlerCase.Core.Cleaning;

namespace ParlerCase.Core.Tests.Cleaning;

public class ClutterFilterTests
{
    private static (string[] Body, Dictionary<string, string> Removed, string? Author) Clean(string text)
    {
        var cleaned = ClutterFilter.Apply(text.Split('\n'));
        return (cleaned.Body.Where(b => b.Text.Length > 0).Select(b => b.Text).ToArray(),
                cleaned.Removed.ToDictionary(r => r.Text, r => r.Rule),
                cleaned.Byline.HasValue ? cleaned.Byline.Value : null);
    }

    [Fact]
    public void Share_buttons_and_their_lone_labels_go()
    {
        var (body, removed, _) = Clean("Partager sur Facebook\nFacebook\nShare on twitter\nTwitter\n\nLe maire a démissionné lundi soir, selon son entourage.");
        Assert.Equal(new[] { "Le maire a démissionné lundi soir, selon son entourage." }, body);
        Assert.Equal("share-button", removed["Partager sur Facebook"]);
        Assert.Equal("social-label", removed["Twitter"]);
    }

    [Fact]
    public void Skip_links_breadcrumbs_and_image_credits_go()
    {
        var (body, removed, _) = Clean("Skip to content\nNews › Courts\nThe senator testified on Monday. (Photo: Jane Doe / Reuters)\nThe hearing lasted four hours.");
        Assert.Equal(new[] { "The hearing lasted four hours." }, body);
        Assert.Equal("skip-link", removed["Skip to content"]);
        Assert.Equal("breadcrumb", removed["News › Courts"]);
        Assert.Equal("image-credit", removed["The senator testified on Monday. (Photo: Jane Doe / Reuters)"]);
    }

    [Fact]
    public void A_tag_list_in_the_second_half_ends_the_article_with_the_bio_and_newsletter_after_it()
    {
        var text = string.Join("\n",
            "La cour d’appel a confirmé la condamnation de l’ancien ministre, jugé pour détournement de fonds publics.",
            "Son avocat a annoncé qu’il se pourvoirait en cassation dans les prochains jours.",
            "- Justice",
            "- Politique",
            "- Corruption",
            "Marie est journaliste au service politique depuis 2015.",
            "Recevez chaque matin notre newsletter",
            "Un dernier mot !");
        var (body, removed, author) = Clean(text);
        Assert.Equal(2, body.Length);
        Assert.Equal("tag-list", removed["- Politique"]);
        Assert.Equal("author-bio", removed["Marie est journaliste au service politique depuis 2015."]);
        Assert.Equal("after-article-end", removed["Un dernier mot !"]);
        Assert.Equal("Marie", author);
    }

    [Fact]
    public void An_end_marker_near_the_top_does_not_cut_the_article()
    {
        var (body, removed, _) = Clean("Comments\nThe board voted to dismiss the chief executive on Friday, two people familiar with the matter said.\nThe company declined to comment on the vote.");
        Assert.Equal(2, body.Length);
        Assert.Equal("end-comments", removed["Comments"]);
    }

    [Fact]
    public void Comment_sections_and_related_lists_at_the_end_go()
    {
        var (body, removed, _) = Clean("The court will hear the appeal in March, the clerk said in a statement on Wednesday.\nLeave a comment\nYour email address will not be published.\nMost read\nSports\nWeather");
        Assert.Single(body);
        Assert.Equal("comment-form", removed["Your email address will not be published."]);
        Assert.Equal("after-article-end", removed["Weather"]);
    }

    [Fact]
    public void A_repeated_line_is_kept_once()
    {
        var (body, removed, _) = Clean("Le juge a tranché.\nLe juge a tranché.\nL’audience est levée.");
        Assert.Equal(new[] { "Le juge a tranché.", "L’audience est levée." }, body);
        Assert.Equal("repeated-line", removed.Values.Single());
    }

    [Theory]
    [InlineData("Par Jeanne Martin", "Jeanne Martin")]
    [InlineData("Rédactrice Jeanne Martin", "Jeanne Martin")]
    [InlineData("By John Smith, Reuters", "John Smith")]
    public void Bylines_give_the_author_and_leave_the_body(string line, string author)
    {
        var (body, _, found) = Clean(line + "\nThe jury reached a verdict after two days of deliberation.");
        Assert.Single(body);
        Assert.Equal(author, found);
    }

    [Fact]
    public void Short_headings_inside_the_body_stay()
    {
        var (body, _, _) = Clean("Le tribunal a rendu sa décision mardi.\nUne décision attendue\nLes deux parties peuvent encore faire appel.");
        Assert.Equal(3, body.Length);
    }
}
