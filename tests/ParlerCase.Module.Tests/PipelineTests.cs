using System.Management.Automation;

namespace ParlerCase.Module.Tests;

/// <summary>How the cmdlets behave in a pipeline: streaming, progress on a large corpus.</summary>
public class PipelineTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("parlercase-pipeline-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_large_corpus_shows_progress_and_a_small_one_does_not()
    {
        WriteArticles(51);
        var large = ModuleSession.Instance.Run("Get-CaseSource -Path $folder", new Dictionary<string, object> { ["folder"] = folder });
        large.AssertNoErrors();
        Assert.Equal(51, large.Output.Count);
        Assert.Equal(52, large.Progress.Count);
        Assert.StartsWith("Get-CaseSource: reading 51 articles", large.Progress[0].Activity);
        Assert.Equal("1 of 51: article-00.txt", large.Progress[0].StatusDescription);
        Assert.Equal(ProgressRecordType.Completed, large.Progress[^1].RecordType);

        var small = ModuleSession.Instance.Run("Get-CaseSource");
        Assert.Empty(small.Progress);
    }

    [Fact]
    public void Sources_stream_the_first_comes_out_before_the_last_article_is_read()
    {
        WriteArticles(3);
        // Verbose merged into output keeps the order in which records were written.
        var result = ModuleSession.Instance.Run("Get-CaseSource -Path $folder -Verbose 4>&1", new Dictionary<string, object> { ["folder"] = folder });
        var kinds = result.Output.Select(o => o.BaseObject is VerboseRecord ? "read" : "source").ToList();
        Assert.Equal(new[] { "read", "source", "read", "source", "read", "source" }, kinds);
    }

    [Fact]
    public void Every_cmdlet_that_reads_paths_reports_a_missing_one_with_a_stable_id_category_and_target()
    {
        WriteArticles(1);
        var missing = Path.Combine(folder, "missing.txt");
        var result = ModuleSession.Instance.Run(
            "Get-Command -Module ParlerCase | Where-Object { $_.Parameters.ContainsKey('Path') } | ForEach-Object { $name = $_.Name; & $name -Path $missing, $folder -ErrorVariable +failures -ErrorAction SilentlyContinue | Out-Null }; $failures",
            new Dictionary<string, object> { ["missing"] = missing, ["folder"] = folder });
        var errors = result.Output.Select(o => (ErrorRecord)o.BaseObject).ToList();
        var commands = ModuleSession.Instance.Run("(Get-Command -Module ParlerCase | Where-Object { $_.Parameters.ContainsKey('Path') }).Name").Output.Count;
        Assert.Equal(commands, errors.Count);
        Assert.All(errors, e =>
        {
            Assert.StartsWith("PathNotFound,ParlerCase.Commands.", e.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.ObjectNotFound, e.CategoryInfo.Category);
            Assert.Equal(missing, e.TargetObject);
        });
    }

    private void WriteArticles(int count)
    {
        for (var i = 0; i < count; i++)
        {
            File.WriteAllText(Path.Combine(folder, $"article-{i:00}.txt"), $"The court heard case number {i} on Tuesday. The judge said a ruling would follow.");
        }
    }
}
