using ParlerCase.Core.Metadata;
using ParlerCase.Core.Reading;

namespace ParlerCase.Core.Tests.Metadata;

public class HeaderFieldsTests
{
    [Fact]
    public void A_date_glued_to_the_first_line_is_cut_off_it()
    {
        var raw = new RawArticle(new[] { "date 2021-03 Le tribunal a rejeté la demande.", "Suite." }, "utf-8");
        var (lines, removed) = HeaderFields.TakeTextHeader(raw);
        Assert.Equal("Le tribunal a rejeté la demande.", lines[0]);
        Assert.Equal("2021-03", raw.Published.Value.Iso);
        Assert.Equal(MetadataOrigin.TextHeader, raw.Published.Origin);
        Assert.Equal("date 2021-03", Assert.Single(removed).Text);
    }

    [Fact]
    public void Key_value_lines_at_the_top_are_headers_and_stop_at_the_body()
    {
        var raw = new RawArticle(new[] { "Title: Court ruling", "Author: Jane Roe", "Published: 2021-01-21", "", "Note: this line is body text.", "Lang: fr" }, "utf-8");
        var (lines, removed) = HeaderFields.TakeTextHeader(raw);
        Assert.Equal("Court ruling", raw.Title.Value);
        Assert.Equal("Jane Roe", raw.Author.Value);
        Assert.Equal("2021-01-21", raw.Published.Value.Iso);
        Assert.Equal(3, removed.Count);
        Assert.Equal("Note: this line is body text.", lines[4]);
        Assert.False(raw.Language.HasValue);
    }

    [Fact]
    public void An_ordinary_first_sentence_is_not_a_header()
    {
        var raw = new RawArticle(new[] { "Date limite : le tribunal a fixé l’audience au 3 mars." }, "utf-8");
        var (lines, removed) = HeaderFields.TakeTextHeader(raw);
        Assert.Empty(removed);
        Assert.Equal(raw.Blocks[0], lines[0]);
    }
}
