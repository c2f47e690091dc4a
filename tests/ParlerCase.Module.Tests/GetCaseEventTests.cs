using System.Management.Automation;

namespace ParlerCase.Module.Tests;

public class GetCaseEventTests : IDisposable
{
    private readonly ModuleSession session = ModuleSession.Instance;
    private readonly string folder = Directory.CreateTempSubdirectory("parlercase-events-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static string Str(PSObject o, string property) => (string)o.Properties[property].Value;

    private static IEnumerable<PSObject> MentionsOf(PSObject e) => ((System.Collections.IEnumerable)e.Properties["Mentions"].Value).Cast<object>().Select(PSObject.AsPSObject);

    [Fact]
    public void The_seed_timeline_finds_every_gold_mention_and_carries_every_gold_date()
    {
        var result = session.Run("Get-CaseEvent");
        result.AssertNoErrors();
        var events = result.Output;
        foreach (var gold in SeedGold.Items("events"))
        {
            var want = gold.GetProperty("date").GetString();
            var precision = gold.GetProperty("precision").GetString();
            bool Covers(PSObject e) => MentionsOf(e).Any(m => gold.GetProperty("mentions").EnumerateArray().Any(g =>
                SeedGold.ArticleKey(Str(m, "Source")) == g.GetProperty("source").GetString() && Str(m, "Evidence").Contains(g.GetProperty("evidence").GetString()!)));
            // Every dated mention; an undated one told only as someone's reaction in words is a quote, no event.
            foreach (var mention in gold.GetProperty("mentions").EnumerateArray().Where(m => m.TryGetProperty("date", out var d) && d.ValueKind != System.Text.Json.JsonValueKind.Null))
            {
                Assert.Contains(events.SelectMany(MentionsOf), m => SeedGold.ArticleKey(Str(m, "Source")) == mention.GetProperty("source").GetString()
                    && Str(m, "Evidence").Contains(mention.GetProperty("evidence").GetString()!));
            }

            Assert.True(
                events.Any(e => Covers(e) && (want == null || AtPrecision(Str(e, "When"), precision!) == want)),
                $"no case event carries {gold.GetProperty("id").GetString()} at {want}");
        }
    }

    [Fact]
    public void Events_come_in_date_order_with_undated_ones_last()
    {
        var events = session.Run("Get-CaseEvent").Output;
        var dates = events.Select(e => (DateTime?)e.Properties["Date"].Value).ToList();
        var dated = dates.TakeWhile(d => d != null).ToList();
        Assert.NotEmpty(dated);
        Assert.Equal(dated.OrderBy(d => d), dated);
        Assert.All(dates.Skip(dated.Count), d => Assert.Null(d));
    }

    [Fact]
    public void Kind_After_Before_and_Actor_filter_the_timeline()
    {
        var complaints = session.Run("Get-CaseEvent -Kind Complaint").Output;
        Assert.NotEmpty(complaints);
        Assert.All(complaints, e => Assert.Equal("Complaint", e.Properties["Kind"].Value.ToString()));

        var january = session.Run("Get-CaseEvent -After ([datetime]'2021-01-07') -Before ([datetime]'2021-02-01')").Output;
        Assert.NotEmpty(january);
        Assert.All(january, e => Assert.StartsWith("2021-01", Str(e, "When")));

        var apple = session.Run("Get-CaseEvent -Actor 'Apple'").Output;
        Assert.NotEmpty(apple);
        Assert.All(apple, e => Assert.Contains("Apple", Str(e, "Actors")));

        // A plain name also finds the organisations named after it; wildcards work as usual.
        Assert.Contains(session.Run("Get-CaseEvent -Actor 'Amazon'").Output, e => Str(e, "Actors").Contains("Amazon Web Services"));
        Assert.NotEmpty(session.Run("Get-CaseEvent -Actor 'Amaz*'").Output);
    }

    [Fact]
    public void Sources_piped_from_Get_CaseSource_give_the_same_timeline()
    {
        var direct = session.Run("Get-CaseEvent | ForEach-Object { $_.When + ' ' + $_.Kind + ' ' + $_.MentionCount }").Output.Select(o => o.ToString());
        var piped = session.Run("Get-CaseSource | Get-CaseEvent | ForEach-Object { $_.When + ' ' + $_.Kind + ' ' + $_.MentionCount }").Output.Select(o => o.ToString());
        Assert.Equal(direct, piped);
    }

    [Fact]
    public void Every_mention_cites_its_sentence_at_its_offset_with_the_rule_of_its_date()
    {
        var result = session.Run("$text = @{}; Get-CaseSource | ForEach-Object { $text[$_.Id] = $_.Text }; Get-CaseEvent | ForEach-Object Mentions | ForEach-Object { [pscustomobject]@{ Mention = $_; Ok = $text[$_.Source].Substring($_.Offset, $_.Evidence.Length) -eq $_.Evidence } }");
        result.AssertNoErrors();
        Assert.NotEmpty(result.Output);
        Assert.All(result.Output, o => Assert.True((bool)o.Properties["Ok"].Value));
        var mentions = result.Output.Select(o => (PSObject)o.Properties["Mention"].Value).ToList();
        Assert.All(mentions.Where(m => Str(m, "When").Length > 0), m => Assert.NotEmpty(Str(m, "Rule")));
        Assert.Contains(mentions, m => Str(m, "Rule") == "case-event" && Str(m, "DateText").Length == 0);
        Assert.Contains(mentions, m => Str(m, "Warning").Contains("weekday"));
    }

    [Fact]
    public void Every_property_is_a_plain_csv_value_and_the_mentions_are_written_once()
    {
        var events = session.Run("Get-CaseEvent").Output;
        var names = events[0].Properties.Select(p => p.Name).ToList();
        // Mentions writes itself as text for Export-Csv: no second column repeats it.
        Assert.DoesNotContain("MentionText", names);
        Assert.Single(names, n => n.StartsWith("Mention", StringComparison.Ordinal) && n != "MentionCount");
        Assert.Contains("@", events[0].Properties["Mentions"].Value.ToString());
        foreach (var e in events)
        {
            Assert.Equal(names, e.Properties.Select(p => p.Name).ToList());
            foreach (var property in e.Properties.Where(p => p.Name != "Mentions"))
            {
                var text = LanguagePrimitives.ConvertTo<string>(property.Value) ?? string.Empty;
                Assert.DoesNotMatch(@"^System\.|\[\]$|^ParlerCase\.", text);
            }
        }

        foreach (var mention in events.SelectMany(MentionsOf))
        {
            foreach (var property in mention.Properties)
            {
                Assert.DoesNotMatch(@"^System\.|\[\]$", LanguagePrimitives.ConvertTo<string>(property.Value) ?? string.Empty);
            }
        }
    }

    [Fact]
    public void English_articles_in_a_folder_give_one_event_dated_by_the_source_that_dates_it()
    {
        File.WriteAllText(Path.Combine(folder, "first.txt"), "Hosty suspended the Chatter network from its servers on Sunday night, the company said.\n\nChatter denied any wrongdoing.");
        File.WriteAllText(Path.Combine(folder, "second.txt"), "After Hosty suspended the Chatter network from its servers, the app struggled to find a new host.");
        File.WriteAllText(Path.Combine(folder, "metadata.csv"), "File,Published,Language\nfirst.txt,2021-01-12,en\nsecond.txt,2021-01-20,en\n");
        var result = session.Run("Get-CaseEvent -Path $folder -Kind Action", new Dictionary<string, object> { ["folder"] = folder });
        result.AssertNoErrors();
        var suspension = Assert.Single(result.Output);
        Assert.Equal("2021-01-10", Str(suspension, "When"));
        Assert.Equal("suspended", Str(suspension, "Label"));
        Assert.Equal(2, (int)suspension.Properties["SourceCount"].Value);
        var second = Assert.Single(MentionsOf(suspension), m => Str(m, "Source") == "second");
        Assert.Equal("case-event", Str(second, "Rule"));
    }

    [Fact]
    public void The_seed_timeline_reads_as_a_procedure_without_its_background()
    {
        var events = session.Run("Get-CaseEvent").Output;
        var kinds = events.Select(e => e.Properties["Kind"].Value.ToString()).ToList();
        Assert.Contains("Complaint", kinds);
        Assert.Contains("Injunction", kinds);
        Assert.Contains("Action", kinds);
        Assert.DoesNotContain(kinds, k => k is "Suspension" or "AppStoreRemoval" or "Relaunch" or "Statement");
        Assert.All(events, e => Assert.Equal(string.Empty, Str(e, "Background")));

        // The launch of the platform, years before the case, is an act of the story: a row. A clause dated by its
        // year alone and naming no act is background, there only when asked for, saying why.
        var launch = Assert.Single(events, e => Str(e, "When") == "2018");
        Assert.Equal("launched", Str(launch, "Label"));
        var all = session.Run("Get-CaseEvent -IncludeBackground").Output;
        Assert.Contains(all, e => Str(e, "Background").Contains("naming no event"));
    }

    [Fact]
    public void Every_multi_source_seed_story_event_is_one_row_with_all_its_mentions()
    {
        var events = session.Run("Get-CaseEvent").Output;
        foreach (var gold in SeedGold.Items("events").Where(g => g.GetProperty("date").ValueKind != System.Text.Json.JsonValueKind.Null
            && g.GetProperty("mentions").EnumerateArray().Select(m => m.GetProperty("source").GetString()).Distinct().Count() > 1))
        {
            var want = gold.GetProperty("date").GetString()!;
            var precision = gold.GetProperty("precision").GetString()!;
            var found = gold.GetProperty("mentions").EnumerateArray()
                .Where(g => events.SelectMany(MentionsOf).Any(m => Holds(m, g)))
                .ToList();
            Assert.True(
                events.Any(e => AtPrecision(Str(e, "When"), precision) == want && found.All(g => MentionsOf(e).Any(m => Holds(m, g)))),
                $"{gold.GetProperty("id").GetString()} is not one row at {want} with every mention found");
        }

        static bool Holds(PSObject m, System.Text.Json.JsonElement g) =>
            SeedGold.ArticleKey(Str(m, "Source")) == g.GetProperty("source").GetString() && Str(m, "Evidence").Contains(g.GetProperty("evidence").GetString()!);
    }

    private static string AtPrecision(string when, string precision) => precision switch
    {
        "year" => when.Length >= 4 ? when[..4] : when,
        "month" => when.Length >= 7 ? when[..7] : when,
        _ => when.Length >= 10 ? when[..10] : when,
    };
}
