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

    [Fact]
    public void A_large_corpus_is_sampled_within_a_budget()
    {
        // 1,500 articles, each with a speaker of its own: a Tab must not wait for all of them to be analysed.
        for (var i = 0; i < 1500; i++)
        {
            File.WriteAllText(Path.Combine(folder, $"brief-{i:D4}.txt"), $"""
                The county board met on Monday to discuss the new bridge over the river.

                "We will not wait another year for this crossing," said Nora Vale{Letters(i)}, the board's chair. The vote is set for June.
                """);
        }

        using var ps = ImportedSession();
        var input = $"Get-Quote -Path '{folder}' -Speaker ";
        var first = CompleteIn(ps, input);
        var second = CompleteIn(ps, input);

        Assert.NotEmpty(first);
        Assert.All(first.Concat(second), m => Assert.StartsWith("'Nora Vale", m));
        // Sampled: the Tab stopped before analysing every article (each has a speaker of its own). How long it
        // takes is the benchmark's (--first-answer): a wall-clock bound here passes or fails with the machine's load.
        Assert.True(first.Count < 1500 && second.Count < 1500);
    }

    [Fact]
    public void Id_completion_reads_only_the_files_whose_names_can_match()
    {
        for (var i = 0; i < 1500; i++)
        {
            File.WriteAllText(Path.Combine(folder, $"note-{i:D4}.txt"), "The mayor opened the new library on Saturday. Hundreds of residents came.");
        }

        using var ps = ImportedSession();
        Assert.Equal(new[] { "note-1493" }, CompleteIn(ps, $"Get-CaseSource -Path '{folder}' -Id note-1493"));
    }

    /// <summary>A surname ending of its own for each article: 'aab', 'aac'...</summary>
    private static string Letters(int i) => string.Concat(new[] { i / 676, i / 26 % 26, i % 26 }.Select(d => (char)('a' + d)));

    private static List<string> Complete(string input)
    {
        using var ps = ImportedSession();
        return CompleteIn(ps, input);
    }

    private static PowerShell ImportedSession()
    {
        var ps = PowerShell.Create(InitialSessionState.CreateDefault2());
        ps.AddCommand("Import-Module").AddParameter("Name", ModuleSession.Manifest).AddParameter("ErrorAction", "Stop").Invoke();
        ps.Commands.Clear();
        return ps;
    }

    private static List<string> CompleteIn(PowerShell ps, string input) =>
        CommandCompletion.CompleteInput(input, input.Length, null, ps).CompletionMatches.Select(m => m.CompletionText).ToList();
}
