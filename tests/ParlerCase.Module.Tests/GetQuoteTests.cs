namespace ParlerCase.Module.Tests;

public class GetQuoteTests : IDisposable
{
    private readonly ModuleSession session = ModuleSession.Instance;
    private readonly string folder = Directory.CreateTempSubdirectory("parlercase-quotes-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void The_seed_quotes_are_found_with_their_speakers_and_no_scare_quotes()
    {
        var result = session.Run("Get-Quote");
        result.AssertNoErrors();
        var found = result.Output.Select(o => (Source: SeedGold.ArticleKey((string)o.Properties["Source"].Value), Text: (string)o.Properties["Text"].Value, Speaker: (string)o.Properties["Speaker"].Value)).ToList();
        var gold = SeedGold.Items("quotes").ToList();
        var matched = gold.Count(g => found.Any(f => f.Source == g.GetProperty("source").GetString() && Overlaps(f.Text, g.GetProperty("text").GetString()!)));
        Assert.True(matched >= 0.9 * gold.Count, $"{matched} of {gold.Count} gold quotes found");
        foreach (var notQuote in SeedGold.Items("not_quotes"))
        {
            var text = Fold(notQuote.GetProperty("text").GetString()!);
            Assert.DoesNotContain(found, f => f.Source == notQuote.GetProperty("source").GetString() && Fold(f.Text) == text);
        }
    }

    [Fact]
    public void Output_is_plain_values_with_evidence()
    {
        var result = session.Run("Get-Quote");
        result.AssertNoErrors();
        foreach (var quote in result.Output)
        {
            Assert.Equal("ParlerCase.Quote", quote.TypeNames[0]);
            foreach (var property in quote.Properties)
            {
                Assert.True(property.Value is string || property.Value is int || property.Value is double || property.Value is Enum, property.Name);
            }

            Assert.NotEmpty((string)quote.Properties["Sentence"].Value);
            Assert.NotEmpty((string)quote.Properties["Rule"].Value);
        }
    }

    [Fact]
    public void Offsets_point_into_the_source_text()
    {
        var result = session.Run("$texts = @{}; Get-CaseSource | ForEach-Object { $texts[$_.Id] = $_.Text }; Get-Quote | Where-Object Kind -ne 'Direct' | ForEach-Object { $texts[$_.Source].Substring($_.Offset, $_.Length) -eq $_.Text }");
        result.AssertNoErrors();
        Assert.NotEmpty(result.Output);
        Assert.All(result.Output, o => Assert.True((bool)o.BaseObject));
    }

    [Fact]
    public void Speakers_are_canonical_so_grouping_gives_one_group_per_person_or_organisation()
    {
        // Group-Object lives in Microsoft.PowerShell.Utility, which the hosted engine does not load: group here.
        var result = session.Run("Get-Quote | Where-Object Speaker | ForEach-Object Speaker");
        result.AssertNoErrors();
        var names = result.Output.Select(o => o.ToString()).Distinct().ToList();
        Assert.Contains("John Matze", names);
        Assert.Contains("Barbara Rothstein", names);
        Assert.DoesNotContain("Matze", names);
        Assert.DoesNotContain("M. Matze", names);
        Assert.DoesNotContain("Rothstein", names);
        Assert.DoesNotContain("AWS", names);
    }

    [Fact]
    public void Filters_select_speaker_kind_and_source()
    {
        var bySpeaker = session.Run("Get-Quote -Speaker '*matze'");
        bySpeaker.AssertNoErrors();
        Assert.NotEmpty(bySpeaker.Output);
        Assert.All(bySpeaker.Values<string>("Speaker"), s => Assert.Equal("John Matze", s));

        var byKind = session.Run("Get-Quote -Kind Indirect");
        Assert.NotEmpty(byKind.Output);
        Assert.All(byKind.Output, o => Assert.Equal("Indirect", o.Properties["Kind"].Value.ToString()));

        var bySource = session.Run("Get-Quote -Source '004*'");
        Assert.NotEmpty(bySource.Output);
        Assert.All(bySource.Values<string>("Source"), s => Assert.StartsWith("004", s));
    }

    [Fact]
    public void Scare_quotes_appear_only_when_asked()
    {
        Assert.DoesNotContain(session.Run("Get-Quote").Output, o => o.Properties["Kind"].Value.ToString() == "NotQuote");
        var all = session.Run("Get-Quote -IncludeNonQuote | Where-Object Kind -eq 'NotQuote' | ForEach-Object Text");
        Assert.Contains(all.Output, o => o.ToString() == "impartial");
        var asked = session.Run("Get-Quote -Kind NotQuote");
        Assert.NotEmpty(asked.Output);
        Assert.All(asked.Output, o => Assert.Equal("NotQuote", o.Properties["Kind"].Value.ToString()));
    }

    [Fact]
    public void English_articles_piped_from_Get_CaseSource_are_quoted()
    {
        File.WriteAllText(Path.Combine(folder, "ruling.txt"),
            "Judge Helen Carter denied the request on Tuesday.\n\n\"The company has not shown any irreparable harm,\" Carter wrote in her ruling.\n\nVeltra said it would appeal the decision.",
            System.Text.Encoding.UTF8);
        var result = session.Run("Get-CaseSource -LiteralPath $folder | Get-Quote", new Dictionary<string, object> { ["folder"] = folder });
        result.AssertNoErrors();
        var quotes = result.Output.Select(o => ((string)o.Properties["Speaker"].Value, o.Properties["Kind"].Value.ToString())).ToList();
        Assert.Contains(("Helen Carter", "Direct"), quotes);
        Assert.Contains(("Veltra", "Indirect"), quotes);
    }

    private static bool Overlaps(string found, string gold) => Fold(found).Contains(Fold(gold)) || Fold(gold).Contains(Fold(found));

    private static string Fold(string s) =>
        string.Join(" ", new string(s.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray()).Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
