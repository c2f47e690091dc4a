using System.Management.Automation;

namespace ParlerCase.Module.Tests;

public class CompareSourceTests
{
    private static readonly Lazy<ModuleSession.Result> AllFacts = new(() => ModuleSession.Instance.Run("Compare-Source"));

    private static IEnumerable<PSObject> Facts(string kind) => AllFacts.Value.Output.Where(f => f.Properties["Kind"].Value.ToString() == kind);

    private static string Key(PSObject fact) => string.Join(",", ((string)fact.Properties["Sources"].Value).Split("; ").Select(SeedGold.ArticleKey));

    [Fact]
    public void The_gold_comparisons_show_as_facts()
    {
        AllFacts.Value.AssertNoErrors();
        var comparisons = SeedGold.Items("comparisons").ToDictionary(c => c.GetProperty("topic").GetString()!);

        // The antitrust claim: one Quote fact across the three outlets that carry it, each in its own words.
        var antitrust = comparisons["antitrust claim: Amazon acted to favour Twitter"].GetProperty("sources");
        Assert.Contains(Facts("Quote"), f => Key(f) == "000,002,003" && antitrust.EnumerateObject().All(s => Evidence(f).Contains(s.Value.GetString()!)));

        Assert.Contains(Facts("Quote"), f => Key(f) == "002,003" && ((string)f.Properties["Topic"].Value).Contains("Hang Mike Pence"));

        // Amy Peikoff's two titles side by side, one mention per source.
        var peikoff = Assert.Single(Facts("Actor"), f => (string)f.Properties["Topic"].Value == "Amy Peikoff: role");
        var roles = Mentions(peikoff).Select(m => m.Value).ToList();
        Assert.Equal(2, roles.Count);
        Assert.Contains(roles, r => r.Contains("responsable des politiques"));
        Assert.Contains(roles, r => r.Contains("directrice des politiques"));

        // Where the platform came back online: one host in one source, another in another, as two values of one topic.
        var hosts = comparisons["where Parler came back online"].GetProperty("sources");
        var slot = Assert.Single(Facts("Actor"), f => (string)f.Properties["Rule"].Value == "different-actor-same-slot");
        Assert.Equal("Conflict", slot.Properties["Status"].Value.ToString());
        Assert.Equal("000,001", string.Join(",", Key(slot).Split(',').OrderBy(k => k)));
        Assert.All(hosts.EnumerateObject(), h => Assert.Contains(h.Value.GetString()!.Split(' ', ',').First(w => w.Length > 0 && char.IsUpper(w[0])), Evidence(slot)));

        foreach (var single in new[] { ("98 posts", "004"), ("12,000,000 users", "002"), ("30 days (préavis)", "002") })
        {
            var number = Assert.Single(Facts("Number"), n => (string)n.Properties["Topic"].Value == single.Item1);
            Assert.Equal("Single", number.Properties["Status"].Value.ToString());
            Assert.Equal(single.Item2, Key(number));
        }
    }

    [Fact]
    public void Every_fact_lists_what_its_sources_say_and_cites_each_mention()
    {
        AllFacts.Value.AssertNoErrors();
        foreach (var fact in AllFacts.Value.Output)
        {
            var reported = Text(fact, "Sources").Split("; ");
            var mentions = Mentions(fact);
            Assert.Equal(reported.Length, (int)fact.Properties["SourceCount"].Value);
            Assert.Equal(reported, mentions.Select(m => m.Source).Distinct());
            Assert.Equal(mentions.Count, (int)fact.Properties["MentionCount"].Value);
            Assert.All(mentions, m => Assert.Contains(m.Value, Text(fact, "Values").Split(" | ")));
            Assert.All(mentions, m => Assert.Contains($"{m.Source}@{m.Offset}: {m.Evidence}", Evidence(fact).Split('\n')));
            Assert.Equal(string.Join(" | ", mentions.Select(m => $"{m.Source}: {m.Value}")), fact.Properties["Mentions"].Value.ToString());
        }
    }

    [Fact]
    public void A_fact_has_the_same_properties_whatever_the_number_of_sources()
    {
        var two = ModuleSession.Instance.Run("(Get-CaseSource)[0, 1] | Compare-Source");
        two.AssertNoErrors();
        var names = AllFacts.Value.Output.Concat(two.Output).Select(f => string.Join(",", f.Properties.Select(p => p.Name))).Distinct().ToList();
        Assert.Equal("Topic,Kind,Status,SourceCount,Sources,MentionCount,Values,Mentions,Evidence,Rule", Assert.Single(names));
    }

