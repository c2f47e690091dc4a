using System.Text;

namespace ParlerCase.Module.Tests;

/// <summary>
/// One bad file beside the five seeds: every cmdlet still writes the seeds' output unchanged, and the bad file
/// gives its own output or one of the documented article errors, never a terminating one.
/// </summary>
public class BadInputTests : IDisposable
{
    /// <summary>The ErrorIds an article may give (README, about_ParlerCase).</summary>
    public static readonly string[] ArticleErrorIds =
    {
        "EmptyFile", "BinaryFile", "FileTooLarge", "UndecodableText", "UnsupportedFormat", "NoArticleText", "ReadFailed",
        "ArticleFailed", "AnalysisFailed", "RuleTimedOut", "FolderNotReadable",
    };

    // Each cmdlet's output for the seeds' sources, as text: what a bad file beside them must leave unchanged.
    private const string SeedOutputScript = """
        function Own($o, $sources) { @($sources).Where({ $_ -notin $ids }).Count -eq 0 }
        Get-CaseSource -Path $folder -Recurse:$recurse | Where-Object Id -in $ids | ForEach-Object { "source $($_.Id) $($_.PublishedIso) $($_.Title) $($_.WordCount) $($_.Removed) $($_.Text)" }
        Get-Quote -Path $folder -Recurse:$recurse | Where-Object Source -in $ids | ForEach-Object { "quote $($_.Source) $($_.Offset) $($_.Kind) $($_.Speaker) $($_.Text)" }
        Test-CaseSource -Path $folder -Recurse:$recurse | Where-Object Source -in $ids | ForEach-Object { "finding $($_.Source) $($_.Offset) $($_.Check) $($_.Message)" }
        Get-CaseEvent -PerSource -Path $folder -Recurse:$recurse | Where-Object { Own $_ $_.Sources } | ForEach-Object { "own-event $($_.When) $($_.Kind) $($_.Mentions)" }
        Get-CaseEvent -Path $folder -Recurse:$recurse | Where-Object { Own $_ $_.Sources } | ForEach-Object { "event $($_.When) $($_.Kind) $($_.Mentions)" }
        Compare-Source -Path $folder -Recurse:$recurse | Where-Object { Own $_ $_.Sources } | ForEach-Object { "fact $($_.Kind) $($_.Status) $($_.Topic) $($_.Evidence)" }
        """;

    private static readonly Lazy<ModuleSession.Result> SeedsAlone = new(() => SeedOutput(Path.Combine(ModuleSession.RepoRoot, "seeds"), recurse: false));

    private readonly string folder = Directory.CreateTempSubdirectory("parlercase-bad-").FullName;

    public BadInputTests()
    {
        foreach (var seed in Directory.GetFiles(Path.Combine(ModuleSession.RepoRoot, "seeds")))
        {
            File.Copy(seed, Path.Combine(folder, Path.GetFileName(seed)));
        }
    }

    // Links are deleted, not followed.
    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_capitalised_token_of_400_KB_is_read_and_analysed_like_any_article()
    {
        // Item 3: the acronym pattern was tried from every capital of the token, past the 2 s bound.
        Write("long-token.txt", "Le tribunal de Lyon a entendu Orbis, a déclaré son avocat. " + string.Concat(Enumerable.Repeat("Ab", 200_000)) + " a répondu le juge.");
        var result = AssertSeedsUnchanged();
        Assert.DoesNotContain(result.Errors, e => e.FullyQualifiedErrorId.StartsWith("RuleTimedOut", StringComparison.Ordinal));
    }

    [Fact]
    public void An_article_whose_analysis_fails_is_that_articles_error_with_its_path_and_the_others_come_out()
    {
        // Digits the date rules match but cannot read: whatever the temporal tagger makes of them, the seeds' output stands.
        Write("digits.txt", "Le ١٢ janvier 2021, la société Orbis a porté plainte contre Nimbus. ٣ jours plus tard, le juge a statué.\n\nLe 9999-12-31, Orbis a fait appel. Le lendemain, Nimbus a répondu.");
        var result = AssertSeedsUnchanged();
        Assert.All(result.Errors, e => Assert.Equal(Path.Combine(folder, "digits.txt"), e.TargetObject));
    }

    [Fact]
    public void Recurse_over_a_folder_with_a_link_to_itself_reads_each_article_once()
    {
        // Item 9: two loops, one to the folder and one to its parent's child.
        Directory.CreateDirectory(Path.Combine(folder, "sub"));
        Directory.CreateSymbolicLink(Path.Combine(folder, "sub", "loop"), folder);
        Directory.CreateSymbolicLink(Path.Combine(folder, "sub", "again"), Path.Combine(folder, "sub"));
        var result = ModuleSession.Instance.Run("Get-CaseSource -Path $folder -Recurse", new Dictionary<string, object> { ["folder"] = folder });
        result.AssertNoErrors();
        Assert.Equal(5, result.Output.Count);
        AssertSeedsUnchanged(recurse: true);
    }

