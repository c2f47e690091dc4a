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
}
