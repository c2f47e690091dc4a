using BenchmarkDotNet.Attributes;

namespace ParlerCase.Benchmarks;

/// <summary>
/// Base of the per-stage benchmarks: one generated corpus per run, and each benchmark method processes the
/// whole corpus, so BenchmarkDotNet's per-operation figures are per article.
/// </summary>
public abstract class CorpusBenchmark
{
    public const int CorpusSize = 1000;

    protected GeneratedCorpus Corpus { get; private set; } = null!;

    [GlobalSetup]
    public virtual void Setup() => Corpus = GeneratedCorpus.Create(CorpusSize);

    [GlobalCleanup]
    public void Cleanup() => Corpus.Dispose();
}