    [Fact]
    public void A_metadata_file_that_cannot_be_parsed_is_one_warning_naming_it_and_its_articles_are_read_without_it()
    {
        // Item 10: a stray quote in the header of a subfolder's metadata file, beside an article dated in its text.
        var sub = Directory.CreateDirectory(Path.Combine(folder, "sub")).FullName;
        File.WriteAllText(Path.Combine(sub, "metadata.csv"), "File,\"Published,Title\nruling.txt,2021-05-03,Titre\n");
        File.WriteAllText(Path.Combine(sub, "ruling.txt"), "Publié le 4 mai 2021\n\nLe tribunal de Lyon a rejeté mardi la demande d'Orbis, a déclaré son avocat.\n");
        File.WriteAllText(Path.Combine(sub, "appeal.txt"), "Orbis a fait appel jeudi, selon son avocat.\n");
        var result = ModuleSession.Instance.Run("Get-CaseSource -Path $sub", new Dictionary<string, object> { ["sub"] = sub });
        result.AssertNoErrors();
        Assert.Equal(2, result.Output.Count);
        var warning = Assert.Single(result.Warnings);
        Assert.Contains(Path.Combine(sub, "metadata.csv") + "' line 1", warning);
        Assert.Equal("2021-05-04", result.Output.Single(o => (string)o.Properties["Id"].Value == "ruling").Properties["PublishedIso"].Value);
        AssertSeedsUnchanged(recurse: true);
    }

