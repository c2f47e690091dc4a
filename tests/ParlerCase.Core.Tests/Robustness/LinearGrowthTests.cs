using System.Text;
using ParlerCase.Core.Articles;
using ParlerCase.Core.Checks;
using ParlerCase.Core.Documents;
using ParlerCase.Core.Events;
using ParlerCase.Core.Quotes;
using ParlerCase.Core.Reading;
using ParlerCase.Core.Reading.Html;
using ParlerCase.Core.Temporal;

namespace ParlerCase.Core.Tests.Robustness;

/// <summary>
/// Inputs shaped to make a stage quadratic or worse (issue 16, items 6 to 8). A stage's allocation at two sizes:
/// a linear stage allocates about four times as much at four times the size, a quadratic one sixteen; the bound
/// (8) leaves room. Times are left to the robustness run of the benchmark project: they flake under load.
/// </summary>
public class LinearGrowthTests
{
    private const double MaxRatio = 8;

    private const double MaxBytesPerCharacter = 600;

    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    [Fact]
    public void Attributes_past_the_limit_and_comments_go_before_parsing_and_every_line_stays()
    {
        var html = "<p\n" + string.Concat(Enumerable.Range(0, 500).Select(i => $"a{i}='{i}'\n")) + "/>texte<!-- un\ncommentaire -->\n<b>suite</b>";
        var limited = MarkupLimiter.Limit(html, out _);
        Assert.DoesNotContain("<!--", limited);
        Assert.Contains($"a{MarkupLimiter.MaxAttributes - 1}='", limited);
        Assert.DoesNotContain($"a{MarkupLimiter.MaxAttributes}='", limited);
        Assert.Equal(html.Count(c => c == '\n'), limited.Count(c => c == '\n'));
        Assert.Contains("/>texte", limited);
        Assert.EndsWith("<b>suite</b>", limited);
    }

    public static TheoryData<string, string, int> TextShapes => new()
    {
        // Quotation marks between emoji: every quote took its sentence's whole text (15.7 GB for 128 KB).
        { "quotes", "😀 « 🔥 » ", 500 },
        // One line of dates with no sentence end: each date's tense read the whole line.
        { "checks", "le juge Paul Renaud a rendu sa décision lundi 12 janvier 2021 et ", 300 },
        { "timeline", "le juge Paul Renaud a rendu sa décision lundi 12 janvier 2021 et ", 300 },
        // Tiny paragraphs.
        { "checks", "Le juge Renaud.\n\n", 2_000 },
    };

    [Theory]
    [MemberData(nameof(TextShapes))]
    public void Analysing_an_article_allocates_in_proportion_to_its_length(string stage, string unit, int n)
    {
        long Cost(int size)
        {
            var text = Repeat(unit, size);
            var article = ArticleLoader.Build(new PlainTextReader().Read(Encoding.UTF8.GetBytes(text), "long.txt"), "long.txt", null);
            Action run = stage switch
            {
                "quotes" => () => new QuoteStream().Next(article, includeNonQuotes: true),
                "checks" => () => SourceChecks.Run(article).ToList(),
                _ => () => CaseTimeline.Build(new[] { article }),
            };
            run();
            var before = GC.GetAllocatedBytesForCurrentThread();
            run();
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        var ratio = (double)Cost(4 * n) / Math.Max(1, Cost(n));
        Assert.True(ratio < MaxRatio, $"{stage}: {ratio:0.0}× the bytes at 4× the size");
    }

    [Theory]
    [InlineData("timeline")]
    [InlineData("dates")]
    public void A_line_of_dates_allocates_a_bounded_multiple_of_its_length(string stage)
    {
        // Each date's tense re-read its whole sentence (up to the 1,000-character cut), and each date and trigger after
        // it copied and split the words between them: 2,700 bytes a character for the timeline, 900 for the dates. An
        // article of ordinary prose takes 200 to 400 for the timeline.
        var text = Repeat("le juge Paul Renaud a rendu sa décision lundi 12 janvier 2021 et ", 600);
        var article = ArticleLoader.Build(new PlainTextReader().Read(Encoding.UTF8.GetBytes(text), "dates.txt"), "dates.txt", null);
        Action run = stage == "dates" ? () => TemporalTagger.Tag(article.Body, null).ToList() : () => CaseTimeline.Build(new[] { article });
        run();
        var before = GC.GetAllocatedBytesForCurrentThread();
        run();
        var perCharacter = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)text.Length;
        Assert.True(perCharacter < MaxBytesPerCharacter, $"{stage}: {perCharacter:N0} bytes allocated per character");
    }

    [Fact]
    public void A_line_with_no_sentence_end_is_cut_into_sentences_of_bounded_length()
    {
        var text = Repeat("le juge Paul Renaud a rendu sa décision lundi et ", 2_000) + "fin";
        var document = Document.FromText(text, "fr");
        Assert.All(document.Sentences, s => Assert.True(s.Text.Length <= SentenceSplitter.MaxLength + 60, $"{s.Text.Length} characters"));
        Assert.Equal(text, string.Join(" ", document.Sentences.Select(s => s.Text)));

        var word = Repeat("a", 5 * SentenceSplitter.MaxLength);
        Assert.All(Document.FromText(word, "fr").Sentences, s => Assert.True(s.Text.Length <= 2 * SentenceSplitter.MaxLength));
    }
}
