using ParlerCase.Core.Cleaning;

namespace ParlerCase.Core.Tests.Cleaning;

public class ParagraphAssemblerTests
{
    [Fact]
    public void Hard_wrapped_lines_are_joined_and_paragraph_lines_are_not()
    {
        var lines = new[] { "The court said the company had", "failed to act.", "", "A heading", "Another paragraph." }
            .Select((t, i) => (i + 1, t));
        Assert.Equal(new[] { "The court said the company had failed to act.", "A heading", "Another paragraph." }, ParagraphAssembler.Join(lines));
    }
}
