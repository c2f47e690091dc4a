using System.Text;
using ParlerCase.Core.Metadata;
using ParlerCase.Core.Reading;

namespace ParlerCase.Core.Tests.Reading;

public class MarkdownReaderTests
{
    [Fact]
    public void Blocks_lose_their_markup_and_front_matter_becomes_metadata()
    {
        const string markdown = "---\ntitle: \"Judge denies injunction\"\ndate: 2021-01-21\nauthor: Jane Roe\n---\n\n# A headline\n\nThe judge *denied* the [request](https://example.org) on Thursday.\n\n> \"We will appeal,\" the company said.\n\n- first point\n";
        var raw = new MarkdownReader().Read(Encoding.UTF8.GetBytes(markdown), "story.md");
        Assert.Equal(new[] { "A headline", "The judge denied the request on Thursday.", "\"We will appeal,\" the company said.", "first point" }, raw.Blocks);
        Assert.Equal("Judge denies injunction", raw.Title.Value);
        Assert.Equal("2021-01-21", raw.Published.Value.Iso);
        Assert.Equal(MetadataOrigin.TextHeader, raw.Published.Origin);
        Assert.Equal("Jane Roe", raw.Author.Value);
    }

    private static RawArticle Read(string markdown) => new MarkdownReader().Read(Encoding.UTF8.GetBytes(markdown), "story.md");

    [Fact]
    public void A_front_matter_that_never_closes_ends_at_its_first_blank_line_with_a_warning()
    {
        var raw = Read("---\ntitle: Orbis en appel\ndate: 2021-05-04\n\nThe court of Lyon dismissed the claim on Tuesday.\n\n***\n\nOrbis will appeal, its lawyer said.\n");
        Assert.Equal("Orbis en appel", raw.Title.Value);
        Assert.Equal("2021-05-04", raw.Published.Value.Iso);
        Assert.Equal(new[] { "The court of Lyon dismissed the claim on Tuesday.", "Orbis will appeal, its lawyer said." }, raw.Blocks);
        Assert.Contains("never closes", Assert.Single(raw.Warnings));
    }

    [Fact]
    public void Nesting_past_the_parsers_limit_is_read_as_plain_lines_with_a_warning()
    {
        var raw = Read(string.Concat(Enumerable.Repeat("> ", 2000)) + "The court ruled.\n\nOrbis will appeal, its lawyer said.\n");
        Assert.Contains("Orbis will appeal, its lawyer said.", raw.Blocks);
        Assert.Contains("plain text", Assert.Single(raw.Warnings));
    }

    [Fact]
    public void Raw_HTML_gives_its_text_without_tags_scripts_or_styles()
    {
        var raw = Read("The court ruled.<script>alert(1)</script> <img src=x onerror=alert(2)> Orbis <b>will</b> appeal.\n\n<div>Its lawyer <em>said</em> so.<style>p{}</style><script>steal()</script></div>\n");
        Assert.Equal(new[] { "The court ruled.  Orbis will appeal.", "Its lawyer said so." }, raw.Blocks);
    }
}
