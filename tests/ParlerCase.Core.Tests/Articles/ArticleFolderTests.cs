using ParlerCase.Core.Articles;

namespace ParlerCase.Core.Tests.Articles;

public class ArticleFolderTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("parlercase-folder-").FullName;

    public ArticleFolderTests()
    {
        Directory.CreateDirectory(Path.Combine(folder, "a"));
        Directory.CreateDirectory(Path.Combine(folder, "locked"));
        File.WriteAllText(Path.Combine(folder, "top.txt"), "x");
        File.WriteAllText(Path.Combine(folder, "a", "inner.txt"), "x");
        File.WriteAllText(Path.Combine(folder, "locked", "hidden.txt"), "x");
    }

    // Links are deleted, not followed.
    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_subfolder_that_cannot_be_listed_is_reported_and_the_others_are_read()
    {
        var unreadable = new List<string>();
        var files = ArticleFolder.Files(folder, recurse: true, (f, _) => unreadable.Add(f),
            d => d.Name == "locked" ? throw new UnauthorizedAccessException("denied") : d.EnumerateFileSystemInfos());
        Assert.Equal(new[] { Path.Combine(folder, "a", "inner.txt"), Path.Combine(folder, "top.txt") }, files);
        Assert.Equal(new[] { Path.Combine(folder, "locked") }, unreadable);
    }

    [Fact]
    public void Links_that_loop_lead_to_each_real_folder_once()
    {
        Directory.CreateSymbolicLink(Path.Combine(folder, "a", "up"), folder);
        Directory.CreateSymbolicLink(Path.Combine(folder, "a", "self"), Path.Combine(folder, "a"));
        Directory.CreateSymbolicLink(Path.Combine(folder, "again"), Path.Combine(folder, "a"));
        var files = ArticleFolder.Files(folder, recurse: true, (f, e) => throw e);
        Assert.Equal(3, files.Count);
        Assert.Equal(3, files.Select(Path.GetFileName).Distinct().Count());
    }

    [Fact]
    public void A_link_to_a_folder_outside_is_followed()
    {
        var outside = Directory.CreateTempSubdirectory("parlercase-outside-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(outside, "far.txt"), "x");
            Directory.CreateSymbolicLink(Path.Combine(folder, "far"), outside);
            Assert.Contains(Path.Combine(folder, "far", "far.txt"), ArticleFolder.Files(folder, recurse: true, (f, e) => throw e));
            Assert.DoesNotContain(Path.Combine(folder, "a", "inner.txt"), ArticleFolder.Files(folder, recurse: false, (f, e) => throw e));
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }
}
