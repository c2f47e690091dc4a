using System.Net;
using System.Text;

namespace ParlerCase.Module.Tests;

/// <summary>
/// Wraps article text in the markup of a real news page: cookie banner, navigation, share widgets, JSON-LD,
/// a related-articles list, a comment section that itself holds quotes and dates, a footer, and scripts that
/// would write text if they ran. Each text line becomes one paragraph.
/// </summary>
public static class NewsPage
{
    public static string Wrap(IEnumerable<string> lines, string title, string language, string published)
    {
        var french = language == "fr";
        var page = new StringBuilder();
        page.Append($"<!DOCTYPE html>\n<html lang=\"{language}\">\n<head>\n<meta charset=\"utf-8\">\n");
        page.Append($"<title>{E(title)} | {(french ? "La Gazette de l'Exemple" : "The Example Gazette")}</title>\n");
        page.Append($"<meta property=\"og:title\" content=\"{E(title)}\">\n<meta property=\"og:site_name\" content=\"{(french ? "La Gazette de l'Exemple" : "The Example Gazette")}\">\n");
        page.Append($"<script type=\"application/ld+json\">{{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"{E(title)}\",\"datePublished\":\"{published}T09:00:00+01:00\",\"author\":{{\"@type\":\"Person\",\"name\":\"{(french ? "Lucie Bernard" : "Mark Ellis")}\"}},\"comment\":[{{\"@type\":\"Comment\",\"dateCreated\":\"2030-01-01\",\"text\":\"Commentaire\"}}]}}</script>\n");
        page.Append("<script>document.write('<p>" + (french ? "Ce paragraphe est écrit par un script." : "This paragraph is written by a script.") + "</p>');</script>\n</head>\n<body>\n");
        page.Append(french
            ? "<div class=\"cookie-banner\"><p>Ce site utilise des cookies pour mesurer l'audience. En poursuivant, vous acceptez leur utilisation.</p><button>OK</button></div>\n"
            : "<div class=\"cookie-banner\"><p>This site uses cookies to measure its audience. By continuing you accept their use.</p><button>OK</button></div>\n");
        page.Append("<header><nav class=\"menu\"><ul><li><a href=\"/\">" + (french ? "Accueil" : "Home") + "</a></li><li><a href=\"/monde\">Monde</a></li><li><a href=\"/tech\">Tech</a></li></ul></nav></header>\n");
        page.Append("<main><article>\n<h1>" + E(title) + "</h1>\n");
        page.Append("<div class=\"share-bar\"><a href=\"#\">" + (french ? "Partager sur Facebook" : "Share on Facebook") + "</a> <a href=\"#\">Twitter</a> <a href=\"#\">LinkedIn</a></div>\n");
        page.Append("<div class=\"article-body\">\n");
        foreach (var line in lines)
        {
            page.Append("<p>").Append(E(line)).Append("</p>\n");
        }

        page.Append("</div>\n<section class=\"related-articles\"><h2>" + (french ? "Sur le même sujet" : "Related") + "</h2><ul><li><a href=\"/a\">" + (french ? "« Nous irons jusqu'au bout », promet le patron" : "\"We will fight,\" the chief executive says") + "</a></li><li><a href=\"/b\">" + (french ? "Le procès s'ouvrira le 4 mai 2031" : "Trial to open on May 4, 2031") + "</a></li></ul></section>\n");
        page.Append("</article>\n<section id=\"comments\" class=\"comments\"><h2>" + (french ? "Commentaires" : "Comments") + "</h2>\n");
        page.Append(french
            ? "<div class=\"comment\"><p><b>Paul M.</b> le <time datetime=\"2030-02-02\">2 février 2030</time></p><p>« La justice est aveugle », a dit le juge Durand le 3 mars 2030, selon mon cousin.</p></div>\n"
            : "<div class=\"comment\"><p><b>Pat M.</b> on <time datetime=\"2030-02-02\">February 2, 2030</time></p><p>\"Justice is blind,\" Judge Durand said on March 3, 2030, according to my cousin.</p></div>\n");
        page.Append("</section></main>\n<footer><p>© 2030 " + (french ? "La Gazette de l'Exemple. Tous droits réservés." : "The Example Gazette. All rights reserved.") + "</p></footer>\n");
        page.Append("<script>document.querySelector('article').innerHTML += '<p>Injected.</p>';</script>\n</body>\n</html>\n");
        return page.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
