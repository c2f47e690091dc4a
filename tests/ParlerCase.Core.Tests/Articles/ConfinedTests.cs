using System.Text;
using System.Text.RegularExpressions;
using ParlerCase.Core.Articles;
using ParlerCase.Core.Common;
using ParlerCase.Core.Reading;

namespace ParlerCase.Core.Tests.Articles;

public class ConfinedTests
{
    private static Article Build(string id, string text) =>
        ArticleLoader.Build(new PlainTextReader().Read(Encoding.UTF8.GetBytes(text), id + ".txt"), id + ".txt", null);

    private static readonly Article[] Corpus =
    {
        Build("a", "Orbis a porté plainte lundi contre Nimbus, a déclaré son avocat."),
        Build("b", "Nimbus a répondu mardi que la plainte était sans fondement."),
        Build("c", "Le juge entendra les parties en mars, selon le greffe."),
        Build("d", "La cour a rejeté la demande d'Orbis jeudi."),
    };

    [Fact]
    public void An_unexpected_exception_is_that_articles_error_naming_it()
    {
        var e = Assert.Throws<ArticleReadException>(() => Confined.Analyse<string>(Corpus[1], () => throw new KeyNotFoundException("x"), _ => { }));
        Assert.Equal(ArticleErrorKind.AnalysisFailed, e.Kind);
        Assert.Equal("b.txt", e.Path);
        Assert.IsType<KeyNotFoundException>(e.InnerException);
    }

    [Fact]
    public void A_runaway_match_the_rule_did_not_skip_is_a_RuleTimedOut_error()
    {
        var e = Assert.Throws<ArticleReadException>(() => Confined.Read("slow.txt", () => throw new RegexMatchTimeoutException("x", "y", Patterns.Timeout), _ => { }));
        Assert.Equal(ArticleErrorKind.RuleTimedOut, e.Kind);
    }

    [Fact]
    public void A_rule_that_runs_out_of_time_is_skipped_for_that_text_with_a_warning()
    {
        var slow = new PatternSet(new[] { ("runaway", @"^(\w+\s?)*$"), ("word", @"\bOrbis\b") });
        var text = string.Concat(Enumerable.Repeat("Orbis plaide ", 40)) + "!";
        var warnings = new List<string>();
        var rules = Confined.Analyse(Corpus[0], () => slow.MatchEach(text).Select(m => m.Rule).ToList(), warnings.Add);
        Assert.Equal(new[] { "word" }, rules);
        Assert.Contains(warnings, w => w.Contains("'runaway'") && w.Contains("a.txt"));
    }

    [Fact]
    public void A_corpus_analysis_that_fails_is_run_again_without_the_articles_that_make_it_fail()
    {
        var failures = new List<ArticleReadException>();
        // 'c' fails alone; 'a' and 'd' fail only together.
        var ids = Confined.Corpus(Corpus, articles =>
        {
            var names = articles.Select(a => a.Id).ToList();
            if (names.Contains("c") || (names.Contains("a") && names.Contains("d")))
            {
                throw new InvalidOperationException("defect");
            }

            return names;
        }, failures, _ => { });
        Assert.Equal(new[] { "a", "b" }, ids);
        Assert.Equal(new[] { "c.txt", "d.txt" }, failures.Select(f => f.Path).Order());
        Assert.All(failures, f => Assert.Equal(ArticleErrorKind.AnalysisFailed, f.Kind));
    }
}
