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
}
