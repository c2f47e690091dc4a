using System.Diagnostics;
using System.Text.Json;
using ParlerCase.Core.Articles;
using ParlerCase.Core.Dates;
using ParlerCase.Core.Temporal;
using ParlerCase.Module.Tests;

namespace ParlerCase.Benchmarks;

/// <summary>
/// '--peers [runs]': the module beside the libraries a user would pick instead, on the same 1,000 generated
/// articles: date finding against chrono-node, article extraction from news pages against Mozilla Readability on
/// linkedom. Each side makes a warm-up pass and then the median of its timed passes; the peers run in node from
/// peers/ (installed there with npm when missing), never from the module.
/// </summary>
public static class PeerRun
{
    public static void Run(int runs)
    {
        var peers = Path.Combine(GeneratedCorpus.RepositoryRoot(), "tests", "ParlerCase.Benchmarks", "peers");
        if (!Directory.Exists(Path.Combine(peers, "node_modules")))
        {
            Node(peers, "npm", "ci --no-audit --no-fund");
        }

        using var corpus = GeneratedCorpus.Create(CorpusBenchmark.CorpusSize);
        var loader = new ArticleLoader();
        var articles = corpus.Files.Select(loader.Load).ToList();

        // The pages wrap each article's decoded paragraphs (a tenth of the files are UTF-16), as a site would serve them.
        var pages = articles.Select((a, i) => NewsPage.Wrap(a.Body.Paragraphs.Select(p => p.Text), "Affaire judiciaire : le point", a.Language.Value, $"2021-01-{1 + (i % 28):D2}")).ToList();
        var texts = Path.Combine(corpus.Folder, "texts.jsonl");
        File.WriteAllLines(texts, articles.Select(a => JsonSerializer.Serialize(new { text = a.Body.Text, language = a.Language.Value, anchor = a.Published.HasValue ? a.Published.Value.Iso : null })));
        var html = Path.Combine(corpus.Folder, "pages.jsonl");
        File.WriteAllLines(html, pages.Select(p => JsonSerializer.Serialize(new { html = p })));

        Console.WriteLine($"{articles.Count} generated articles, median of {runs} passes after a warm-up; load average {LoadAverage()}");
        var dates = Median(runs, () => articles.Sum(a => TemporalTagger.Tag(a.Body, a.Published.HasValue ? a.Published.Value : (PartialDate?)null).Count));
        Report("Date finding (Get-CaseDate's tagger)", dates, "chrono-node", Node(peers, "node", $"dates.mjs \"{texts}\" {runs}"), "expressions");
        var extraction = Median(runs, () =>
        {
            var pageLoader = new ArticleLoader();
            return pages.Sum(p => pageLoader.LoadPage(p, null).Body.Text.Length);
        });
        Report("HTML extraction (Get-CaseSource -Content)", extraction, "Readability on linkedom", Node(peers, "node", $"html.mjs \"{html}\" {runs}"), "characters of text");
    }

    /// <summary>The 1-, 5- and 15-minute load averages, when the system says (the build machine is shared).</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    private static (double Ms, long Found) Median(int runs, Func<long> pass)
    {
        // Two warm-up passes: the first runs the patterns interpreted until they are used enough to be compiled.
        var found = pass();
        pass();
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            found = pass();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return (times[times.Count / 2], found);
    }

    private static void Report(string stage, (double Ms, long Found) module, string peer, JsonElement peerResult, string unit)
    {
        var peerMs = peerResult.GetProperty("medianMs").GetDouble();
        Console.WriteLine($"{stage}: module {module.Ms:F0} ms ({module.Found} {unit}), {peer} {peerMs:F0} ms ({peerResult.GetProperty("found").GetInt64()} {unit}); module/peer time {module.Ms / peerMs:F2}");
    }

    private static JsonElement Node(string folder, string program, string arguments)
    {
        var start = new ProcessStartInfo(program, arguments) { WorkingDirectory = folder, RedirectStandardOutput = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{program} {arguments}' exited with {process.ExitCode}");
        }

        var last = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        return last != null && last.StartsWith('{') ? JsonDocument.Parse(last).RootElement : default;
    }
}
