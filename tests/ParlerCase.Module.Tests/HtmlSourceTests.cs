using System.Text;

namespace ParlerCase.Module.Tests;

public class HtmlSourceTests : IDisposable
{
    private const string FrenchStory =
        "Le tribunal de commerce a débouté mardi la plateforme, qui demandait à être réhébergée sans délai.\n" +
        "« Cette décision est une victoire pour le droit des contrats », a réagi l'avocate de l'hébergeur, Me Anne Roche.\n" +
        "La plateforme a fait savoir qu'elle ferait appel avant la fin du mois.";

    private readonly ModuleSession session = ModuleSession.Instance;
    private readonly string folder = Directory.CreateTempSubdirectory("parlercase-html-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static string Page(string text = FrenchStory) => NewsPage.Wrap(text.Split('\n'), "La plateforme déboutée par le tribunal", "fr", "2024-06-11");

    [Fact]
    public void Html_files_in_a_folder_are_read_and_the_metadata_file_still_wins()
    {
        File.WriteAllText(Path.Combine(folder, "decision.html"), Page(), new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(folder, "metadata.csv"), "File,Published,Outlet\ndecision.html,2024-06-12,Agence Exemple\n");
        var result = session.Run("Get-CaseSource -Path $folder", new Dictionary<string, object> { ["folder"] = folder });
        result.AssertNoErrors();
        var source = Assert.Single(result.Output);
        Assert.Equal("decision", source.Properties["Id"].Value);
        Assert.Equal(FrenchStory.Replace("\n", "\n\n"), source.Properties["Text"].Value);
        Assert.Equal("2024-06-12", source.Properties["PublishedIso"].Value);
        Assert.Equal("MetadataFile", source.Properties["PublishedFrom"].Value.ToString());
        Assert.Equal("Agence Exemple", source.Properties["Outlet"].Value);
        Assert.Equal("La plateforme déboutée par le tribunal", source.Properties["Title"].Value);
        Assert.Equal("Page", source.Properties["TitleFrom"].Value.ToString());
        Assert.Equal("Lucie Bernard", source.Properties["Author"].Value);
        Assert.Equal("fr", source.Properties["Language"].Value);
        Assert.Equal("Page", source.Properties["LanguageFrom"].Value.ToString());
    }

    [Fact]
    public void An_html_string_is_read_with_its_address_as_Url_and_Id()
    {
        var result = session.Run(
            "Get-CaseSource -Content $html -SourceUri 'https://www.gazette-exemple.fr/justice/la-plateforme-deboutee.html'",
            new Dictionary<string, object> { ["html"] = Page() });
        result.AssertNoErrors();
        var source = Assert.Single(result.Output);
        Assert.Equal("https://www.gazette-exemple.fr/justice/la-plateforme-deboutee.html", source.Properties["Url"].Value);
        Assert.Matches("^la-plateforme-deboutee_[0-9a-f]{16}$", (string)source.Properties["Id"].Value);
        Assert.Equal("2024-06-11", source.Properties["PublishedIso"].Value);
        Assert.Equal("Page", source.Properties["PublishedFrom"].Value.ToString());
        Assert.Equal("text", source.Properties["Encoding"].Value);
        Assert.StartsWith("Le tribunal de commerce a débouté mardi", (string)source.Properties["Text"].Value);
    }

    [Fact]
    public void An_Invoke_WebRequest_response_piped_in_gives_its_page_and_address()
    {
        // The shapes of PowerShell 7's response (BaseResponse is an HttpResponseMessage) and Windows PowerShell's
        // (a WebResponse with ResponseUri). The hosted engine has no network and no Invoke-WebRequest.
        const string script = @"
            $core = [pscustomobject]@{ StatusCode = 200; Content = $html; RawContentLength = $html.Length;
                BaseResponse = [pscustomobject]@{ RequestMessage = [pscustomobject]@{ RequestUri = [uri]'https://news.example.com/2024/06/11/platform-loses?ref=home' } } }
            $desktop = [pscustomobject]@{ StatusCode = 200; Content = $html2;
                BaseResponse = [pscustomobject]@{ ResponseUri = [uri]'https://news.example.com/2024/06/12/host-wins' } }
            $core, $desktop | Get-CaseSource";
        var english = "The commercial court on Tuesday dismissed the platform's request to be restored to the host's servers.\n\"This ruling is a win for contract law,\" the host's lawyer, Anne Roach, said.";
        var result = session.Run(script, new Dictionary<string, object> { ["html"] = Page(), ["html2"] = NewsPage.Wrap(english.Split('\n'), "Host wins in court", "en", "2024-06-12") });
        result.AssertNoErrors();
        Assert.Equal(new[] { "https://news.example.com/2024/06/11/platform-loses?ref=home", "https://news.example.com/2024/06/12/host-wins" }, result.Values<string>("Url"));
        Assert.Equal(new[] { "fr", "en" }, result.Values<string>("Language"));
        Assert.Matches("^platform-loses_[0-9a-f]{16}$", result.Values<string>("Id").First());
        Assert.Equal(english.Replace("\n", "\n\n"), result.Values<string>("Text").Last());
    }

    [Fact]
    public void HTML_given_to_Content_is_a_page_and_files_still_bind_to_LiteralPath()
    {
        File.WriteAllText(Path.Combine(folder, "a.txt"), "The court denied the motion on Tuesday. The company appealed.");
        const string script = "Get-CaseSource -Content $html; [IO.DirectoryInfo]::new($folder).GetFiles() | ForEach-Object { $o = [psobject]::new($_); $o.PSObject.Properties.Add([psnoteproperty]::new('PSPath', 'Microsoft.PowerShell.Core\\FileSystem::' + $_.FullName)); $o } | Get-CaseSource";
        var result = session.Run(script, new Dictionary<string, object> { ["html"] = Page(), ["folder"] = folder });
        result.AssertNoErrors();
        Assert.Equal(new[] { "fr", "en" }, result.Values<string>("Language"));
        Assert.Equal("a", result.Values<string>("Id").Last());
    }

    [Fact]
    public void Bad_pages_are_non_terminating_errors_and_good_ones_still_come_out()
    {
        using (var big = File.Create(Path.Combine(folder, "huge.html")))
        {
            big.SetLength(50L * 1024 * 1024);
        }

        const string script = @"
            Get-CaseSource -LiteralPath $huge
            Get-CaseSource -Content '<html><body><nav><a href=""/"">Accueil</a></nav><footer>© 2024</footer></body></html>'
            Get-CaseSource -Content '<html><body><div id=""app""></div><script>document.getElementById(""app"").innerHTML = ""<p>Text.</p>""</script></body></html>'
            Get-CaseSource -Content ('<html><body><p>' + ('x' * 50MB) + '</p></body></html>')
            Get-CaseSource -Content (('<div>' * 100000) + '<p>Le juge a rejeté la demande lundi, selon une décision consultée par notre journal.</p>')
            Get-CaseSource -Content '<html><body><p>The court <b>ruled <i>on</b> Monday</i> that the company must pay.<p>The company said it would appeal.'
            Get-CaseSource -Content $html";
        var result = session.Run(script, new Dictionary<string, object> { ["html"] = Page(), ["huge"] = Path.Combine(folder, "huge.html") });
        var ids = result.Errors.Select(e => e.FullyQualifiedErrorId.Split(',')[0]).ToList();
        Assert.Equal(new[] { "FileTooLarge", "NoArticleText", "NoArticleText", "FileTooLarge" }, ids);
        Assert.Contains("scripts", result.Errors[2].Exception.Message);
        Assert.Equal(3, result.Output.Count);
        Assert.Contains("rejeté la demande lundi", result.Values<string>("Text").First());
        Assert.StartsWith("The court ruled on Monday that the company must pay.", result.Values<string>("Text").ElementAt(1));
    }

    [Fact]
    public void Every_seed_wrapped_in_a_news_page_gives_the_same_text_as_the_text_file()
    {
        var seeds = Path.Combine(ModuleSession.RepoRoot, "seeds");
        foreach (var seed in Directory.GetFiles(seeds, "*.txt"))
        {
            var lines = File.ReadAllLines(seed, Encoding.UTF8).Where(l => l.Trim().Length > 0);
            File.WriteAllText(Path.Combine(folder, Path.GetFileNameWithoutExtension(seed) + ".html"), NewsPage.Wrap(lines, "Affaire judiciaire : les derniers développements", "fr", "2030-01-01"), new UTF8Encoding(false));
        }

        File.WriteAllText(Path.Combine(folder, "metadata.csv"), File.ReadAllText(Path.Combine(seeds, "metadata.csv")).Replace(".txt,", ".html,"));
        var vars = new Dictionary<string, object> { ["seeds"] = seeds, ["pages"] = folder };
        var fromText = session.Run("Get-CaseSource -Path $seeds", vars);
        var fromPages = session.Run("Get-CaseSource -Path $pages", vars);
        fromText.AssertNoErrors();
        fromPages.AssertNoErrors();
        Assert.Equal(Directory.GetFiles(seeds, "*.txt").Length, fromPages.Output.Count);
        Assert.Equal(fromText.Values<string>("Id"), fromPages.Values<string>("Id"));
        foreach (var (text, page) in fromText.Output.Zip(fromPages.Output))
        {
            var id = (string)text.Properties["Id"].Value;
            AssertSameSentences(id, (string)text.Properties["Text"].Value, (string)page.Properties["Text"].Value);
            Assert.Equal(text.Properties["SentenceCount"].Value, page.Properties["SentenceCount"].Value);
            Assert.Equal(text.Properties["PublishedIso"].Value, page.Properties["PublishedIso"].Value);
        }
    }

    /// <summary>Names the first paragraph that differs, so a failure says where.</summary>
    private static void AssertSameSentences(string id, string expected, string actual)
    {
        var e = expected.Split("\n\n");
        var a = actual.Split("\n\n");
        for (var i = 0; i < Math.Min(e.Length, a.Length); i++)
        {
            Assert.True(e[i] == a[i], $"{id}, paragraph {i}:\n  text: {e[i]}\n  page: {a[i]}");
        }

        Assert.True(e.Length == a.Length, $"{id}: {e.Length} paragraphs from the text, {a.Length} from the page");
    }
}
