using ParlerCase.Core.Documents;
using ParlerCase.Core.Entities;

namespace ParlerCase.Core.Tests.Entities;

public class AcronymTests
{
    [Theory]
    [InlineData("The Federal Trade Board sued on Monday. The FTB said the case was strong.", "FTB", "Federal Trade Board")]
    [InlineData("The Department of Trade opened an inquiry. The DOT declined to comment.", "DOT", "Department of Trade")]
    public void An_acronym_matches_the_one_name_with_its_initials(string text, string acronym, string name)
    {
        var index = EntityIndex.Build(new[] { Document.FromText(text, "en") });
        Assert.Equal(name, index.Canonical(acronym));
    }

    [Fact]
    public void Two_names_with_the_same_initials_leave_the_acronym_alone()
    {
        var index = EntityIndex.Build(new[] { Document.FromText("Paul Roux met Pierre Rey. The PR team was there.", "en") });
        Assert.Equal("PR", index.Canonical("PR"));
    }
}
