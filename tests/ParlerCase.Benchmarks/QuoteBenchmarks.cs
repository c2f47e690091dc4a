using BenchmarkDotNet.Attributes;
using ParlerCase.Core.Articles;
using ParlerCase.Core.Entities;
using ParlerCase.Core.Quotes;

namespace ParlerCase.Benchmarks;

/// <summary>Get-Quote's work on articles already read: the corpus's entity index, then each article's quotes.</summary>
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
        var index = EntityIndex.Build(articles.Select(a => a.Body));
        var extractor = new QuoteExtractor(index);
        var quotes = 0;
        foreach (var article in articles)
        {
            quotes += extractor.Extract(article.Body, article.Id).Count;
        }

        return quotes;
    }
}
