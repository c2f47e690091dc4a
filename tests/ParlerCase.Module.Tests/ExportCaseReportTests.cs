using System.Management.Automation;
using System.Text;

namespace ParlerCase.Module.Tests;

/// <summary>Export-CaseReport as a file writer: Export-Csv's conventions, UTF-8, atomic, every text encoded.</summary>
public class ExportCaseReportTests : IDisposable
{
    private readonly ModuleSession session = ModuleSession.Instance;
    private readonly string folder = Directory.CreateTempSubdirectory("parlercase-report-").FullName;

    public void Dispose()
    {
        foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories))
        {
            File.SetAttributes(file, FileAttributes.Normal);
        }

        Directory.Delete(folder, recursive: true);
    }

    private Dictionary<string, object> Articles()
    {
        var articles = Path.Combine(folder, "articles");
        Directory.CreateDirectory(articles);
        File.WriteAllText(Path.Combine(articles, "brief.txt"),
            "Orvane Hosting suspended Brisk Social on Monday, January 9, 2023. <script>alert('x')</script>\n\n\"We will be back <b>soon</b>,\" said Dana Whitlock, the founder of Brisk Social.");
        File.WriteAllText(Path.Combine(articles, "metadata.csv"), "File,Published,Outlet\nbrief.txt,2023-01-10,The <Ledger>\n");
        return new Dictionary<string, object> { ["articles"] = articles, ["report"] = Path.Combine(folder, "report.html") };
    }

    [Fact]
    public void The_bundled_corpus_report_is_written_in_UTF8_and_PassThru_gives_its_FileInfo()
    {
        var report = Path.Combine(folder, "case.html");
        var result = session.Run("Export-CaseReport -Path $report -PassThru", new Dictionary<string, object> { ["report"] = report });
        result.AssertNoErrors();
        var file = Assert.IsType<FileInfo>(Assert.Single(result.Output).BaseObject);
        Assert.Equal(report, file.FullName);

        var bytes = File.ReadAllBytes(report);
        Assert.False(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, "a byte order mark");
        var html = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<meta charset=\"utf-8\">", html);
        foreach (var id in Directory.GetFiles(Path.Combine(ModuleSession.RepoRoot, "seeds"), "*.txt").Select(Path.GetFileNameWithoutExtension))
        {
            Assert.Contains(id!, html);
        }

        Assert.Contains("<svg class=\"timeline\"", html);
        Assert.Equal(new[] { "case.html" }, Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void A_source_the_report_cannot_draw_is_left_out_with_its_error_and_the_others_are_reported()
    {
        // The last day of the calendar has no day after it to end its bar: the whole report once failed with it.
        var variables = Articles();
        File.WriteAllText(Path.Combine((string)variables["articles"], "edge.txt"), "Le 9999-12-31, Orbis a retiré l'application Chatter de son magasin.");
        var result = session.Run("Export-CaseReport -SourcePath $articles -Path $report", variables);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("AnalysisFailed,", error.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Contains("edge.txt", error.ToString(), StringComparison.Ordinal);
        var html = File.ReadAllText((string)variables["report"]);
        Assert.Contains("Brisk Social", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Chatter", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Piped_sources_holding_markup_show_it_as_text()
    {
        var variables = Articles();
        var result = session.Run("Get-CaseSource -Path $articles | Export-CaseReport -Path $report -Title 'Brisk <i>v.</i> Orvane'", variables);
        result.AssertNoErrors();
        Assert.Empty(result.Output);
        var html = File.ReadAllText((string)variables["report"]);
        Assert.Contains("Brisk &lt;i&gt;v.&lt;/i&gt; Orvane", html);
        Assert.Contains("We will be back &lt;b&gt;soon&lt;/b&gt;", html);
        Assert.Contains("The &lt;Ledger&gt;", html);
        Assert.DoesNotContain("<b>soon", html);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<script"));
    }

    [Fact]
    public void It_overwrites_by_default_keeps_the_file_with_NoClobber_and_replaces_a_read_only_one_only_with_Force()
    {
        var variables = Articles();
        var report = (string)variables["report"];
        File.WriteAllText(report, "old");

        session.Run("Export-CaseReport -SourcePath $articles -Path $report", variables).AssertNoErrors();
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(report));

        File.WriteAllText(report, "old");
        var kept = session.Run("Export-CaseReport -SourcePath $articles -Path $report -NoClobber", variables);
        Assert.StartsWith("FileExists,", Assert.Single(kept.Errors).FullyQualifiedErrorId);
        Assert.Equal("old", File.ReadAllText(report));

        File.SetAttributes(report, FileAttributes.ReadOnly);
        var refused = session.Run("Export-CaseReport -SourcePath $articles -Path $report", variables);
        Assert.StartsWith("FileReadOnly,", Assert.Single(refused.Errors).FullyQualifiedErrorId);
        Assert.Equal("old", File.ReadAllText(report));

        session.Run("Export-CaseReport -SourcePath $articles -Path $report -Force", variables).AssertNoErrors();
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(report));
        Assert.Equal(new[] { "report.html" }, Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void WhatIf_writes_nothing_and_LiteralPath_takes_brackets_as_written()
    {
        var variables = Articles();
        variables["literal"] = Path.Combine(folder, "[draft] report.html");
        var whatIf = session.Run("Export-CaseReport -SourcePath $articles -LiteralPath $literal -WhatIf", variables);
        whatIf.AssertNoErrors();
        Assert.False(File.Exists((string)variables["literal"]));

        session.Run("Export-CaseReport -SourcePath $articles -LiteralPath $literal", variables).AssertNoErrors();
        Assert.True(File.Exists((string)variables["literal"]));
    }

    [Fact]
    public void Sources_given_two_ways_or_a_missing_folder_are_errors_and_nothing_is_written()
    {
        var variables = Articles();
        var twice = session.Run("Get-CaseSource -Path $articles | Export-CaseReport -SourcePath $articles -Path $report", variables);
        Assert.StartsWith("SourcesTwice,", Assert.Single(twice.Errors).FullyQualifiedErrorId);

        variables["nowhere"] = Path.Combine(folder, "missing", "report.html");
        var missing = session.Run("Export-CaseReport -SourcePath $articles -Path $nowhere", variables);
        Assert.StartsWith("PathNotFile,", Assert.Single(missing.Errors).FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidArgument, missing.Errors[0].CategoryInfo.Category);

        variables["none"] = Path.Combine((string)variables["articles"], "none.txt");
        var unreadable = session.Run("Export-CaseReport -SourcePath $none -Path $report", variables);
        Assert.True(unreadable.Errors.Any(e => e.FullyQualifiedErrorId.StartsWith("NoSources,")), string.Join("; ", unreadable.Errors.Select(e => e.FullyQualifiedErrorId + " " + e)));
        Assert.False(File.Exists((string)variables["report"]));
    }
}
