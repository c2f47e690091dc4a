using System.Text;
using ParlerCase.Core.Articles;
using ParlerCase.Core.Metadata;
using ParlerCase.Core.Reading;
using ParlerCase.Core.Reading.Html;

namespace ParlerCase.Core.Tests.Reading.Html;

public class HtmlReaderTests
{
    private static string PagePath(string name) => Path.Combine(AppContext.BaseDirectory, "Reading", "Pages", name);

    private static RawArticle ReadPage(string name) => new HtmlReader().Read(File.ReadAllBytes(PagePath(name)), PagePath(name));

    /// <summary>The page's body once the loader has cleaned it as it cleans every article.</summary>
    private static IEnumerable<string> Paragraphs(string name) => new ArticleLoader().Load(PagePath(name)).Body.Paragraphs.Select(p => p.Text);

    [Fact]
    public void A_French_news_page_gives_its_article_paragraphs_headings_and_quotes_in_order()
    {
        Assert.Equal(
            new[]
            {
                "Le réseau social réclamait le rétablissement immédiat de son hébergement. Les juges ont estimé que l'urgence n'était pas démontrée.",
                "Le tribunal judiciaire de Paris a rejeté lundi 14 mars la demande du réseau social, qui réclamait le rétablissement immédiat de son hébergement. La décision, rendue après deux semaines de délibéré, met fin à la procédure en référé engagée le 1er février.",
                "« Nous prenons acte de cette décision, mais nous ne renonçons pas », a déclaré l'avocat de la société, Me Paul Lefèvre, à la sortie de l'audience. Il a annoncé son intention de faire appel dans les prochains jours.",
                "Un contrat résilié en janvier",
                "L'hébergeur avait résilié le contrat le 10 janvier, invoquant des manquements répétés à ses conditions d'utilisation. Selon le jugement, la plateforme n'a pas démontré « l'existence d'un préjudice imminent et irréparable ».",
                "« La liberté d'entreprendre ne saurait justifier la violation des engagements contractuels librement consentis », écrit la présidente du tribunal dans sa décision.",
                "Le réseau social dispose désormais de quinze jours pour saisir la cour d'appel. Son directeur général, Marc Olivier, a dénoncé dans un communiqué une décision « politique ».",
                "L'hébergeur, de son côté, s'est félicité d'une décision qui « confirme le droit de chaque entreprise à faire respecter ses règles ».",
            },
            Paragraphs("fr-news.html"));
    }

