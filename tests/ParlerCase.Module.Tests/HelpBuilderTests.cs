namespace ParlerCase.Module.Tests;

/// <summary>The help builder refuses help that is missing or lags the code, so the build fails.</summary>
public class HelpBuilderTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("parlercase-help-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_missing_topic_an_undescribed_parameter_and_a_parameter_the_code_lacks_fail_the_build()
    {
        var help = Path.Combine(folder, "Help");
        Directory.CreateDirectory(help);
        foreach (var file in Directory.GetFiles(Path.Combine(ModuleSession.RepoRoot, "src", "ParlerCase.PowerShell", "Help"), "*.md"))
        {
            File.Copy(file, Path.Combine(help, Path.GetFileName(file)));
        }

        var removed = Directory.GetFiles(help, "*-*.md").Select(Path.GetFileNameWithoutExtension).First(n => n != "Get-CaseSource")!;
        File.Delete(Path.Combine(help, removed + ".md"));
        var shared = Path.Combine(help, "SharedParameters.md");
        File.WriteAllText(shared, File.ReadAllText(shared).Replace("### -Recurse", "### Not a parameter heading"));
        File.AppendAllText(Path.Combine(help, "Get-CaseSource.md"), "\n## PARAMETERS\n\n### -Encoding\n\nNo such parameter.\n");

        var output = Path.Combine(folder, "help.xml");
        var builder = Path.Combine(ModuleSession.RepoRoot, "src", "ParlerCase.HelpBuilder", "bin", DotnetProcess.Configuration, "net10.0", "ParlerCase.HelpBuilder.dll");
        var (code, text) = DotnetProcess.Run(builder, ModuleSession.Manifest, help, output);

        Assert.Equal(1, code);
        Assert.False(File.Exists(output));
        Assert.Contains($"error PCHELP: {removed} has no help topic.", text);
        Assert.Contains("error PCHELP: Get-CaseSource parameter -Recurse has no description", text);
        Assert.Contains("error PCHELP: Get-CaseSource describes -Encoding, which Get-CaseSource does not have.", text);
    }
}
