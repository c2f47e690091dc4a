using ParlerCase.Core.Documents;
using ParlerCase.Core.Entities;

namespace ParlerCase.Core.Tests.Entities;

public class EntityRoleBoundaryTests
{
    [Fact]
    public void An_english_role_must_stand_right_before_the_name()
    {
        var document = Document.FromText("A Globex spokesperson told Reuters that the company would appeal.", "en");
        var mentions = EntityIndex.Build(new[] { document }).Find(document);
        Assert.Null(mentions.Single(m => m.Text == "Reuters").Role);
    }
}
