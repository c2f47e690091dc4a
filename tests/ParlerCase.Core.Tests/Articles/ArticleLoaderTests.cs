using System.Text;
using ParlerCase.Core.Articles;
using ParlerCase.Core.Metadata;
using ParlerCase.Core.Reading;

namespace ParlerCase.Core.Tests.Articles;

public class ArticleLoaderTests
{
    private static Article Build(string text, MetadataEntry? entry = null) =>
        ArticleLoader.Build(new PlainTextReader().Read(Encoding.UTF8.GetBytes(text), "story.txt"), "story.txt", entry);

    [Fact]
    public void A_short_first_line_is_the_headline_and_leaves_the_body()
    {
        var article = Build("Le géant du commerce en ligne attaqué en justice\n\nLa plateforme a porté plainte lundi. Elle réclame des dommages.");
        Assert.Equal("Le géant du commerce en ligne attaqué en justice", article.Title.Value);
        Assert.Equal(MetadataOrigin.Inferred, article.Title.Origin);
        Assert.StartsWith("La plateforme", article.Body.Text);
        Assert.Equal(2, article.Body.Sentences.Count);
    }

    [Fact]
    public void A_section_label_seen_in_the_breadcrumb_comes_off_the_headline()
    {
        var article = Build("Justice. Le maire mis en examen\nACTUALITÉ > Justice\nLe maire a été mis en examen mardi pour favoritisme.");
        Assert.Equal("Le maire mis en examen", article.Title.Value);
    }

    [Fact]
    public void The_metadata_file_wins_over_what_the_text_says()
    {
        var entry = new MetadataEntry("story.txt", new ParlerCase.Core.Dates.PartialDate(new DateTime(2021, 3, 3), ParlerCase.Core.Dates.DatePrecision.Day), "La Gazette", null, null, "Ann Lee", "en", "metadata.csv line 2");
        var article = Build("date 2021-03 Par Jean Dupont\nLe conseil a voté la motion jeudi soir.", entry);
        Assert.Equal("2021-03-03", article.Published.Value.Iso);
        Assert.Equal(MetadataOrigin.MetadataFile, article.Published.Origin);
        Assert.Equal("Ann Lee", article.Author.Value);
        Assert.Equal("en", article.Language.Value);
    }

    [Fact]
    public void Text_of_only_furniture_is_no_article()
    {
        var e = Assert.Throws<ArticleReadException>(() => Build("Share on facebook\nFacebook\nLeave a comment"));
        Assert.Equal(ArticleErrorKind.NoArticleText, e.Kind);
    }

    [Fact]
    public void Text_of_invisible_characters_only_is_no_article()
    {
        var e = Assert.Throws<ArticleReadException>(() => Build("\u2003\u200B\u2003\u200B\n\u200B\u2003"));
        Assert.Equal(ArticleErrorKind.NoArticleText, e.Kind);
    }
}
