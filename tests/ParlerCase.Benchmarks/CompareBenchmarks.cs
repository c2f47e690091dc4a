using BenchmarkDotNet.Attributes;
using ParlerCase.Core.Articles;
using ParlerCase.Core.Comparison;

namespace ParlerCase.Benchmarks;

/// <summary>Compare-Source's work on the whole generated corpus at once (the target is under 10 s on one core).</summary>
public class CompareBenchmarks : CorpusBenchmark
{
    private IReadOnlyList<Article> articles = null!;

    public override void Setup()
    {
        base.Setup();
        var loader = new ArticleLoader();
        articles = Corpus.Files.Select(loader.Load).ToList();
    }

    [Benchmark(Description = "Compare-Source, whole corpus")]
    public int CompareCorpus() => SourceComparison.Build(articles).Facts.Count;
}
