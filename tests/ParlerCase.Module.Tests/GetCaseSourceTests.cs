using System.Globalization;
using System.Management.Automation;
using System.Text;

namespace ParlerCase.Module.Tests;

public class GetCaseSourceTests : IDisposable
{
    private readonly ModuleSession session = ModuleSession.Instance;
    private readonly string folder = Directory.CreateTempSubdirectory("parlercase-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void The_bundled_seeds_are_French_with_the_gold_publication_dates()
    {
        var result = session.Run("Get-CaseSource | Where-Object Language -eq 'fr'");
        result.AssertNoErrors();
        var expected = SeedGold.Items("articles").ToDictionary(a => a.GetProperty("id").GetString()!, a => a.GetProperty("published").GetString()!);
        var found = result.Output.ToDictionary(o => SeedGold.ArticleKey((string)o.Properties["Id"].Value), o => (string)o.Properties["PublishedIso"].Value);
        Assert.Equal(expected.OrderBy(e => e.Key), found.OrderBy(f => f.Key));
        Assert.All(result.Output, o => Assert.Equal("MetadataFile", o.Properties["PublishedFrom"].Value.ToString()));
    }

    [Fact]
    public void Two_files_with_one_base_name_get_two_Ids_and_the_comparison_keeps_both()
    {
        Directory.CreateDirectory(Path.Combine(folder, "sub"));
        File.WriteAllText(Path.Combine(folder, "report.txt"), "Acme sued Orbis on Monday, the company said. The judge will hear the case in March.");
        File.WriteAllText(Path.Combine(folder, "sub", "report.txt"), "Orbis was sued by Acme, its lawyer said on Tuesday. Acme wants 12 million dollars.");
        var variables = new Dictionary<string, object> { ["folder"] = folder };

        var sources = session.Run("Get-CaseSource -Path $folder -Recurse", variables);
        sources.AssertNoErrors();
        Assert.Equal(new[] { "report", "report-2" }, sources.Values<string>("Id").Order());
        Assert.Contains(sources.Warnings, w => w.Contains("'report-2'"));
        Assert.Single(session.Run("Get-CaseSource -Path $folder -Recurse -Id report-2", variables).Output);

        var summary = session.Run("Compare-Source -Path $folder -Recurse -Summary", variables);
        summary.AssertNoErrors();
        Assert.Equal(new[] { "report", "report-2" }, summary.Values<string>("Source").Order());
    }

    [Fact]
    public void A_source_piped_in_with_an_Id_another_file_has_is_an_error_and_left_out()
    {
        Directory.CreateDirectory(Path.Combine(folder, "sub"));
        File.WriteAllText(Path.Combine(folder, "report.txt"), "Acme sued Orbis on Monday, the company said.");
        File.WriteAllText(Path.Combine(folder, "sub", "report.txt"), "Orbis was sued by Acme, its lawyer said on Tuesday.");
        var result = session.Run("@(Get-CaseSource -Path $folder) + @(Get-CaseSource -Path $sub) + @(Get-CaseSource -Path $folder) | Compare-Source -Summary",
            new Dictionary<string, object> { ["folder"] = folder, ["sub"] = Path.Combine(folder, "sub") });
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("DuplicateSourceId,", error.FullyQualifiedErrorId);
        Assert.Equal(ErrorCategory.InvalidData, error.CategoryInfo.Category);
        Assert.Equal("report", Assert.Single(result.Values<string>("Source")));
    }

    [Fact]
    public void Every_seed_keeps_the_gold_quotes_and_evidence_and_drops_the_gold_boilerplate()
    {
        var result = session.Run("Get-CaseSource");
        result.AssertNoErrors();
        var text = result.Output.ToDictionary(o => SeedGold.ArticleKey((string)o.Properties["Id"].Value), o => (string)o.Properties["Text"].Value);
        foreach (var quote in SeedGold.Items("quotes"))
        {
            Assert.Contains(quote.GetProperty("text").GetString()!, text[quote.GetProperty("source").GetString()!]);
        }

        foreach (var mention in SeedGold.Items("events").SelectMany(e => e.GetProperty("mentions").EnumerateArray()))
        {
            Assert.Contains(mention.GetProperty("evidence").GetString()!, text[mention.GetProperty("source").GetString()!]);
        }

        foreach (var article in SeedGold.Items("articles"))
        {
            var body = text[article.GetProperty("id").GetString()!];
            foreach (var line in article.GetProperty("boilerplate").EnumerateArray())
            {
                Assert.DoesNotContain(line.GetString()!, body);
            }
        }
    }

    [Fact]
    public void Removed_lines_and_author_stay_visible_to_the_analyst()
    {
        var result = session.Run("Get-CaseSource | Where-Object RemovedCount -gt 0");
        Assert.NotEmpty(result.Output);
        Assert.All(result.Output, o => Assert.Matches(@"^line \d+ \[[a-z-]+\] ", (string)o.Properties["Removed"].Value));
        var authors = session.Run("Get-CaseSource | Where-Object Author | ForEach-Object { $_.Author + '|' + $_.AuthorFrom }").Output.Select(o => o.ToString()).ToList();
        Assert.Contains("Fetty Adler|Inferred", authors);
    }

    [Fact]
    public void Get_ChildItem_output_binds_to_LiteralPath()
    {
        // The hosted engine has no Get-ChildItem: give FileInfo objects the PSPath note property it adds.
        File.WriteAllText(Path.Combine(folder, "a[1].txt"), "Le tribunal a rejeté la demande mardi. La société a fait appel.");
        File.WriteAllText(Path.Combine(folder, "b.txt"), "The court denied the motion on Tuesday. The company appealed.");
        const string childItems = "[IO.DirectoryInfo]::new($folder).GetFiles() | ForEach-Object { $o = [psobject]::new($_); $o.PSObject.Properties.Add([psnoteproperty]::new('PSPath', 'Microsoft.PowerShell.Core\\FileSystem::' + $_.FullName)); $o }";
        var result = session.Run(childItems + " | Get-CaseSource", new Dictionary<string, object> { ["folder"] = folder });
        result.AssertNoErrors();
        var languages = result.Output.ToDictionary(o => (string)o.Properties["Id"].Value, o => (string)o.Properties["Language"].Value);
        Assert.Equal(new Dictionary<string, string> { ["a[1]"] = "fr", ["b"] = "en" }, languages);
    }

    [Fact]
    public void Path_takes_wildcards_and_LiteralPath_takes_brackets_as_written()
    {
        File.WriteAllText(Path.Combine(folder, "a[1].txt"), "Le tribunal a rejeté la demande mardi.");
        File.WriteAllText(Path.Combine(folder, "a2.txt"), "Le tribunal a rejeté la demande mercredi.");
        var vars = new Dictionary<string, object> { ["folder"] = folder };
        var wildcard = session.Run("Get-CaseSource -Path ($folder + '/a*.txt')", vars);
        Assert.Equal(2, wildcard.Output.Count);
        var literal = session.Run("Get-CaseSource -LiteralPath ($folder + '/a[1].txt')", vars);
        literal.AssertNoErrors();
        Assert.Equal("a[1]", Assert.Single(literal.Values<string>("Id")));
    }

    [Fact]
    public void A_folder_gives_its_articles_and_reads_its_metadata_file()
    {
        File.WriteAllText(Path.Combine(folder, "story.md"), "---\ntitle: Court rules\n---\n\nThe judge ruled on **Monday**. The company said it would appeal.\n");
        File.WriteAllText(Path.Combine(folder, "metadata.csv"), "File,Published,Outlet,Author\nstory.md,2021-02,The Daily,Jane Roe\n");
        var result = session.Run("Get-CaseSource -Path $folder", new Dictionary<string, object> { ["folder"] = folder });
        result.AssertNoErrors();
        var source = Assert.Single(result.Output);
        Assert.Equal("2021-02", source.Properties["PublishedIso"].Value);
        Assert.Equal("Month", source.Properties["PublishedPrecision"].Value.ToString());
        Assert.Equal("The Daily", source.Properties["Outlet"].Value);
        Assert.Equal("Court rules", source.Properties["Title"].Value);
        Assert.Equal("TextHeader", source.Properties["TitleFrom"].Value.ToString());
        Assert.StartsWith("The judge ruled on Monday.", (string)source.Properties["Text"].Value);
    }

    [Fact]
    public void Each_bad_file_is_a_non_terminating_error_with_a_stable_id_and_the_rest_come_out()
    {
        File.WriteAllText(Path.Combine(folder, "good.txt"), "The court denied the motion on Tuesday. The company appealed.");
        File.WriteAllBytes(Path.Combine(folder, "empty.txt"), Array.Empty<byte>());
        File.WriteAllBytes(Path.Combine(folder, "binary.txt"), new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF, 0x10 });
        File.WriteAllText(Path.Combine(folder, "furniture.txt"), "Share on facebook\nFacebook\nShare on twitter\nTwitter\n");
        using (var big = File.Create(Path.Combine(folder, "huge.txt")))
        {
            big.SetLength(10L * 1024 * 1024 + 1);
        }

        var emptyFolder = Directory.CreateDirectory(Path.Combine(folder, "nothing")).FullName;
        var result = session.Run(
            "Get-CaseSource -Path $folder; Get-CaseSource -Path ($folder + '/missing.txt'); Get-CaseSource -LiteralPath $empty",
            new Dictionary<string, object> { ["folder"] = folder, ["empty"] = emptyFolder });

        Assert.Equal("good", Assert.Single(result.Values<string>("Id")));
        var errors = result.Errors.ToDictionary(e => e.FullyQualifiedErrorId.Split(',')[0], e => e);
        Assert.Equal(ErrorCategory.InvalidData, errors["EmptyFile"].CategoryInfo.Category);
        Assert.Equal(ErrorCategory.InvalidData, errors["BinaryFile"].CategoryInfo.Category);
        Assert.Equal(ErrorCategory.LimitsExceeded, errors["FileTooLarge"].CategoryInfo.Category);
        Assert.Equal(ErrorCategory.InvalidData, errors["NoArticleText"].CategoryInfo.Category);
        Assert.Equal(ErrorCategory.ObjectNotFound, errors["PathNotFound"].CategoryInfo.Category);
        Assert.Equal(ErrorCategory.ObjectNotFound, errors["NoArticlesInFolder"].CategoryInfo.Category);
        Assert.EndsWith("empty.txt", (string)errors["EmptyFile"].TargetObject);
        Assert.All(result.Errors, e => Assert.EndsWith(",ParlerCase.Commands.GetCaseSourceCommand", e.FullyQualifiedErrorId));
    }

