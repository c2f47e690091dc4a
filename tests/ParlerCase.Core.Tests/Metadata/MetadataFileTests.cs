using ParlerCase.Core.Dates;
using ParlerCase.Core.Metadata;

namespace ParlerCase.Core.Tests.Metadata;

public class MetadataFileTests
{
    [Fact]
    public void Rows_are_matched_by_file_name_and_dates_keep_their_precision()
    {
        var file = MetadataFile.Parse("file,PUBLISHED,Outlet,Title\n\"a, b.txt\",2021-01,\"Le Monde\",\"Un titre, avec virgule\"\nc,2021-01-12,,\n", "metadata.csv");
        var a = file.For("/data/a, b.txt")!;
        Assert.Equal(new PartialDate(new DateTime(2021, 1, 1), DatePrecision.Month), a.Published);
        Assert.Equal("Le Monde", a.Outlet);
        Assert.Equal("Un titre, avec virgule", a.Title);
        Assert.Equal("metadata.csv line 2", a.Evidence);
        Assert.Equal(DatePrecision.Day, file.For("c.txt")!.Published!.Value.Precision);
        Assert.Null(file.For("other.txt"));
    }

    [Fact]
    public void Bad_rows_are_reported_not_fatal()
    {
        var file = MetadataFile.Parse("File,Published\nx.txt,12/01/2021\n,2021\n", "metadata.csv");
        Assert.Equal(2, file.Problems.Count);
        Assert.Null(file.For("x.txt")!.Published);
    }

    [Fact]
    public void A_stray_quote_in_an_unquoted_value_keeps_the_rows_after_it_and_names_its_own_line()
    {
        var file = MetadataFile.Parse("File,Published,Title\na.txt,2021-01-12,\"Le vrai titre\nb.txt,2021-01-13,Le \"bon\" titre\nc.txt,2021-01-14,Troisième\n", "metadata.csv");
        Assert.Equal("2021-01-13", file.For("b.txt")!.Published!.Value.Iso);
        Assert.Equal("Troisième", file.For("c.txt")!.Title);
        Assert.Equal("metadata.csv line 4", file.For("c.txt")!.Evidence);
        Assert.Contains("Le vrai titre", file.For("a.txt")!.Title);
        Assert.Contains(file.Problems, p => p.StartsWith("metadata.csv line 2:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("File,\"Published\nx.txt,2021\n", "line 1")]
    [InlineData("Nom,Date\nx.txt,2021\n", "no File column")]
    [InlineData("File,Published\nx.txt,2021\0\u0001\n", "not UTF-8 text")]
    public void A_file_that_cannot_be_parsed_is_one_problem_naming_it_and_no_rows(string csv, string said)
    {
        var file = MetadataFile.Parse(csv, "/data/metadata.csv");
        Assert.Equal(0, file.Count);
        var problem = Assert.Single(file.Problems);
        Assert.Contains("'/data/metadata.csv'", problem);
        Assert.Contains(said, problem);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_not_read()
    {
        var folder = Directory.CreateTempSubdirectory("parlercase-meta-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, MetadataFile.FileName), "File,Published\n" + string.Concat(Enumerable.Repeat("x.txt,2021\n", 2000)));
            var file = MetadataFile.ForFolder(folder, maxBytes: 1024);
            Assert.Equal(0, file.Count);
            Assert.Contains("over the", Assert.Single(file.Problems));
            Assert.Equal(1, MetadataFile.ForFolder(folder, maxBytes: 1024 * 1024).Count);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
