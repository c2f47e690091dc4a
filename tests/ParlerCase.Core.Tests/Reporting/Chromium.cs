using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace ParlerCase.Core.Tests.Reporting;

/// <summary>
/// Headless Chromium (Debian's 'chromium' package) opening a page from disk in a fresh profile: what it rendered,
/// what the page wrote to its console (a blocked load is reported there too), and every request the page made,
/// read from Chromium's own network log (requests of the page carry its file:// isolation key, the browser's own
/// update checks do not).
/// </summary>
internal static class Chromium
{
    public static readonly string? Executable = Find();

    /// <param name="Elapsed">Wall-clock time, start to exit.</param>
    /// <param name="ProcessorTime">Processor time of Chromium and all its processes: its work, whatever else the machine runs.</param>
    public sealed record Result(string Output, IReadOnlyList<string> Console, IReadOnlyList<string> PageRequests, TimeSpan Elapsed, TimeSpan ProcessorTime);

    /// <summary>Opens the page at the window size; takes a screenshot to the path given, else dumps the DOM once loaded.</summary>
    public static Result Open(string page, int width, int height, string? screenshot = null)
    {
        var profile = Directory.CreateTempSubdirectory("parlercase-chromium-");
        try
        {
            var netLog = Path.Combine(profile.FullName, "net-log.json");
            var start = new ProcessStartInfo(Executable ?? throw new InvalidOperationException("Chromium is not installed: apt-get install chromium"))
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile.FullName,
                // Renderers as the browser's own children, not the zygote's: their processor time is then counted.
                "--no-zygote",
                "--enable-logging=stderr", "--v=0", "--log-net-log=" + netLog, $"--window-size={width},{height}",
                screenshot != null ? "--screenshot=" + screenshot : "--dump-dom",
                new Uri(page).AbsoluteUri,
            })
            {
                start.ArgumentList.Add(argument);
            }

            var clock = Stopwatch.StartNew();
            var before = ChildrenProcessorTime();
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(120_000))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"Chromium did not finish with {page} in two minutes.");
            }

            clock.Stop();
            var used = ChildrenProcessorTime() - before;
            var console = errors.Result.Split('\n').Where(l => l.Contains(":CONSOLE", StringComparison.Ordinal)).ToList();
            return new Result(output.Result, console, PageRequests(netLog), clock.Elapsed, used);
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }

    /// <summary>The width of a PNG, from its header.</summary>
    public static int PngWidth(string file)
    {
        var header = new byte[24];
        using (var stream = File.OpenRead(file))
        {
            stream.ReadExactly(header);
        }

        return (header[16] << 24) | (header[17] << 16) | (header[18] << 8) | header[19];
    }

    private static List<string> PageRequests(string netLog)
    {
        using var log = JsonDocument.Parse(File.ReadAllText(netLog));
        var types = log.RootElement.GetProperty("constants").GetProperty("logEventTypes");
        var startJob = types.GetProperty("URL_REQUEST_START_JOB").GetInt32();
        return log.RootElement.GetProperty("events").EnumerateArray()
            .Where(e => e.GetProperty("type").GetInt32() == startJob && e.TryGetProperty("params", out var p)
                && p.TryGetProperty("network_isolation_key", out var key) && key.GetString()!.Contains("file://", StringComparison.Ordinal))
            .Select(e => e.GetProperty("params").GetProperty("url").GetString()!)
            .ToList();
    }

    /// <summary>
    /// Processor time of the test process's finished children and theirs (getrusage RUSAGE_CHILDREN): Chromium's
    /// renderer and GPU processes are children of the browser, which waits for them, as the test waits for it.
    /// </summary>
    private static TimeSpan ChildrenProcessorTime()
    {
        if (getrusage(-1, out var usage) != 0)
        {
            throw new InvalidOperationException("getrusage failed");
        }

        return TimeSpan.FromTicks(((usage.UserSeconds + usage.SystemSeconds) * TimeSpan.TicksPerSecond) + ((usage.UserMicroseconds + usage.SystemMicroseconds) * 10));
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int getrusage(int who, out ResourceUsage usage);

    /// <summary>struct rusage of 64-bit Linux: two timevals, then fourteen longs this test does not read.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct ResourceUsage
    {
        public long UserSeconds;
        public long UserMicroseconds;
        public long SystemSeconds;
        public long SystemMicroseconds;
        [MarshalAs(UnmanagedType.ByValArray, SizeConst = 14)]
        public long[] Rest;
    }

    private static string? Find()
    {
        var paths = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return new[] { "chromium", "chromium-browser" }.SelectMany(name => paths.Select(p => Path.Combine(p, name))).FirstOrDefault(File.Exists);
    }
}

/// <summary>
/// A test that needs Chromium. Skipped, saying so, on a machine without it; never in CI (the CI variable set),
/// whose script installs it, so there a missing browser fails the test.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.Executable == null && Environment.GetEnvironmentVariable("CI") == null)
        {
            Skip = "Chromium is not installed (Debian: apt-get install chromium); .ci/run installs it and CI runs this test.";
        }
    }
}
