using BenchmarkDotNet.Attributes;
using ParlerCase.Core.Articles;
using ParlerCase.Core.Quotes;

namespace ParlerCase.Benchmarks;

/// <summary>Get-Quote's work on articles already read: each article's entity index and quotes, as the cmdlet streams them.</summary>
public class QuoteBenchmarks : CorpusBenchmark
{
    private IReadOnlyList<Article> articles = Array.Empty<Article>();

    public override void Setup()
    {
        base.Setup();
        var loader = new ArticleLoader();
        articles = Corpus.Files.Select(loader.Load).ToList();
    }

    [Benchmark(OperationsPerInvoke = CorpusSize, Description = "Get-Quote (entity index + quotes) per article")]
    public int ExtractQuotes()
    {
        var stream = new QuoteStream();
        var quotes = 0;
        foreach (var article in articles)
        {
            quotes += stream.Next(article).Count;
        }

        return quotes;
    }
}
