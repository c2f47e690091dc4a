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

    [Theory]
    [InlineData("Get-Quote", "ParlerCase.Quote")]
    [InlineData("Get-CaseEvent -PerSource", "ParlerCase.CaseEvent")]
    [InlineData("Test-CaseSource", "ParlerCase.SourceFinding")]
    public void Per_article_output_comes_out_before_the_last_article_is_read(string command, string typeName)
    {
        WriteArticles(3, i => $"Le tribunal a examiné l'affaire numéro {i} mardi 5 janvier. « Nous ferons appel », a déclaré l'avocat Jean Morel lundi 4 janvier.");
        var kinds = ReadAndOutputOrder(command, typeName);
        Assert.Equal(3, kinds.Count(k => k == "read"));
        Assert.Contains("output", kinds);
        Assert.True(kinds.IndexOf("output") < kinds.LastIndexOf("read"), string.Join(" ", kinds));
    }

    [Theory]
    [InlineData("Get-CaseEvent")]
    [InlineData("Compare-Source")]
    public void Work_that_needs_every_source_is_written_after_the_last_article_is_read(string command)
    {
        WriteArticles(3, i => $"Le tribunal a examiné l'affaire numéro {i} mardi 5 janvier. « Nous ferons appel », a déclaré l'avocat Jean Morel lundi 4 janvier.");
        var kinds = ReadAndOutputOrder(command, "ParlerCase.");
        Assert.Contains("output", kinds);
        Assert.True(kinds.IndexOf("output") > kinds.LastIndexOf("read"), string.Join(" ", kinds));
    }

    [Fact]
    public void A_quote_in_a_later_article_takes_the_full_name_an_earlier_one_gave_and_says_so()
    {
        File.WriteAllText(Path.Combine(folder, "a.txt"), "Amazon Web Services (AWS) suspended the service on Sunday. \"We cannot host this content,\" AWS said in a letter.");
        File.WriteAllText(Path.Combine(folder, "b.txt"), "The company stayed quiet on Monday. \"We have nothing to add,\" AWS said.");
        var files = new Dictionary<string, object> { ["a"] = Path.Combine(folder, "a.txt"), ["b"] = Path.Combine(folder, "b.txt") };
        // Read first, b knows only 'AWS'; read after a, it gets the name a gave.
        var first = ModuleSession.Instance.Run("Get-Quote -LiteralPath $b, $a | Where-Object Source -eq b | Where-Object Kind -eq Direct", files);
        first.AssertNoErrors();
        Assert.Equal("AWS", Assert.Single(first.Output).Properties["Speaker"].Value);
        var again = ModuleSession.Instance.Run("Get-Quote -LiteralPath $a, $b | Where-Object Source -eq b | Where-Object Kind -eq Direct", files);
        var later = Assert.Single(again.Output);
        Assert.Equal("Amazon Web Services", later.Properties["Speaker"].Value);
        Assert.Equal("AWS", later.Properties["SpeakerText"].Value);
        Assert.EndsWith("name an earlier source gives", (string)later.Properties["Rule"].Value);
    }

    [Fact]
    public void Every_cmdlet_that_reads_paths_reports_a_missing_one_with_a_stable_id_category_and_target()
    {
        // A file writer's -Path is the file it writes (ExportCaseReportTests).
        WriteArticles(1);
        var missing = Path.Combine(folder, "missing.txt");
        var result = ModuleSession.Instance.Run(
            "Get-Command -Module ParlerCase | Where-Object { $_.Parameters.ContainsKey('Path') -and $_.Verb -ne 'Export' } | ForEach-Object { $name = $_.Name; & $name -Path $missing, $folder -ErrorVariable +failures -ErrorAction SilentlyContinue | Out-Null }; $failures",
            new Dictionary<string, object> { ["missing"] = missing, ["folder"] = folder });
        var errors = result.Output.Select(o => (ErrorRecord)o.BaseObject).ToList();
        var commands = ModuleSession.Instance.Run("(Get-Command -Module ParlerCase | Where-Object { $_.Parameters.ContainsKey('Path') -and $_.Verb -ne 'Export' }).Name").Output.Count;
        Assert.Equal(commands, errors.Count);
        Assert.All(errors, e =>
        {
            Assert.StartsWith("PathNotFound,ParlerCase.Commands.", e.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.ObjectNotFound, e.CategoryInfo.Category);
            Assert.Equal(missing, e.TargetObject);
        });
    }

    /// <summary>'read' for each article read (its -Verbose line), 'output' for each object of the type, in the order written.</summary>
    private List<string> ReadAndOutputOrder(string command, string typeName)
    {
        // Verbose merged into output keeps the order in which records were written.
        var result = ModuleSession.Instance.Run($"{command} -Path $folder -Verbose 4>&1", new Dictionary<string, object> { ["folder"] = folder });
        result.AssertNoErrors();
        return result.Output
            .Select(o => o.BaseObject is VerboseRecord v ? (v.Message.Contains(" paragraphs, ") ? "read" : "") : o.TypeNames[0].StartsWith(typeName, StringComparison.Ordinal) ? "output" : "")
            .Where(k => k.Length > 0)
            .ToList();
    }

    private void WriteArticles(int count, Func<int, string>? text = null)
    {
        for (var i = 0; i < count; i++)
        {
            File.WriteAllText(Path.Combine(folder, $"article-{i:00}.txt"), text?.Invoke(i) ?? $"The court heard case number {i} on Tuesday. The judge said a ruling would follow.");
        }
    }
}
