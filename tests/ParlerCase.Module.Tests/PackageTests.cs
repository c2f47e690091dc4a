using System.Text.RegularExpressions;

namespace ParlerCase.Module.Tests;

/// <summary>
/// The module as it would be published: the PackageModule target lays it out in a folder of the test's own, and a
/// fresh process (the shell, so that nothing of the repository's bin/ is loaded) imports it, checks its manifest
/// as Test-ModuleManifest does and runs every exported cmdlet on the bundled corpus.
/// </summary>
public class PackageTests : IDisposable
{
    private static readonly string Configuration = DotnetProcess.Configuration;

    private readonly string folder = Directory.CreateTempSubdirectory("parlercase-package-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void The_package_imports_in_a_fresh_process_passes_Test_ModuleManifest_and_runs_every_cmdlet()
    {
        var package = Path.Combine(folder, "ParlerCase");
        var project = Path.Combine(ModuleSession.RepoRoot, "src", "ParlerCase.PowerShell", "ParlerCase.PowerShell.csproj");
        var (code, output) = DotnetProcess.Run("msbuild", project, "-t:PackageModule", "-p:NoBuild=true", $"-p:Configuration={Configuration}", $"-p:PackageFolder={package}/", "-nologo", "-v:m");
        Assert.True(code == 0, output);

        foreach (var file in new[] { "ParlerCase.psd1", "README.md", "LICENSE", "bin/ParlerCase.PowerShell.dll", "bin/ParlerCase.Loading.dll", "bin/dependencies/ParlerCase.Core.dll", "en-US/about_ParlerCase.help.txt", "en-US/ParlerCase.PowerShell.dll-Help.xml" })
        {
            Assert.True(File.Exists(Path.Combine(package, file)), file + " is missing from the package");
        }

        Assert.Equal(5, Directory.GetFiles(Path.Combine(package, "seeds"), "*.txt").Length);
        // Only the loader and the cmdlets beside the manifest's RootModule: a dependency there would load in the host's context.
        Assert.Equal(new[] { "ParlerCase.Loading.dll", "ParlerCase.PowerShell.dll" }, Directory.GetFiles(Path.Combine(package, "bin"), "*.dll").Select(Path.GetFileName).Order());

        var shell = Path.Combine(ModuleSession.RepoRoot, "src", "ParlerCase.Shell", "bin", Configuration, "net10.0", "ParlerCase.Shell.dll");
        (code, output) = DotnetProcess.Run(
            shell,
            "--module", Path.Combine(package, "ParlerCase.psd1"),
            "'base: ' + (Get-Module ParlerCase).ModuleBase",
            "[AppDomain]::CurrentDomain.GetAssemblies().Where({ $_.GetName().Name -in 'ParlerCase.PowerShell', 'ParlerCase.Loading', 'ParlerCase.Core' }).ForEach({ 'assembly: ' + $_.Location })",
            // A file writer writes to a temporary file and passes the file on.
            "Get-Command -Module ParlerCase | ForEach-Object { $file = @{}; if ($_.Verb -eq 'Export') { $file = @{ Path = [IO.Path]::GetTempFileName(); PassThru = $true } }; $out = @(& $_.Name @file); if ($file.Path) { [IO.File]::Delete($file.Path) }; 'cmdlet: {0} {1}' -f $_.Name, $out.Count }",
            "$m = Test-ModuleManifest -Path ([IO.Path]::Combine((Get-Module ParlerCase).ModuleBase, 'ParlerCase.psd1'))",
            "'manifest: {0}|{1}|{2}|{3}|{4}' -f $m.Version, $m.Guid, ($m.ExportedCmdlets.Keys -join ','), ($m.Tags -join ','), $m.LicenseUri");
        Assert.True(code == 0, output);

        var lines = output.Split('\n').Select(l => l.TrimEnd()).ToList();
        Assert.Contains("base: " + package, lines);
        var assemblies = lines.Where(l => l.StartsWith("assembly: ")).ToList();
        Assert.Equal(3, assemblies.Count);
        Assert.All(assemblies, a => Assert.StartsWith("assembly: " + package, a));

        var cmdlets = lines.Select(l => Regex.Match(l, @"^cmdlet: (?<name>\S+) (?<count>\d+)$")).Where(m => m.Success).ToDictionary(m => m.Groups["name"].Value, m => int.Parse(m.Groups["count"].Value));
        Assert.Contains("Get-CaseSource", cmdlets.Keys);
        Assert.All(cmdlets, c => Assert.True(c.Value > 0, $"{c.Key} wrote nothing on the bundled corpus"));

        var manifest = Assert.Single(lines, l => l.StartsWith("manifest: ")).Substring("manifest: ".Length).Split('|');
        Assert.Matches(@"^\d+\.\d+\.\d+$", manifest[0]);
        Assert.True(Guid.TryParse(manifest[1], out var guid) && guid != Guid.Empty);
        Assert.Equal(cmdlets.Keys.Order(), manifest[2].Split(',').Order());
        Assert.Contains("PSEdition_Core", manifest[3].Split(','));
        Assert.StartsWith("https://", manifest[4]);
    }
}
