using System.Runtime.Loader;

namespace ParlerCase.Module.Tests;

/// <summary>Another module loaded older CsvHelper and Markdig first (see ModuleSession); ParlerCase still works.</summary>
public class DependencyIsolationTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("parlercase-isolation-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Metadata_files_and_Markdown_read_with_the_modules_own_dependencies()
    {
        var older = ModuleSession.ConflictingDependencies.ToDictionary(a => a.GetName().Name!, a => a.GetName().Version!);
        Assert.True(older["CsvHelper"].Major < 33 && older["Markdig"].Major < 1, "the conflicting versions are older than the module's");
        Assert.All(ModuleSession.ConflictingDependencies, a => Assert.Same(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(a)));

        File.WriteAllText(Path.Combine(folder, "ruling.md"), "---\ntitle: Judge denies the request\n---\n\nThe judge denied the request on **Tuesday**. The company said it would appeal.\n");
        File.WriteAllText(Path.Combine(folder, "metadata.csv"), "File,Published,Outlet\nruling.md,2021-01-21,The Daily\n");
        var result = ModuleSession.Instance.Run("Get-CaseSource -Path $folder", new Dictionary<string, object> { ["folder"] = folder });
        result.AssertNoErrors();
        var source = Assert.Single(result.Output);
        Assert.Equal("The Daily", source.Properties["Outlet"].Value);
        Assert.Equal("Judge denies the request", source.Properties["Title"].Value);

        var modules = AppDomain.CurrentDomain.GetAssemblies().Where(a => AssemblyLoadContext.GetLoadContext(a)?.Name == "ParlerCase").Select(a => a.GetName()).ToList();
        Assert.Contains(modules, a => a.Name == "CsvHelper" && a.Version!.Major == 33);
        Assert.Contains(modules, a => a.Name == "Markdig" && a.Version!.Major >= 1);
        // The module's own core is in the host's context, where scripts can name its types; its libraries are not.
        Assert.DoesNotContain(modules, a => a.Name == "ParlerCase.Core");
        Assert.Contains(AppDomain.CurrentDomain.GetAssemblies(), a => a.GetName().Name == "ParlerCase.Core" && AssemblyLoadContext.GetLoadContext(a) == AssemblyLoadContext.Default);
    }
}
