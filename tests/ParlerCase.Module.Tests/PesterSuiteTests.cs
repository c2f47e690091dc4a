using System.Management.Automation.Language;

namespace ParlerCase.Module.Tests;

/// <summary>CI has no pwsh and no Pester: parse the Pester suite so it cannot rot unnoticed.</summary>
public class PesterSuiteTests
{
    public static TheoryData<string> Suites()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(ModuleSession.RepoRoot, "tests"), "*.Tests.ps1", SearchOption.AllDirectories))
        {
            data.Add(Path.GetRelativePath(ModuleSession.RepoRoot, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Suites))]
    public void Pester_suite_parses_cleanly_and_runs_real_tests(string relativePath)
    {
        var ast = Parser.ParseFile(Path.Combine(ModuleSession.RepoRoot, relativePath), out _, out var errors);
        Assert.Empty(errors.Select(e => $"{e.Extent.StartLineNumber}: {e.Message}"));
        var calls = ast.FindAll(n => n is CommandAst, searchNestedScriptBlocks: true).Cast<CommandAst>().Select(c => c.GetCommandName()).ToList();
        Assert.Contains("Describe", calls);
        Assert.Contains("It", calls);
        Assert.Contains("Should", calls);
    }

    [Fact]
    public void The_build_script_parses_cleanly()
    {
        Parser.ParseFile(Path.Combine(ModuleSession.RepoRoot, "build.ps1"), out _, out var errors);
        Assert.Empty(errors.Select(e => $"{e.Extent.StartLineNumber}: {e.Message}"));
    }
}
