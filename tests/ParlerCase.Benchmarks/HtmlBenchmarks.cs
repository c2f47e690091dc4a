using BenchmarkDotNet.Attributes;
using ParlerCase.Core.Articles;

namespace ParlerCase.Benchmarks;

/// <summary>
/// Web pages through Get-CaseSource's page path: each generated article wrapped in a news page's markup
/// (banner, navigation, JSON-LD, share widgets, related links, comments, scripts), parsed, cleared of its
/// furniture, extracted by Readability, then cleaned and split like a text file. Op/s is pages per second.
/// </summary>
public class HtmlBenchmarks : CorpusBenchmark
{
    private List<string> pages = null!;

    public override void Setup()
    {
        base.Setup();
        pages = Enumerable.Range(0, Corpus.Files.Count).Select(Corpus.Page).ToList();
    }

    [Benchmark(OperationsPerInvoke = CorpusSize, Description = "HTML page (parse + extract + clean + split) per page")]
    public int ReadPages()
    {
        var loader = new ArticleLoader();
        var sentences = 0;
        foreach (var page in pages)
        {
            sentences += loader.LoadPage(page, null).Body.Sentences.Count;
        }

        return sentences;
    }
}
