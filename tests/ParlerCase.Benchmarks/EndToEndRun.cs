using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace ParlerCase.Benchmarks;

/// <summary>
/// What the user runs: each cmdlet in a fresh pwsh (the repository's tool, `dotnet pwsh`) importing the module
/// from the clone, on generated corpora of each size (and the HTML path on the same articles as news pages). The
/// child measures its own command: wall and processor time from import to the last object counted, the process's
/// peak working set and the bytes it allocated; then the growth of each from the smallest size to the largest.
/// </summary>
internal static class EndToEndRun
{
    private static readonly (string Stage, string Command, bool Pages)[] Stages =
    {
        ("Get-CaseSource", "Get-CaseSource -Path $folder", false),
        ("Get-Quote", "Get-Quote -Path $folder", false),
        ("Get-CaseEvent", "Get-CaseEvent -Path $folder", false),
        ("Get-CaseDate", "Get-CaseDate -Path $folder", false),
        ("Compare-Source", "Compare-Source -Path $folder", false),
        ("HTML pages", "Get-CaseSource -Path $folder", true),
    };

    public static void Run(IReadOnlyList<int> sizes, string? only)
    {
        var repo = RepositoryRoot();
        var stages = Stages.Where(s => only == null || s.Stage.Equals(only, StringComparison.OrdinalIgnoreCase)).ToList();
        if (stages.Count == 0)
        {
            throw new ArgumentException($"No stage named '{only}'; the stages: {string.Join(", ", Stages.Select(s => s.Stage))}.");
        }

        var results = new List<Measurement>();
        Console.WriteLine($"End to end in pwsh ({Path.Combine(repo, "ParlerCase.psd1")}), {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores");
        foreach (var size in sizes)
        {
            using var corpus = GeneratedCorpus.Create(size);
            var pages = stages.Any(s => s.Pages) ? WritePages(corpus) : null;
            foreach (var (stage, command, onPages) in stages)
            {
                var measurement = Measure(repo, stage, command, onPages ? pages! : corpus.Folder, size);
                results.Add(measurement);
                Console.WriteLine(measurement);
            }

            if (pages != null)
            {
                Directory.Delete(pages, recursive: true);
            }
        }

        Console.WriteLine();
        Console.WriteLine(Table(results, sizes));
    }

    /// <summary>The corpus's articles as news pages, UTF-8 .html files in a folder of their own.</summary>
    private static string WritePages(GeneratedCorpus corpus)
    {
        var folder = Directory.CreateTempSubdirectory("parlercase-pages-").FullName;
        for (var i = 0; i < corpus.Files.Count; i++)
        {
            File.WriteAllText(Path.Combine(folder, $"page_{i:D5}.html"), corpus.Page(i), new UTF8Encoding(false));
        }

        return folder;
    }

    private static Measurement Measure(string repo, string stage, string command, string folder, int size)
    {
        // Progress is off: the figures are the work's, not a progress bar's drawing on a console nobody reads.
        var script = $$"""
            $ErrorActionPreference = 'Continue'; $ProgressPreference = 'SilentlyContinue'
            $folder = '{{folder.Replace("'", "''", StringComparison.Ordinal)}}'
            $process = [System.Diagnostics.Process]::GetCurrentProcess()
            $clock = [System.Diagnostics.Stopwatch]::StartNew()
            $cpu = $process.TotalProcessorTime
            $allocated = [System.GC]::GetTotalAllocatedBytes($false)
            $Error.Clear()
            Import-Module '{{Path.Combine(repo, "ParlerCase.psd1")}}'
            $count = ({{command}} 2>$null | Measure-Object).Count
            $clock.Stop(); $process.Refresh()
            '{0} {1} {2} {3} {4} {5}' -f $clock.Elapsed.TotalSeconds.ToString([cultureinfo]::InvariantCulture), ($process.TotalProcessorTime - $cpu).TotalSeconds.ToString([cultureinfo]::InvariantCulture), $process.PeakWorkingSet64, ([System.GC]::GetTotalAllocatedBytes($false) - $allocated), $count, $Error.Count
            """;
        var load = LoadAverage();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = repo, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "pwsh", "-NoProfile", "-NonInteractive", "-EncodedCommand", Convert.ToBase64String(Encoding.Unicode.GetBytes(script)) })
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start) ?? throw new InvalidOperationException("dotnet pwsh did not start");
        var error = child.StandardError.ReadToEndAsync();
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        var last = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.Trim().Split(' ');
        if (child.ExitCode != 0 || last is not { Length: 6 })
        {
            throw new InvalidOperationException($"{stage} on {size} articles failed (exit {child.ExitCode}): {output}{error.Result}");
        }

        double Number(int i) => double.Parse(last[i], CultureInfo.InvariantCulture);
        return new Measurement(stage, size, Number(0), Number(1), (long)Number(2), (long)Number(3), (long)Number(4), (long)Number(5), load);
    }

    private static string Table(IReadOnlyList<Measurement> results, IReadOnlyList<int> sizes)
    {
        var text = new StringBuilder();
        text.AppendLine("| Stage | Articles | Wall s | CPU s | Peak MB | Allocated MB | Objects | Errors | Load (1 min) |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var m in results)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {m.Stage} | {m.Size:N0} | {m.WallSeconds:F1} | {m.CpuSeconds:F1} | {m.PeakBytes / 1048576.0:N0} | {m.AllocatedBytes / 1048576.0:N0} | {m.Objects:N0} | {m.Errors:N0} | {m.Load} |");
        }

        if (sizes.Count > 1)
        {
            var (small, large) = (sizes.Min(), sizes.Max());
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"| Stage | {large:N0}/{small:N0} wall | CPU | peak memory |");
            text.AppendLine("|---|---:|---:|---:|");
            foreach (var stage in results.Select(r => r.Stage).Distinct())
            {
                var a = results.First(r => r.Stage == stage && r.Size == small);
                var b = results.First(r => r.Stage == stage && r.Size == large);
                text.AppendLine(CultureInfo.InvariantCulture, $"| {stage} | {b.WallSeconds / a.WallSeconds:F1} | {b.CpuSeconds / a.CpuSeconds:F1} | {(double)b.PeakBytes / a.PeakBytes:F1} |");
            }
        }

        return text.ToString();
    }

    /// <summary>The machine's 1-minute load average when a measurement starts (the build machine is shared).</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "ParlerCase.psd1")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("ParlerCase.psd1 not found above " + AppContext.BaseDirectory);
    }

    private sealed record Measurement(string Stage, int Size, double WallSeconds, double CpuSeconds, long PeakBytes, long AllocatedBytes, long Objects, long Errors, string Load)
    {
        public override string ToString() =>
            string.Create(CultureInfo.InvariantCulture, $"{Stage,-15} {Size,6:N0} articles: {WallSeconds,7:F1} s wall, {CpuSeconds,7:F1} s CPU, peak {PeakBytes / 1048576.0,6:N0} MB, allocated {AllocatedBytes / 1048576.0,7:N0} MB, {Objects:N0} objects, {Errors:N0} errors (load {Load})");
    }
}
