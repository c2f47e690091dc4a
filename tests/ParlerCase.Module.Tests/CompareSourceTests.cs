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

        // Amy Peikoff's two titles side by side, one per source column.
        var peikoff = Assert.Single(Facts("Actor"), f => (string)f.Properties["Topic"].Value == "Amy Peikoff: role");
        var roles = f(peikoff).Where(p => p.Name.StartsWith("00") && ((string)p.Value).Length > 0).Select(p => (string)p.Value).ToList();
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

        static IEnumerable<PSPropertyInfo> f(PSObject o) => o.Properties;
    }

    [Fact]
    public void Every_fact_has_a_column_per_source_and_cites_each_mention()
    {
        var sources = ModuleSession.Instance.Run("Get-CaseSource | ForEach-Object Id").Output.Select(o => (string)o.BaseObject).ToList();
        foreach (var fact in AllFacts.Value.Output)
        {
            Assert.Equal(new[] { "Topic", "Kind", "Status", "SourceCount", "Sources" }.Concat(sources).Concat(new[] { "Evidence", "Rule" }), fact.Properties.Select(p => p.Name));
            var reported = ((string)fact.Properties["Sources"].Value).Split("; ");
            Assert.Equal(reported.Length, (int)fact.Properties["SourceCount"].Value);
            Assert.All(reported, s => Assert.Matches($@"(?m)^{s}@\d+: ", Evidence(fact)));
            Assert.All(sources.Except(reported), s => Assert.Equal(string.Empty, fact.Properties[s].Value));
        }
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

    private static string Evidence(PSObject fact) => (string)fact.Properties["Evidence"].Value;
}
