namespace ParlerCase.Module.Tests;

public class TestCaseSourceTests
{
    private readonly ModuleSession session = ModuleSession.Instance;

    [Fact]
    public void Findings_carry_source_check_rule_and_evidence()
    {
        var result = session.Run("Test-CaseSource");
        result.AssertNoErrors();
        Assert.NotEmpty(result.Output);
        foreach (var finding in result.Output)
        {
            var offset = (int?)finding.Properties["Offset"].Value;
            var evidence = (string)finding.Properties["Evidence"].Value;
            Assert.False(string.IsNullOrEmpty((string)finding.Properties["Rule"].Value));
            Assert.False(string.IsNullOrEmpty(evidence));
            if (offset != null)
            {
                // The offset points into the source's Text, inside the evidence sentence.
                var id = (string)finding.Properties["Source"].Value;
                var text = (string)session.Run($"Get-CaseSource -LiteralPath ($root + '/seeds/{id}.txt') | ForEach-Object Text", new Dictionary<string, object> { ["root"] = ModuleSession.RepoRoot }).Output.Single().BaseObject;
                Assert.Contains(text.Substring(offset.Value, 1), evidence);
            }
        }
    }

    [Fact]
    public void Check_and_severity_filter_the_findings()
    {
        var result = session.Run("Get-CaseSource | Test-CaseSource -Check MachineTranslation -MinimumSeverity Warning");
        result.AssertNoErrors();
        Assert.All(result.Output, f => Assert.Equal("MachineTranslation", f.Properties["Check"].Value.ToString()));
        Assert.Contains(result.Output, f => ((string)f.Properties["Source"].Value).StartsWith("000"));
    }
}
