using System.Diagnostics;
using System.Globalization;
using CsCheck;
using ParlerCase.Core.Tests.Robustness;

/// <summary>
/// The long property run: <see cref="HostileInputs"/>' generated and mutated inputs through the metadata file reader
/// and through every cmdlet's core (articles), N inputs each on one thread, then the <see cref="HostileInputs.Growing"/>
/// shapes at n, 2n and 4n (time and bytes allocated through every cmdlet's core). Each stage reports its count, its
/// failures (anything but a documented article error, the seeds' output lost, or past <see cref="HostileInputs.Bound"/>)
/// with the seed that replays the input, and its slowest input, every 10,000 inputs and at its end. Given a time of
/// day ('--until 20:45', UTC), a stage stops there and says how many inputs it ran, and the growth table is left out.
/// </summary>
internal static class RobustnessRun
{
    private const int GrowthBase = 2_000;

    public static void Run(long inputs, string? until)
    {
        var stop = until == null ? DateTime.MaxValue : DateTime.UtcNow.Date + TimeSpan.ParseExact(until, @"hh\:mm", CultureInfo.InvariantCulture);
        Stage("metadata", HostileInputs.Metadata, csv => HostileInputs.ParseMetadata(csv), csv => $"{csv.Length:N0} characters", inputs, stop);
        Stage("articles", HostileInputs.Article, input => HostileInputs.RunEveryCore(input), input => $"{input.Name}, {input.Bytes.Length:N0} bytes", inputs, stop);
        if (DateTime.UtcNow < stop)
        {
            Growth();
        }
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

    private static void Stage<T>(string name, Gen<T> gen, Action<T> run, Func<T, string> describe, long inputs, DateTime stop)
    {
        long count = 0, failures = 0;
        var slowest = (Seconds: 0.0, Input: string.Empty);
        var clock = Stopwatch.StartNew();
        void Report(string when) => Console.WriteLine(
            $"{DateTime.UtcNow:yyyy-MM-dd HH:mm}Z {name} {when}: {count:N0} inputs in {clock.Elapsed:hh\\:mm\\:ss}, {failures:N0} failures, slowest {slowest.Seconds:0.00} s ({slowest.Input})");
        var pcg = PCG.ThreadPCG;
        while (count < inputs && DateTime.UtcNow < stop)
        {
            var state = pcg.State;
            var input = gen.Generate(pcg, null, out _);
            var watch = Stopwatch.StartNew();
            try
            {
                run(input);
            }
            catch (Exception e)
            {
                failures++;
                Console.WriteLine($"{name} failure on {describe(input)} (seed {pcg.ToString(state)}): {e.GetType().Name}: {e.Message}");
            }

            if (watch.Elapsed.TotalSeconds > slowest.Seconds)
            {
                slowest = (watch.Elapsed.TotalSeconds, describe(input));
            }

            if (++count % 10_000 == 0)
            {
                Report("so far");
            }
        }

        Report(count < inputs ? $"stopped at {stop:HH:mm}Z" : "done");
    }
}