    [Fact]
    public void Nothing_from_comments_scripts_banners_widgets_or_related_lists_reaches_the_French_body()
    {
        var text = string.Join("\n", Paragraphs("fr-news.html"));
        foreach (var furniture in new[] { "honte", "la loi, c'est la loi", "script", "cookies", "Partager", "Lire aussi", "porte plainte", "newsletter", "Publicité", "Honteux", "plus lus", "Tous droits", "Accueil", "Photo d'archives", "attaque son hébergeur", "Claire Martin", "Publié le" })
        {
            Assert.DoesNotContain(furniture, text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void What_the_page_left_out_is_listed_with_its_rule_and_page_line()
    {
        var lines = File.ReadAllLines(PagePath("fr-news.html"));
        int LineWith(string markup) => Array.FindIndex(lines, l => l.Contains(markup)) + 1;
        var removed = new ArticleLoader().Load(PagePath("fr-news.html")).Removed;
        Assert.Contains(removed, r => r.Rule == "html-comments" && r.LineNumber == LineWith("<section id=\"comments\"") && r.Text.StartsWith("Réactions (2)", StringComparison.Ordinal));
        Assert.Contains(removed, r => r.Rule == "html-cookie-banner" && r.LineNumber == LineWith("didomi-host"));
        Assert.Contains(removed, r => r.Rule == "read-also" && r.LineNumber == LineWith("Lire aussi |"));
        Assert.Contains(removed, r => r.Rule == "headline" && r.LineNumber == LineWith("<h1"));
        Assert.Equal(removed.OrderBy(r => r.LineNumber).Select(r => r.LineNumber), removed.Select(r => r.LineNumber));
    }

    [Fact]
    public void French_page_metadata_comes_from_its_tags_with_the_tag_as_evidence()
    {
        var raw = ReadPage("fr-news.html");
        Assert.Equal("Le tribunal rejette la plainte du réseau social contre son hébergeur", raw.Title.Value);
        Assert.Contains("og:title", raw.Title.Evidence);
        Assert.Equal("Claire Martin", raw.Author.Value);
        Assert.Equal("Le Courrier du Matin", raw.Outlet.Value);
        Assert.Equal("2022-03-14", raw.Published.Value.Iso);
        Assert.Contains("article:published_time", raw.Published.Evidence);
        Assert.Equal("2022-03-15", raw.Modified.Value.Iso);
        Assert.Contains("article:modified_time", raw.Modified.Evidence);
        Assert.Equal("https://www.courrier-exemple.fr/justice/article/2022/03/14/le-tribunal-rejette-la-plainte_6117.html", raw.Url.Value);
        Assert.Contains("canonical", raw.Url.Evidence);
        Assert.Equal("fr-FR", raw.Language.Value);
        Assert.Equal("utf-8", raw.Encoding);
        Assert.All(new[] { raw.Title.Origin, raw.Author.Origin, raw.Outlet.Origin, raw.Url.Origin, raw.Language.Origin, raw.Published.Origin, raw.Modified.Origin }, o => Assert.Equal(MetadataOrigin.Page, o));
    }

    [Fact]
    public void An_English_page_in_its_declared_charset_gives_its_story_without_ads_comments_or_signups()
    {
        Assert.Equal("windows-1252", ReadPage("en-news.html").Encoding);
        Assert.Equal(
            new[]
            {
                "A federal judge on Thursday dismissed a lawsuit brought by a social media platform against the cloud company that stopped hosting it, ruling that the platform had failed to show it was treated unfairly.",
                "\"The court cannot order a private company to keep doing business with a customer that broke its rules,\" U.S. District Judge Helen Carter wrote in a 24-page opinion.",
                "The platform had argued that the cloud host cut it off in January to help a rival. Its chief executive, Tom Walsh, said the company would appeal. \"We will take this all the way,\" he told reporters outside the courthouse.",
                "Months of legal wrangling",
                "The dispute began on Jan. 10, when the host suspended the platform's account, citing posts that it said encouraged violence.",
                "\"Nothing in the contract required us to look the other way,\" a spokeswoman for the cloud company said in a statement.",
                "The judge denied the request for an injunction in February.",
                "The platform amended its complaint in March.",
                "Lawyers for the platform did not respond to a request for comment on Friday.",
            },
            Paragraphs("en-news.html"));
    }

    [Fact]
    public void English_page_metadata_falls_back_to_JSON_LD_and_keeps_updates_apart()
    {
        var raw = ReadPage("en-news.html");
        Assert.Equal("Judge throws out platform's lawsuit against cloud host", raw.Title.Value);
        Assert.Equal("Daniel Brooks; Priya Natarajan", raw.Author.Value);
        Assert.StartsWith("JSON-LD NewsArticle \"author\"", raw.Author.Evidence);
        Assert.Equal("The Example Tribune", raw.Outlet.Value);
        Assert.Equal("2023-05-18", raw.Published.Value.Iso);
        Assert.Equal("2023-05-19", raw.Modified.Value.Iso);
        Assert.Equal("en-GB", raw.Language.Value);
        Assert.False(raw.Url.HasValue);
    }

    [Theory]
    [InlineData("<html><head><title>Rien</title></head><body><nav><a href='/'>Accueil</a></nav><footer>© 2024</footer></body></html>", "no paragraphs")]
    [InlineData("<html><body><div id='app'></div><script>document.getElementById('app').innerHTML = '<p>The judge ruled on Monday.</p>';</script></body></html>", "scripts")]
    public void A_page_without_an_article_says_so(string html, string reason)
    {
        var error = Assert.Throws<ArticleReadException>(() => new HtmlReader().Read(html, HtmlReader.StringEncoding, "page.html", null));
        Assert.Equal(ArticleErrorKind.NoArticleText, error.Kind);
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void Malformed_markup_still_gives_its_text()
    {
        const string html = "<html><body><div class=story><p>The court <b>ruled <i>on</b> Monday</i> that the company must pay.<p>The company said it would appeal the decision. <div><span>Its lawyers declined to comment</div></body>";
        var raw = new HtmlReader().Read(html, HtmlReader.StringEncoding, "page.html", null);
        Assert.Contains(raw.Blocks, b => b.StartsWith("The court ruled on Monday that the company must pay.", StringComparison.Ordinal));
        Assert.Contains(raw.Blocks, b => b.Contains("would appeal"));
    }

    /// <summary>
    /// These pages once took minutes (quadratic or worse); this bound only tells such a regression from a busy
    /// machine, where a page of a second may take ten. Speed itself is measured in the benchmark project.
    /// </summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    [Fact]
    public void A_page_nested_a_hundred_thousand_deep_gives_its_text_quickly()
    {
        var paragraph = "<p>Le tribunal a rejeté la demande de la société lundi, selon une décision consultée par notre journal.</p>";
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + paragraph + paragraph.Replace("lundi", "mardi") + string.Concat(Enumerable.Repeat("</div>", 100_000)) + "</body></html>";
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var raw = new HtmlReader().Read(html, HtmlReader.StringEncoding, "deep.html", null);
        Assert.True(watch.Elapsed < HangGuard, $"took {watch.Elapsed}");
        Assert.Contains(raw.Blocks, b => b.Contains("mardi"));
    }

    [Fact]
    public void Self_closing_syntax_on_divs_does_not_pass_the_nesting_limit()
    {
        // '<div/>' opens a div for the parser: 2,000 of them nested 2,000 deep and took a minute.
        var paragraph = "<p>Le tribunal a rejeté la demande de la société lundi, selon une décision consultée par notre journal.</p>";
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div/>", 2000)) + paragraph + "<svg><path d='M0'/><circle r='1'/></svg>" + paragraph.Replace("lundi", "mardi") + "</body></html>";
        MarkupLimiter.Limit(html, out var depth);
        Assert.True(depth >= 2000, $"depth {depth}");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var raw = new HtmlReader().Read(html, HtmlReader.StringEncoding, "selfclosing.html", null);
        Assert.True(watch.Elapsed < HangGuard, $"took {watch.Elapsed}");
        Assert.Contains(raw.Blocks, b => b.Contains("mardi"));
    }

    [Fact]
    public void A_page_too_large_for_Readability_gives_the_blocks_left_once_furniture_is_off()
    {
        var paragraphs = Enumerable.Range(1, HtmlReader.MaxReadabilityElements / 3 + 100)
            .Select(i => $"<p>Section {i} : le <b>tribunal</b> a <i>statué</i> sur la demande.</p>");
        var html = "<html><body><nav><a href='/'>Accueil</a></nav><main>" + string.Concat(paragraphs) + "</main><div class=comments><p>Quelle honte !</p></div></body></html>";
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var raw = new HtmlReader().Read(html, HtmlReader.StringEncoding, "manual.html", null);
        Assert.True(watch.Elapsed < HangGuard, $"took {watch.Elapsed}");
        Assert.Equal("Section 1 : le tribunal a statué sur la demande.", raw.Blocks[0]);
        Assert.Equal(HtmlReader.MaxReadabilityElements / 3 + 100, raw.Blocks.Count);
    }

    [Fact]
    public void The_markup_limiter_keeps_text_and_shallow_pages_as_they_are()
    {
        const string shallow = "<div><p>Un <b>deux</b></p><script>if (a<b) {}</script></div>";
        Assert.Same(shallow, MarkupLimiter.Limit(shallow, out var depth));
        Assert.Equal(2, depth);
        Assert.Equal(shallow, MarkupLimiter.Limit(shallow.Replace("</p>", "</p><!-- <div><div> -->"), out depth));
        Assert.Equal(2, depth);
        var deep = string.Concat(Enumerable.Repeat("<div class=\"x>y\">", 200)) + "texte" + string.Concat(Enumerable.Repeat("</div>", 200));
        var limited = MarkupLimiter.Limit(deep, out depth);
        Assert.Equal(200, depth);
        Assert.Equal(MarkupLimiter.MaxDepth, limited.Split("<div").Length - 1);
        Assert.Equal(MarkupLimiter.MaxDepth, limited.Split("</div>").Length - 1);
        Assert.Contains("texte", limited);
    }

    [Fact]
    public void A_page_string_over_the_size_limit_is_refused()
    {
        var html = "<html><body><p>" + new string('a', (int)ArticleLoader.MaxBytes) + "</p></body></html>";
        var error = Assert.Throws<ArticleReadException>(() => new ArticleLoader().LoadPage(html, new Uri("https://example.org/big")));
        Assert.Equal(ArticleErrorKind.FileTooLarge, error.Kind);
    }

    [Fact]
    public void A_page_string_takes_its_Url_and_a_stable_Id_from_its_address()
    {
        var html = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reading", "Pages", "fr-news.html"));
        var address = new Uri("https://www.courrier-exemple.fr/justice/article/2022/03/14/le-tribunal-rejette-la-requête_6117.html?utm_source=rss");
        var article = new ArticleLoader().LoadPage(html, address);
        Assert.Equal(address.AbsoluteUri, article.Url.Value);
        Assert.Matches("^le-tribunal-rejette-la-requete-6117_[0-9a-f]{16}$", article.Id);
        Assert.Equal(article.Id, new ArticleLoader().LoadPage(html, address).Id);
        Assert.NotEqual(article.Id, new ArticleLoader().LoadPage(html, new Uri("https://autre-exemple.fr/le-tribunal-rejette-la-requête_6117.html")).Id);
        Assert.Equal("fr", article.Language.Value);
        Assert.Equal("2022-03-14", article.Published.Value.Iso);
        Assert.Equal("2022-03-15", article.Modified.Value.Iso);
        Assert.Equal("Le tribunal rejette la plainte du réseau social contre son hébergeur", article.Title.Value);
        Assert.StartsWith("Le réseau social réclamait le rétablissement immédiat", article.Body.Text);
    }

    [Fact]
    public void Without_author_tags_the_byline_names_the_author()
    {
        const string html = "<html lang=fr><body><article><h1>La cour d'appel confirme le jugement</h1><p class=\"byline\">Par Hélène Dubois</p>"
            + "<p>La cour d'appel a confirmé jeudi le jugement rendu en première instance, a-t-on appris auprès des avocats des deux parties.</p>"
            + "<p>« Nous allons nous pourvoir en cassation », a indiqué le conseil de la société, qui conteste l'interprétation du contrat retenue par les juges.</p></article></body></html>";
        var raw = new HtmlReader().Read(html, HtmlReader.StringEncoding, "page.html", null);
        Assert.Equal("Hélène Dubois", raw.Author.Value);
        Assert.Equal(MetadataOrigin.Page, raw.Author.Origin);
        Assert.Equal("La cour d'appel confirme le jugement", raw.Title.Value);
        Assert.DoesNotContain("Dubois", new ArticleLoader().LoadPage(html, null).Body.Text);
    }

    [Fact]
    public void A_response_with_no_markup_is_read_as_plain_text()
    {
        const string text = "The appeals court upheld the ruling on Friday.\nThe company said it was \"disappointed\" and would weigh its options.\n";
        var article = new ArticleLoader().LoadPage(text, new Uri("https://example.org/story.txt"));
        Assert.Equal(2, article.Body.Paragraphs.Count);
        Assert.False(HtmlReader.IsMarkup("If x < y and y > z, the claim fails."));
        Assert.True(HtmlReader.IsMarkup("<P>Text"));
    }

    [Theory]
    [InlineData("utf-8", "iso-8859-1", "utf-8")]
    [InlineData("windows-1252", "iso-8859-1", "windows-1252")]
    [InlineData("windows-1252", null, "windows-1252|iso-8859-1")]
    [InlineData("utf-8", "windows-1252", "utf-8")]
    public void The_declared_charset_is_followed_unless_the_bytes_contradict_it(string savedAs, string? declared, string expected)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var meta = declared == null ? string.Empty : $"<meta charset=\"{declared}\">";
        const string paragraph = "<p>« Nous ferons appel », a déclaré l'avocat de la société après l'audience de jeudi, où les juges ont rejeté sa requête.</p>";
        var html = $"<html lang=fr><head>{meta}<title>Décision</title></head><body><article>{paragraph}{paragraph.Replace("jeudi", "vendredi")}</article></body></html>";
        var raw = new HtmlReader().Read(Encoding.GetEncoding(savedAs).GetBytes(html), "page.html");
        Assert.Matches($"^({expected})$", raw.Encoding);
        Assert.StartsWith("« Nous ferons appel », a déclaré", raw.Blocks[0]);
    }

    [Fact]
    public void A_comment_thread_with_no_telling_class_goes_with_its_heading()
    {
        const string html = "<html lang=en><head><title>Judge sides with host - Metro Daily</title></head><body><div class=post><h1>Judge sides with host</h1>"
            + "<div class=entry><p>A judge on Monday sided with the hosting company in its dispute with the app, saying the contract allowed it to end service.</p>"
            + "<p>\"We are reviewing the decision,\" a lawyer for the app said.</p>"
            + "<h3>3 responses</h3><div class=c-item><p>\"This is outrageous,\" wrote one reader on June 3, adding that the judge was biased.</p></div>"
            + "<div class=c-item><p>I agree with the ruling. The company said on Tuesday it was pleased, according to my friend.</p></div></div></div></body></html>";
        var article = new ArticleLoader().LoadPage(html, null);
        Assert.Equal(2, article.Body.Paragraphs.Count);
        Assert.DoesNotContain("outrageous", article.Body.Text);
        Assert.Contains(article.Removed, r => r.Rule == "html-end-comments" && r.Text.StartsWith("3 responses", StringComparison.Ordinal));
    }

    [Fact]
    public void Paragraphs_set_apart_by_line_breaks_are_paragraphs_and_are_not_listed_as_removed()
    {
        const string html = "<html lang=fr><head><meta charset=utf-8><title>Procès : la décision attendue</title></head><body><div id=texte>"
            + "Le tribunal rendra sa décision le 12 avril, a indiqué mardi la présidente de la chambre, après une journée d'audience tendue.<br><br>"
            + "« Nous sommes confiants », a déclaré l'avocat de la plateforme à la sortie de la salle.<br><br>"
            + "L'hébergeur, pour sa part, n'a pas souhaité s'exprimer. Son directeur juridique avait affirmé en janvier que la résiliation était « parfaitement légale ».</div></body></html>";
        var article = new ArticleLoader().LoadPage(html, null);
        Assert.Equal(3, article.Body.Paragraphs.Count);
        Assert.DoesNotContain(article.Removed, r => r.Rule == "html-not-article");
    }

    [Fact]
    public void Site_names_come_off_titles()
    {
        Assert.Equal("Le juge tranche", PageMetadata.WithoutSiteName("Le juge tranche - Le Courrier", "Le Courrier"));
        Assert.Equal("Le juge tranche", PageMetadata.WithoutSiteName("Le Courrier | Le juge tranche", "Le Courrier"));
        Assert.Equal("Judge rules", PageMetadata.WithoutSiteName("Judge rules | Tribune", null));
        Assert.Equal("Judge rules - for now", PageMetadata.WithoutSiteName("Judge rules - for now", null));
    }
}
