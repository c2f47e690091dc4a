using ParlerCase.Core.Reading;

namespace ParlerCase.Core.Tests.Reading;

public class TextNormalizerTests
{
    [Fact]
    public void Line_ends_are_normalised_and_typography_is_kept()
    {
        var lines = TextNormalizer.Lines("\uFEFFUn\r\nDeux\rTrois\n  « quatre\u00A0» \n");
        Assert.Equal(new[] { "Un", "Deux", "Trois", "« quatre\u00A0»" }, lines);
    }

    [Fact]
    public void Zero_width_characters_inside_words_go_and_an_emoji_keeps_its_joiner()
    {
        var lines = TextNormalizer.Lines("Or\u200Bbis a\u00AD\u2060 porté plainte lun\u200Ddi 👩\u200D⚖️\u200E");
        Assert.Equal(new[] { "Orbis a porté plainte lundi 👩\u200D⚖️" }, lines);
    }

    [Fact]
    public void A_line_of_invisible_characters_and_wide_spaces_is_empty()
    {
        Assert.Equal(new[] { string.Empty, string.Empty }, TextNormalizer.Lines("\u2003\u200B\u2003\n\u200B\u3000\u2060"));
    }
}
