using CsCheck;
using ParlerCase.Core.Reading;

namespace ParlerCase.Core.Tests.Robustness;

/// <summary>
/// Property runs, short enough for CI: generated and mutated inputs through every cmdlet's core. The long run
/// (10^6 inputs per stage) is in the benchmark project: <c>-- --robustness 1000000</c>.
/// </summary>
public class HostileInputTests
{
    private static readonly ArticleErrorKind[] Documented = Enum.GetValues<ArticleErrorKind>();

    [Fact]
    public void Any_article_beside_the_seeds_gives_output_or_a_documented_article_error_in_bounded_time()
    {
        HostileInputs.Article.Sample(input =>
        {
            var errors = HostileInputs.RunEveryCore(input);
            Assert.All(errors, e => Assert.Contains(e.Kind, Documented));
        }, iter: 25, threads: 1, print: input => $"{input.Name}, {input.Bytes.Length} bytes");
    }

    [Fact]
    public void Any_metadata_file_parses_to_rows_and_problems_without_an_exception()
    {
        HostileInputs.Metadata.Sample(csv =>
        {
            var file = HostileInputs.ParseMetadata(csv);
            Assert.True(file.Count > 0 || file.Problems.Count >= 0);
        }, iter: 500, threads: 1);
    }
}
