using BenchmarkDotNet.Attributes;
using ParlerCase.Core.Articles;
using ParlerCase.Core.Events;

namespace ParlerCase.Benchmarks;

/// <summary>
/// Get-CaseEvent's work on articles already read: date expressions, event mentions, actors, and the merge of the
/// whole corpus into one timeline. Per operation = per article.
/// </summary>
public class EventBenchmarks : CorpusBenchmark
{
    private List<Article> articles = null!;

    public override void Setup()
    {
        base.Setup();
        var loader = new ArticleLoader();
        articles = Corpus.Files.Select(loader.Load).ToList();
    }

    [Benchmark(OperationsPerInvoke = CorpusSize, Description = "Get-CaseEvent (dates + events + timeline) per article")]
    public int BuildTimeline() => CaseTimeline.Build(articles).Count;
}
