using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace ParlerCase.Module.Tests;

/// <summary>Tab completion of corpus values, through the engine's own completion entry point.</summary>
public class CompletionTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("parlercase-complete-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Id_completes_the_ids_of_the_bundled_corpus()
    {
        var matches = Complete("Get-CaseSource -Id 00");
        Assert.Equal(5, matches.Count);
        Assert.All(matches, m => Assert.StartsWith("00", m));
        Assert.Equal(new[] { "003_d9c06794e69f0419" }, Complete("Get-CaseSource -Id 003"));
    }

    [Fact]
    public void Id_completes_from_the_corpus_the_path_names_and_quotes_what_needs_it()
    {
        File.WriteAllText(Path.Combine(folder, "ruling 2021.txt"), "The judge denied the motion on Tuesday. The company said it would appeal.");
        File.WriteAllText(Path.Combine(folder, "appeal.txt"), "The court of appeals heard the case in March. The lawyers argued for an hour.");
        Assert.Equal(new[] { "'ruling 2021'" }, Complete($"Get-CaseSource -Path '{folder}' -Id r"));
        Assert.Equal(new[] { "appeal", "'ruling 2021'" }, Complete($"Get-CaseSource -LiteralPath '{folder}' -Id "));
    }

    [Fact]
    public void Completed_ids_filter_and_an_unknown_id_is_an_error()
    {
        var result = ModuleSession.Instance.Run("Get-CaseSource -Id 003*, 004_74ec245c5e102d4d, nothing");
        Assert.Equal(new[] { "003_d9c06794e69f0419", "004_74ec245c5e102d4d" }, result.Values<string>("Id"));
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("SourceNotFound,", error.FullyQualifiedErrorId);
        Assert.Equal("nothing", error.TargetObject);
    }

    [Fact]
    public void Every_parameter_with_a_completer_offers_values_of_the_bundled_corpus()
    {
        // Parameters of every exported cmdlet that carry an [ArgumentCompleter]: new ones are covered as they come.
        var parameters = ModuleSession.Instance.Run("""
            foreach ($command in Get-Command -Module ParlerCase) {
                foreach ($parameter in $command.Parameters.Values) {
                    if ($parameter.Attributes | Where-Object { $_ -is [ArgumentCompleter] }) { "$($command.Name) -$($parameter.Name) " }
                }
            }
            """).Output.Select(o => (string)o.BaseObject).ToList();
        Assert.Contains("Get-CaseSource -Id ", parameters);
        Assert.All(parameters, p => Assert.True(Complete(p).Count > 0, $"'{p}' completes nothing on the bundled corpus"));
    }

    private static List<string> Complete(string input)
    {
        using var ps = PowerShell.Create(InitialSessionState.CreateDefault2());
        ps.AddCommand("Import-Module").AddParameter("Name", ModuleSession.Manifest).AddParameter("ErrorAction", "Stop").Invoke();
        ps.Commands.Clear();
        var completion = CommandCompletion.CompleteInput(input, input.Length, null, ps);
        return completion.CompletionMatches.Select(m => m.CompletionText).ToList();
    }
}
