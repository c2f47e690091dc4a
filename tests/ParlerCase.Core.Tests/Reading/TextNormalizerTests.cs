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
}
