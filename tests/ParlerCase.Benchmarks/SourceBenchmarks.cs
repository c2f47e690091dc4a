using BenchmarkDotNet.Attributes;
using ParlerCase.Core.Articles;

namespace ParlerCase.Benchmarks;

/// <summary>Get-CaseSource's work: decode, clean, split and add metadata to each article file.</summary>
public class SourceBenchmarks : CorpusBenchmark
{
    [Benchmark(OperationsPerInvoke = CorpusSize, Description = "Get-CaseSource (read + clean + split) per article")]
    public int ReadArticles()
    {
        var loader = new ArticleLoader();
        var sentences = 0;
        foreach (var file in Corpus.Files)
        {
            sentences += loader.Load(file).Body.Sentences.Count;
        }

        return sentences;
    }
}