    [Fact]
    public void A_stray_quote_in_a_metadata_row_loses_no_other_row()
    {
        // Item 11: the row's quote opened a value that ran over the seeds' rows.
        var csv = File.ReadAllLines(Path.Combine(folder, "metadata.csv")).ToList();
        csv.Insert(1, "extra.txt,2021-02-01,,,\"Le vrai titre,,");
        File.WriteAllLines(Path.Combine(folder, "metadata.csv"), csv);
        var result = AssertSeedsUnchanged();
        Assert.Contains(result.Warnings, w => w.StartsWith("metadata.csv line 2:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_of_invisible_characters_only_is_NoArticleText()
    {
        // Item 14: it was an article of 0 words.
        Write("blank.txt", string.Concat(Enumerable.Repeat("\u2003\u200B", 500)) + "\n\u200B\u2003\n");
        var result = AssertSeedsUnchanged();
        Assert.Contains(result.Errors, e => e.FullyQualifiedErrorId.StartsWith("NoArticleText,", StringComparison.Ordinal));
    }

    [Fact]
    public void Zero_width_spaces_between_letters_leave_an_articles_events_as_they_were()
    {
        // Item 14: a zero-width space in every word made the events of the article vanish.
        var seed = Directory.GetFiles(folder, "003_*.txt").Single();
        var text = File.ReadAllText(seed);
        var spaced = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            spaced.Append(text[i]);
            if (i + 1 < text.Length && char.IsLetter(text[i]) && char.IsLetter(text[i + 1]))
            {
                spaced.Append('\u200B');
            }
        }

        var copy = Directory.CreateDirectory(Path.Combine(folder, "copy")).FullName;
        File.WriteAllText(Path.Combine(copy, "003-spaced.txt"), spaced.ToString());
        var row = File.ReadAllLines(Path.Combine(folder, "metadata.csv")).Single(l => l.StartsWith(Path.GetFileName(seed), StringComparison.Ordinal));
        File.WriteAllLines(Path.Combine(copy, "metadata.csv"), new[] { "File,Published", "003-spaced.txt" + row.Substring(row.IndexOf(','), 11) });
        var events = ModuleSession.Instance.Run("foreach ($f in $files) { (Get-CaseEvent -PerSource -LiteralPath $f | ForEach-Object { \"$($_.When) $($_.Kind) $($_.Summary)\" }) -join '|' }",
            new Dictionary<string, object> { ["files"] = new[] { seed, Path.Combine(copy, "003-spaced.txt") } });
        events.AssertNoErrors();
        Assert.NotEmpty((string)events.Output[0].BaseObject);
        Assert.Equal(events.Output[0].BaseObject, events.Output[1].BaseObject);
    }

    [Theory]
    [InlineData("utf-7")]
    [InlineData("utf-32")]
    public void A_page_whose_declared_charset_lies_is_read_as_detected_with_a_warning(string charset)
    {
        // Item 12: utf-7 failed the page; utf-32 over UTF-8 bytes gave a body of U+FFFD without a word.
        Write("page.html", $"<html><head><meta charset=\"{charset}\"><title>Orbis en appel</title></head><body><article><h1>Orbis en appel</h1>"
            + "<p>Le tribunal de Lyon a rejeté mardi la demande de la société Orbis, a déclaré son avocat, qui fera appel.</p>"
            + "<p>« Nous irons jusqu’au bout », a affirmé la présidente d’Orbis devant la presse réunie à Lyon.</p></article></body></html>");
        var result = AssertSeedsUnchanged();
        var page = ModuleSession.Instance.Run("Get-CaseSource -LiteralPath $page", new Dictionary<string, object> { ["page"] = Path.Combine(folder, "page.html") });
        page.AssertNoErrors();
        Assert.Contains("jusqu’au bout", (string)Assert.Single(page.Output).Properties["Text"].Value);
        Assert.Contains(page.Warnings, w => w.Contains($"'{charset}'"));
        Assert.DoesNotContain(result.Errors, e => e.TargetObject as string == Path.Combine(folder, "page.html"));
    }

    [Fact]
    public void A_Markdown_article_whose_front_matter_never_closes_is_read_with_a_warning()
    {
        // Item 13: it was lost with a generic error.
        Write("story.md", "---\ntitle: Orbis en appel\ndate: 2021-05-04\n\nLe tribunal de Lyon a rejeté mardi la demande d'Orbis, a déclaré son avocat.<script>alert(1)</script>\n\n***\n\nOrbis fera appel.\n");
        var result = AssertSeedsUnchanged();
        var story = ModuleSession.Instance.Run("Get-CaseSource -LiteralPath $story", new Dictionary<string, object> { ["story"] = Path.Combine(folder, "story.md") });
        story.AssertNoErrors();
        var source = Assert.Single(story.Output);
        Assert.Equal("2021-05-04", source.Properties["PublishedIso"].Value);
        Assert.DoesNotContain("alert", (string)source.Properties["Text"].Value);
        Assert.Contains(story.Warnings, w => w.Contains("never closes"));
        Assert.DoesNotContain(result.Errors, e => e.TargetObject as string == Path.Combine(folder, "story.md"));
    }

    [Fact]
    public void Metadata_values_pass_as_written_and_the_READMEs_safe_export_makes_formulas_text()
    {
        // Item 15: a value a spreadsheet would run as a formula; the README's recipe, run as written there.
        var csv = File.ReadAllLines(Path.Combine(folder, "metadata.csv"));
        csv[1] = csv[1].Split(',')[0] + ",2021-01-22,,,\"=HYPERLINK(\"\"http://example.org\"\",\"\"x\"\")\",@orbis,";
        File.WriteAllLines(Path.Combine(folder, "metadata.csv"), csv);
        var readme = File.ReadAllText(Path.Combine(ModuleSession.RepoRoot, "README.md"));
        var start = readme.IndexOf("Get-CaseSource | ForEach-Object {\n    $row", StringComparison.Ordinal);
        var recipe = readme.Substring(start, readme.IndexOf("```", start, StringComparison.Ordinal) - start)
            .Replace("Get-CaseSource |", "Get-CaseSource -Path $folder |").Replace("| Export-Csv sources.csv -NoTypeInformation", string.Empty);
        var vars = new Dictionary<string, object> { ["folder"] = folder };

        var sources = ModuleSession.Instance.Run("Get-CaseSource -Path $folder", vars);
        Assert.Equal("=HYPERLINK(\"http://example.org\",\"x\")", sources.Output[0].Properties["Title"].Value);
        var rows = ModuleSession.Instance.Run(recipe, vars);
        rows.AssertNoErrors();
        Assert.Equal("'=HYPERLINK(\"http://example.org\",\"x\")", rows.Output[0].Properties["Title"].Value);
        Assert.Equal("'@orbis", rows.Output[0].Properties["Author"].Value);
        Assert.Equal(sources.Output[1].Properties["PublishedIso"].Value, rows.Output[1].Properties["PublishedIso"].Value);
    }

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(folder, name), text, new UTF8Encoding(false));

    private ModuleSession.Result AssertSeedsUnchanged(bool recurse = false)
    {
        var result = SeedOutput(folder, recurse);
        Assert.All(new[] { "source ", "quote ", "finding ", "own-event ", "event ", "fact " }, kind => Assert.Contains(SeedsAlone.Value.Output, o => o.ToString().StartsWith(kind, StringComparison.Ordinal)));
        Assert.Equal(SeedsAlone.Value.Output.Select(o => o.ToString()), result.Output.Select(o => o.ToString()));
        Assert.All(result.Errors, e => Assert.Contains(e.FullyQualifiedErrorId.Split(',')[0], ArticleErrorIds));
        return result;
    }

    private static ModuleSession.Result SeedOutput(string folder, bool recurse) =>
        ModuleSession.Instance.Run(SeedOutputScript, new Dictionary<string, object>
        {
            ["folder"] = folder,
            ["ids"] = Directory.GetFiles(Path.Combine(ModuleSession.RepoRoot, "seeds"), "*.txt").Select(Path.GetFileNameWithoutExtension).ToArray(),
            ["recurse"] = recurse,
        });
}