    [Fact]
    public void Verbose_says_what_was_read_and_removed()
    {
        var result = session.Run("Get-CaseSource -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | ForEach-Object Message");
        Assert.Contains(result.Output.Select(o => o.ToString()), m => m.Contains("lines removed (") && m.Contains("tag-list"));
    }

    [Fact]
    public void Every_property_converts_to_a_plain_csv_value()
    {
        var result = session.Run("Get-CaseSource");
        foreach (var source in result.Output)
        {
            foreach (var property in source.Properties)
            {
                var text = LanguagePrimitives.ConvertTo<string>(property.Value) ?? string.Empty;
                Assert.DoesNotMatch(@"^System\.|\[\]$|^ParlerCase\.", text);
            }
        }
    }

    [Fact]
    public void Legacy_and_utf16_files_read_the_same_as_utf8()
    {
        const string french = "« Nous ne céderons pas », a déclaré le président. L’entreprise a été expulsée à Noël.";
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        File.WriteAllBytes(Path.Combine(folder, "latin.txt"), System.Text.Encoding.GetEncoding(1252).GetBytes(french));
        File.WriteAllBytes(Path.Combine(folder, "utf16.txt"), System.Text.Encoding.Unicode.GetPreamble().Concat(System.Text.Encoding.Unicode.GetBytes(french)).ToArray());
        var result = session.Run("Get-CaseSource -Path $folder", new Dictionary<string, object> { ["folder"] = folder });
        result.AssertNoErrors();
        Assert.All(result.Values<string>("Text"), t => Assert.Equal(french, t));
        Assert.Equal(new[] { "windows-1252", "utf-16" }, result.Values<string>("Encoding"));
    }
}
