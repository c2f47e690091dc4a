namespace ParlerCase.Module.Tests;

/// <summary>The default views read well in a console: checked by rendering through Out-Default.</summary>
public class ViewTests
{
    [Fact]
    public void Sources_render_as_a_table_without_the_body()
    {
        var text = ModuleSession.Instance.Render("Get-CaseSource");
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("Id ") && l.Contains("Published") && l.Contains("Title"));
        Assert.Equal(5, lines.Count(l => l.StartsWith("00")));
        Assert.DoesNotContain("Un juge fédéral a rejeté", text);
    }
}
