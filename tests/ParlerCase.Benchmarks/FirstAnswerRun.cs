using System.Diagnostics;
using System.Globalization;

namespace ParlerCase.Benchmarks;

/// <summary>
/// '--first-answer [runs]': what a user waits for in a new session, each run in a fresh pwsh (the repository's
/// local tool, 'dotnet pwsh'): Import-Module plus the first object of Get-CaseSource on one generated article;
/// the first Tab completion of Get-Quote -Speaker on a generated corpus of 1,000 articles; and, for scale, pwsh's
/// own first Tab completion of a path in a new session. Medians of the runs, timed inside the child.
/// </summary>
public static class FirstAnswerRun
{
    public static void Run(int runs)
    {
        var root = GeneratedCorpus.RepositoryRoot();
        using var corpus = GeneratedCorpus.Create(CorpusBenchmark.CorpusSize);
        var one = corpus.Files[0];
        var clock = "$clock = [System.Diagnostics.Stopwatch]::StartNew(); ";
        var firstObject = clock + $"Import-Module ./ParlerCase.psd1; $import = $clock.Elapsed.TotalMilliseconds; $first = Get-CaseSource -Path '{one}' | Select-Object -First 1; \"$import $($clock.Elapsed.TotalMilliseconds)\"";
        var completion = $"Import-Module ./ParlerCase.psd1; $line = \"Get-Quote -Path '{corpus.Folder}' -Speaker \"; " + clock
            + "$found = (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.Count; \"$($clock.Elapsed.TotalMilliseconds) $found\"";
        var pathCompletion = $"$line = \"Get-ChildItem -Path '{Path.Combine(corpus.Folder, "gen_0000")}\"; " + clock
            + "$null = TabExpansion2 -inputScript $line -cursorColumn $line.Length; \"$($clock.Elapsed.TotalMilliseconds)\"";

        Console.WriteLine($"First answer in a fresh pwsh, median of {runs} runs; load average {PeerRun.LoadAverage()}");
        var imports = new List<double>();
        var firsts = new List<double>();
        var completions = new List<double>();
        var paths = new List<double>();
        var offered = 0.0;
        for (var i = 0; i < runs; i++)
        {
            var times = Pwsh(root, firstObject);
            imports.Add(times[0]);
            firsts.Add(times[1]);
            var tab = Pwsh(root, completion);
            completions.Add(tab[0]);
            offered = tab[1];
            paths.Add(Pwsh(root, pathCompletion)[0]);
        }

        Console.WriteLine($"Import-Module: {Median(imports):F0} ms; import and the first object of Get-CaseSource on one article: {Median(firsts):F0} ms");
        Console.WriteLine($"First Tab completion of Get-Quote -Speaker on {CorpusBenchmark.CorpusSize} articles: {Median(completions):F0} ms ({offered} speakers offered); pwsh's own first path completion: {Median(paths):F0} ms");
    }

    private static double Median(List<double> values) => values.OrderBy(v => v).ElementAt(values.Count / 2);

    /// <summary>Runs a script in a new 'dotnet pwsh' from the repository and reads the numbers its last line prints.</summary>
    private static double[] Pwsh(string root, string script)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = root, RedirectStandardOutput = true };
        foreach (var argument in new[] { "pwsh", "-NoProfile", "-NonInteractive", "-Command", script })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet pwsh did not start");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var last = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        if (process.ExitCode != 0 || last == null)
        {
            throw new InvalidOperationException($"dotnet pwsh exited with {process.ExitCode}: {output}");
        }

        return last.Trim().Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
    }
}