    [Fact]
    public void Every_column_Export_Csv_writes_is_plain_text_or_a_number()
    {
        // Export-Csv writes each property's ToString(): text, a whole number, an enumeration's name, or the
        // mentions' own line of text, never a type name.
        foreach (var property in AllFacts.Value.Output.SelectMany(f => f.Properties))
        {
            Assert.True(property.Value is string or int or Enum or System.Collections.IEnumerable, $"{property.Name}: {property.Value?.GetType()}");
            Assert.DoesNotMatch(@"^(System|ParlerCase)\.[\w.`]+(\[\])?$", property.Value.ToString());
        }
    }

    [Fact]
    public void Wide_adds_a_column_per_source_with_what_it_says()
    {
        var wide = ModuleSession.Instance.Run("Compare-Source -Wide");
        wide.AssertNoErrors();
        var sources = ModuleSession.Instance.Run("Get-CaseSource | ForEach-Object Id").Output.Select(o => (string)o.BaseObject).ToList();
        Assert.Equal(AllFacts.Value.Output.Count, wide.Output.Count);
        foreach (var (row, fact) in wide.Output.Zip(AllFacts.Value.Output))
        {
            Assert.Equal(new[] { "Topic", "Kind", "Status", "SourceCount", "Sources" }.Concat(sources).Concat(new[] { "Evidence", "Rule" }), row.Properties.Select(p => p.Name));
            Assert.Equal("ParlerCase.SourceFact", row.TypeNames[1]);
            foreach (var source in sources)
            {
                var said = string.Join("; ", Mentions(fact).Where(m => m.Source == source).Select(m => m.Value).Distinct());
                Assert.Equal(said, row.Properties[source].Value);
            }
        }

        var refused = ModuleSession.Instance.Run("Compare-Source -Wide -Summary");
        Assert.Contains(refused.Errors, e => e.FullyQualifiedErrorId.StartsWith("WideWithoutFacts,"));
    }

    [Fact]
    public void A_pair_of_sources_compares_like_Compare_Object()
    {
        var result = ModuleSession.Instance.Run("Compare-Source -ReferenceSource 002_16e59721cee184d8 -DifferenceSource 003_d9c06794e69f0419 -IncludeEqual");
        result.AssertNoErrors();
        var indicators = result.Output.Select(o => (string)o.Properties["SideIndicator"].Value).ToHashSet();
        Assert.Equal(new HashSet<string> { "<=", "=>", "==" }, indicators);
        Assert.Contains(result.Output, o => (string)o.Properties["SideIndicator"].Value == "==" && ((string)o.Properties["Topic"].Value).Contains("Hang Mike Pence"));
        var equalOnly = ModuleSession.Instance.Run("Compare-Source -ReferenceSource 002_16e59721cee184d8 -DifferenceSource 003_d9c06794e69f0419 -ExcludeDifferent");
        Assert.All(equalOnly.Output, o => Assert.Equal("==", o.Properties["SideIndicator"].Value));
    }

    [Fact]
    public void The_summary_has_one_object_per_source_and_bad_pairs_are_refused()
    {
        var summary = ModuleSession.Instance.Run("Compare-Source -Summary");
        Assert.Equal(5, summary.Output.Count);
        Assert.All(summary.Output, s => Assert.True((int)s.Properties["Reported"].Value >= (int)s.Properties["OnlyHere"].Value));
        var half = ModuleSession.Instance.Run("Compare-Source -ReferenceSource 002_16e59721cee184d8");
        Assert.Contains(half.Errors, e => e.FullyQualifiedErrorId.StartsWith("SourcePairIncomplete,"));
        var unknown = ModuleSession.Instance.Run("Compare-Source -ReferenceSource nope -DifferenceSource 003_d9c06794e69f0419");
        Assert.Contains(unknown.Errors, e => e.FullyQualifiedErrorId.StartsWith("SourceNotFound,"));
    }

    [Fact]
    public void The_weekday_mismatch_is_a_finding_on_its_source()
    {
        var findings = ModuleSession.Instance.Run("Test-CaseSource -Check WeekdayMismatch");
        var finding = Assert.Single(findings.Output);
        Assert.Equal("003", SeedGold.ArticleKey((string)finding.Properties["Source"].Value));
        Assert.Contains("lundi 12 janvier", (string)finding.Properties["Message"].Value);
    }

    private static string Evidence(PSObject fact) => Text(fact, "Evidence");

    private static string Text(PSObject fact, string property) => (string)fact.Properties[property].Value;

    /// <summary>What each source says of a fact, as a script reads it (ForEach-Object Mentions).</summary>
    private static List<(string Source, string Value, int Offset, string Evidence)> Mentions(PSObject fact) =>
        ((System.Collections.IEnumerable)fact.Properties["Mentions"].Value).Cast<object>().Select(PSObject.AsPSObject)
            .Select(m => ((string)m.Properties["Source"].Value, (string)m.Properties["Value"].Value, (int)m.Properties["Offset"].Value, (string)m.Properties["Evidence"].Value))
            .ToList();
}
