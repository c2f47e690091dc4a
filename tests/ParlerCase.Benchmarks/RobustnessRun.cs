using System.Diagnostics;
using CsCheck;
using ParlerCase.Core.Tests.Robustness;

/// <summary>
/// The long property run: first the <see cref="HostileInputs.Growing"/> shapes at n, 2n and 4n (time and bytes
/// allocated through every cmdlet's core), then <see cref="HostileInputs"/>' generated and mutated inputs through
/// every cmdlet's core (articles) and through the metadata file reader, N inputs each on one thread. Each stage
/// reports its count, its failures (anything but a documented article error, the seeds' output lost, or past
/// <see cref="HostileInputs.Bound"/>) and its slowest input, every 10,000 inputs and at its end.
/// </summary>
internal static class RobustnessRun
{
    private const int GrowthBase = 2_000;

    public static void Run(long inputs)
    {
        Growth();
        Stage("articles", HostileInputs.Article, input => HostileInputs.RunEveryCore(input), input => $"{input.Name}, {input.Bytes.Length:N0} bytes", inputs);
        Stage("metadata", HostileInputs.Metadata, csv => HostileInputs.ParseMetadata(csv), csv => $"{csv.Length:N0} characters", inputs);
    }

    private static void Growth()
    {
        HostileInputs.RunOnce(HostileInputs.Growing[0].Make(1));
        foreach (var (shape, make) in HostileInputs.Growing)
        {
            var cells = new List<string>();
            foreach (var n in new[] { GrowthBase, 2 * GrowthBase, 4 * GrowthBase })
            {
                var input = make(n);
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                var clock = Stopwatch.StartNew();
                HostileInputs.RunOnce(input);
                cells.Add($"{input.Bytes.Length / 1024.0,8:N0} KB {clock.Elapsed.TotalSeconds,6:0.00} s {(GC.GetAllocatedBytesForCurrentThread() - allocated) / 1e6,7:N0} MB");
            }

            Console.WriteLine($"growth  {shape,-28} {string.Join(" | ", cells)}");
        }
    }

    private static void Stage<T>(string name, Gen<T> gen, Action<T> run, Func<T, string> describe, long inputs)
    {
        long count = 0, failures = 0;
        var slowest = (Seconds: 0.0, Input: string.Empty);
        var clock = Stopwatch.StartNew();
        void Report(string when) => Console.WriteLine(
            $"{DateTime.UtcNow:yyyy-MM-dd HH:mm}Z {name} {when}: {count:N0} inputs in {clock.Elapsed:hh\\:mm\\:ss}, {failures:N0} failures, slowest {slowest.Seconds:0.00} s ({slowest.Input})");
        gen.Sample(input =>
        {
            var watch = Stopwatch.StartNew();
            try
            {
                run(input);
            }
            catch (Exception e)
            {
                failures++;
                Console.WriteLine($"{name} failure on {describe(input)}: {e.GetType().Name}: {e.Message}");
            }

            if (watch.Elapsed.TotalSeconds > slowest.Seconds)
            {
                slowest = (watch.Elapsed.TotalSeconds, describe(input));
            }

            if (++count % 10_000 == 0)
            {
                Report("so far");
            }
        }, iter: inputs, threads: 1);
        Report("done");
    }
}
