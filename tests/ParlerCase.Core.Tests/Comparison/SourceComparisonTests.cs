using System.Text;
using ParlerCase.Core.Articles;
using ParlerCase.Core.Comparison;
using ParlerCase.Core.Dates;
using ParlerCase.Core.Entities;
using ParlerCase.Core.Metadata;
using ParlerCase.Core.Quotes;
using ParlerCase.Core.Reading;

namespace ParlerCase.Core.Tests.Comparison;

public class SourceComparisonTests
{
    private static Article Article(string id, string text, string language = "en") =>
        ArticleLoader.Build(
            new PlainTextReader().Read(Encoding.UTF8.GetBytes(text), id + ".txt"),
            id + ".txt",
            new MetadataEntry(id + ".txt", PartialDate.Day(2022, 5, 12), null, null, null, null, language, "test"));

    [Fact]
    public void A_clause_of_a_long_reported_statement_matches_the_outlet_that_quotes_only_it()
    {
        var comparison = SourceComparison.Build(new[]
        {
            Article("gazette", "Orbis said that the merger would crush competition in the cloud market to benefit Nimbus, its main partner, and that the regulator had ignored the warnings of smaller rivals for months."),
            Article("courier", "The complaint says the merger was \"designed to crush competition in the cloud market for the benefit of Nimbus\", according to court papers."),
        });
        var fact = Assert.Single(comparison.Facts, f => f.Kind == FactKind.Quote && f.Sources.Count == 2);
        Assert.DoesNotContain(fact.Mentions, m => m.Value.Contains("regulator"));
    }

    [Fact]
    public void Text_quoted_inside_a_statement_matches_another_outlet_quoting_it_alone()
    {
        var comparison = SourceComparison.Build(new[]
        {
            Article("gazette", "“The same day, \"Lock Them Up\" was trending on the rival site. We are held to a different standard,” the chief executive said in a statement."),
            Article("courier", "The company noted that the slogan \"Lock Them Up\" trended on the rival site that night."),
        });
        var fact = Assert.Single(comparison.Facts, f => f.Kind == FactKind.Quote && f.Sources.Count == 2);
        Assert.Equal(FactStatus.Agree, fact.Status);
    }

    [Fact]
    public void Roles_reworded_agree_side_by_side_and_different_roles_conflict()
    {
        var comparison = SourceComparison.Build(new[]
        {
            Article("gazette", "Jeanne Morel, responsable juridique d’Orbis, a jugé l’interdiction injuste. Marc Ridel, directeur financier d’Orbis, n’a pas souhaité réagir.", "fr"),
            Article("courier", "La lettre a été envoyée à la directrice juridique d’Orbis, Jeanne Morel, vendredi. Marc Ridel, avocat d’Orbis, n’a rien dit.", "fr"),
        });
        var jane = Assert.Single(comparison.Facts, f => f.Topic == "Jeanne Morel: role");
        Assert.Equal(FactStatus.Agree, jane.Status);
        Assert.Equal(2, jane.Mentions.Select(m => m.Value).Distinct().Count());
        Assert.Equal(FactStatus.Conflict, Assert.Single(comparison.Facts, f => f.Topic == "Marc Ridel: role").Status);
    }

    [Fact]
    public void Statement_numbers_stay_apart_and_positive_past_the_21475th_article()
    {
        // article × 100,000 in an int wrapped negative from article 21,475 on, and met the next article's numbers
        // in an article of more than 100,000 statements.
        Assert.True(SourceComparison.StatementNumber(21_475, 0) > 0);
        Assert.True(SourceComparison.StatementNumber(int.MaxValue, int.MaxValue) > 0);
        Assert.NotEqual(SourceComparison.StatementNumber(1, 0), SourceComparison.StatementNumber(0, 100_000));
        Assert.NotEqual(SourceComparison.StatementNumber(21_475, 3), SourceComparison.StatementNumber(21_474, 3));
    }

