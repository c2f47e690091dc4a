namespace ParlerCase.Module.Tests;

/// <summary>
/// Get-Help gives every exported cmdlet (new ones included, without touching this test) a synopsis, a
/// description, a description for every parameter and at least two examples; and the about topic exists.
/// </summary>
public class HelpTests
{
    private const string HelpSummary = """
        $common = [System.Management.Automation.Cmdlet]::CommonParameters + [System.Management.Automation.Cmdlet]::OptionalCommonParameters
        foreach ($command in Get-Command -Module ParlerCase) {
            $help = Get-Help $command.Name -Full
            $described = @{}
            foreach ($parameter in $help.parameters.parameter) { $described[$parameter.name] = ($parameter.description.Text -join ' ').Trim() }
            [pscustomobject]@{
                Name        = $command.Name
                Synopsis    = "$($help.Synopsis)".Trim()
                Description = ($help.description.Text -join ' ').Trim()
                Examples    = @($help.examples.example | Where-Object { "$($_.code)".Trim() }).Count
                Undescribed = @($command.Parameters.Values | Where-Object {
                    $_.Name -notin $common -and -not $described[$_.Name]
                } | ForEach-Object Name) -join ', '
            }
        }
        """;

    [Fact]
    public void Every_exported_cmdlet_has_a_synopsis_a_description_parameter_descriptions_and_examples()
    {
        var result = ModuleSession.Instance.Run(HelpSummary);
        result.AssertNoErrors();
        Assert.NotEmpty(result.Output);
        var problems = new List<string>();
        foreach (var help in result.Output)
        {
            var name = (string)help.Properties["Name"].Value;
            var synopsis = (string)help.Properties["Synopsis"].Value;
            // Without a help file, Get-Help makes the synopsis from the syntax, which starts with the name.
            if (synopsis.Length == 0 || synopsis.StartsWith(name, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"{name}: no synopsis from the help file ('{synopsis}')");
            }

            if (((string)help.Properties["Description"].Value).Length == 0)
            {
                problems.Add($"{name}: no description");
            }

            if ((int)help.Properties["Examples"].Value < 2)
            {
                problems.Add($"{name}: fewer than two examples");
            }

            if (((string)help.Properties["Undescribed"].Value).Length > 0)
            {
                problems.Add($"{name}: parameters without a description: {help.Properties["Undescribed"].Value}");
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void The_syntax_comes_from_the_code()
    {
        var help = ModuleSession.Instance.Run("Get-Help Get-CaseSource -Parameter LiteralPath").Output.Single();
        Assert.Equal("PSPath, LP, FullName", help.Properties["aliases"].Value);
        Assert.Equal("True (ByPropertyName)", help.Properties["pipelineInput"].Value);
        var path = ModuleSession.Instance.Run("Get-Help Get-CaseSource -Parameter Path").Output.Single();
        Assert.Equal("true", path.Properties["globbing"].Value);
        Assert.Equal("0", path.Properties["position"].Value);
        // Default values are read from a new instance of the cmdlet class.
        var severity = ModuleSession.Instance.Run("Get-Help Test-CaseSource -Parameter MinimumSeverity").Output.Single();
        Assert.Equal("Info", severity.Properties["defaultValue"].Value?.ToString());
    }

    [Fact]
    public void About_ParlerCase_explains_the_objects_and_the_evidence_fields()
    {
        var text = string.Concat(ModuleSession.Instance.Run("Get-Help about_ParlerCase").Output);
        Assert.Contains("about_ParlerCase", text);
        foreach (var term in new[] { "EVIDENCE FIELDS", "Source", "Offset", "Sentence", "Rule", "Anchor", "PublishedFrom", "ParlerCase.CaseSource" })
        {
            Assert.Contains(term, text);
        }
    }
}
