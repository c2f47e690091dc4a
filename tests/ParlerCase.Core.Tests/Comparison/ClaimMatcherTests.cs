using ParlerCase.Core.Comparison;

namespace ParlerCase.Core.Tests.Comparison;

public class ClaimMatcherTests
{
    private static List<Fact> Facts(params Claim[] claims)
    {
        using var analyzer = new TermAnalyzer();
        return ClaimMatcher.Facts(claims, analyzer).ToList();
    }

    private static Claim Fr(string source, string text, string speaker = "") => new(source, text, speaker, text, 0, "fr");

    [Fact]
    public void Two_translations_of_one_statement_are_one_fact()
    {
        var facts = Facts(
            Fr("a", "la décision vise à écraser la concurrence au profit de son partenaire", "Gab"),
            Fr("b", "une décision destinée à écraser la concurrence au bénéfice de son partenaire", "Gab"),
            Fr("c", "nous ouvrirons un nouveau centre de données en mars", "Oracle"));
        var shared = Assert.Single(facts, f => f.Sources.Count == 2);
        Assert.Equal(FactStatus.Agree, shared.Status);
        Assert.Equal(FactKind.Quote, shared.Kind);
        Assert.Equal(FactStatus.Single, Assert.Single(facts, f => f.Sources.Count == 1).Status);
    }

    [Fact]
    public void The_same_words_credited_to_different_speakers_conflict()
    {
        var fact = Assert.Single(Facts(
            new Claim("a", "we will rebuild from scratch within a week", "John Doe", "s", 3, "en"),
            new Claim("b", "We will rebuild from scratch within a week", "Acme Corp", "s", 7, "en")));
        Assert.Equal(FactStatus.Conflict, fact.Status);
        Assert.Contains(fact.Mentions, m => m.Value.Contains("(Acme Corp)") && m.Offset == 7);
    }

    [Fact]
    public void A_short_scare_quote_is_not_the_long_statement_that_contains_it()
    {
        var facts = Facts(
            Fr("a", "liberté d’expression"),
            Fr("b", "Nous ne céderons jamais aux autoritaires qui détestent la liberté d’expression et la démocratie", "Jean Dupont"));
        Assert.Equal(2, facts.Count);
    }

    [Fact]
    public void A_slogan_quoted_by_two_outlets_agrees_without_a_speaker()
    {
        var fact = Assert.Single(Facts(Fr("a", "Stop the Steal"), Fr("b", "« Stop the Steal »")));
        Assert.Equal(FactStatus.Agree, fact.Status);
        Assert.Equal(new[] { "a", "b" }, fact.Sources);
    }
}