    [Fact]
    public void The_clauses_of_a_statement_of_article_30000_show_once_in_their_fact()
    {
        var articles = new[]
        {
            Article("gazette", "Orbis said that the merger would crush competition in the cloud market to benefit Nimbus, its main partner, and that the regulator had ignored the warnings of smaller rivals for months."),
            Article("courier", "The complaint says the merger was \"designed to crush competition in the cloud market for the benefit of Nimbus\", according to court papers."),
        };
        var extractor = new QuoteExtractor(EntityIndex.Build(articles.Select(a => a.Body)));
        var claims = articles.SelectMany((a, n) => SourceComparison.ClaimsOf(a, 30_000 + n, extractor.Extract(a.Body, a.Id, includeNonQuotes: true))).ToList();
        Assert.All(claims, c => Assert.True(c.Statement >= 0));

        using var analyzer = new TermAnalyzer();
        var fact = Assert.Single(ClaimMatcher.Facts(claims, analyzer), f => f.Sources.Count == 2);
        Assert.Single(fact.Mentions, m => m.Source == "gazette");
    }

    [Fact]
    public void The_summary_counts_what_each_source_alone_reports()
    {
        var comparison = SourceComparison.Build(new[]
        {
            Article("gazette", "The network claims 8 million users. It removed 120 posts on Sunday."),
            Article("courier", "The network has 8 million users, its founder said."),
        });
        var summaries = comparison.Summaries().ToDictionary(s => s.Source);
        Assert.True(summaries["gazette"].OnlyHere >= 1);
        Assert.True(summaries["courier"].Agreed >= 1);
        Assert.Empty(summaries["courier"].Conflicts);
    }
}

public class SlotFactTests
{
    private static Article Article(string id, string text) =>
        ArticleLoader.Build(
            new PlainTextReader().Read(Encoding.UTF8.GetBytes(text), id + ".txt"),
            id + ".txt",
            new MetadataEntry(id + ".txt", PartialDate.Day(2022, 5, 12), null, null, null, null, "en", "test"));

    [Fact]
    public void Two_sources_naming_different_hosts_for_one_relaunch_conflict_on_who()
    {
        var comparison = SourceComparison.Build(new[]
        {
            Article("gazette", "Vocal relaunched its platform on Monday through the host Nimbus."),
            Article("courier", "Vocal relaunched its platform this week after a month offline. Hostico, a company based in Lyon, said it provided the servers."),
        });
        var fact = Assert.Single(comparison.Facts, f => f.Rule == "different-actor-same-slot");
        Assert.Equal(FactStatus.Conflict, fact.Status);
        Assert.Equal(new[] { "Hostico", "Nimbus" }, fact.Mentions.Select(m => m.Value).OrderBy(v => v));
    }

    [Fact]
    public void Sources_that_name_the_same_parties_raise_no_slot_conflict()
    {
        var comparison = SourceComparison.Build(new[]
        {
            Article("gazette", "Vocal relaunched its platform on Monday through the host Nimbus."),
            Article("courier", "Vocal relaunched its platform on Monday with the help of Nimbus."),
        });
        Assert.DoesNotContain(comparison.Facts, f => f.Rule == "different-actor-same-slot");
    }
}

public class EventFactTests
{
    private static Article Article(string id, string text, PartialDate published) =>
        ArticleLoader.Build(
            new PlainTextReader().Read(Encoding.UTF8.GetBytes(text), id + ".txt"),
            id + ".txt",
            new MetadataEntry(id + ".txt", published, null, null, null, null, "en", "test"));

    [Fact]
    public void An_event_two_sources_date_alike_agrees_and_shows_each_date_as_written()
    {
        var comparison = SourceComparison.Build(new[]
        {
            Article("gazette", "Orbis sued Globex in federal court on Monday, accusing it of breach of contract.", PartialDate.Day(2022, 5, 12)),
            Article("courier", "Orbis filed a lawsuit against Globex on May 9, 2022, its lawyers said.", PartialDate.Day(2022, 5, 13)),
        });
        var fact = Assert.Single(comparison.Facts, f => f.Kind == FactKind.Event && f.Sources.Count == 2);
        Assert.Equal(FactStatus.Agree, fact.Status);
        Assert.Contains(fact.Mentions, m => m.Source == "gazette" && m.Value.StartsWith("2022-05-09 ('Monday')"));
        Assert.Contains(fact.Mentions, m => m.Source == "courier" && m.Value.StartsWith("2022-05-09"));
    }
}
