using BenchmarkDotNet.Attributes;
using ParlerCase.Core.Articles;
using ParlerCase.Core.Dates;
using ParlerCase.Core.Temporal;

namespace ParlerCase.Benchmarks;

/// <summary>
/// Get-CaseDate's work on articles already read: every temporal expression as TimeML draws it, resolved. Per
/// operation = per article (articles per second = 1 / mean).
/// </summary>
public class DateBenchmarks : CorpusBenchmark
{
    private List<Article> articles = null!;

    public override void Setup()
    {
        base.Setup();
        var loader = new ArticleLoader();
        articles = Corpus.Files.Select(loader.Load).ToList();
    }

    [Benchmark(OperationsPerInvoke = CorpusSize, Description = "Get-CaseDate (TIMEX3 expressions) per article")]
    public int TagDates() =>
        articles.Sum(a => TemporalTagger.Tag(a.Body, a.Published.HasValue ? a.Published.Value : (PartialDate?)null).Count);
}
