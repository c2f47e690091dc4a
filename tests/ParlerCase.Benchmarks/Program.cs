using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

// '--robustness N [--until HH:MM]': N generated and mutated inputs per stage through every cmdlet's core (stopping at
// that time of day, UTC), not a benchmark.
var robustness = args.SkipWhile(a => a != "--robustness").Skip(1).FirstOrDefault();
if (robustness != null)
{
    RobustnessRun.Run(long.Parse(robustness, System.Globalization.CultureInfo.InvariantCulture), args.SkipWhile(a => a != "--until").Skip(1).FirstOrDefault());
    return;
}

// '--end-to-end [1000,10000] [--stage Compare-Source]': each cmdlet in a fresh pwsh on generated corpora of those sizes.
if (args.Contains("--end-to-end"))
{
    var sizes = args.SkipWhile(a => a != "--end-to-end").Skip(1).FirstOrDefault();
    sizes = sizes == null || sizes.StartsWith("--", StringComparison.Ordinal) ? "1000,10000" : sizes;
    var stage = args.SkipWhile(a => a != "--stage").Skip(1).FirstOrDefault();
    ParlerCase.Benchmarks.EndToEndRun.Run(sizes.Split(',').Select(n => int.Parse(n, System.Globalization.CultureInfo.InvariantCulture)).ToList(), stage);
    return;
}

// '--peers [runs]' (the module beside chrono-node and Readability) and '--first-answer [runs]' (a fresh pwsh's first answers): measurements, not benchmarks.
var runs = int.TryParse(args.SkipWhile(a => a != "--peers" && a != "--first-answer").Skip(1).FirstOrDefault(), out var n) ? n : 9;
if (args.Contains("--peers")) { ParlerCase.Benchmarks.PeerRun.Run(runs); return; }
if (args.Contains("--first-answer")) { ParlerCase.Benchmarks.FirstAnswerRun.Run(runs); return; }

// One core, as the targets are stated; 'Op/s' is articles per second because each operation is one article.
var quick = args.Contains("--quick");
var job = (quick ? Job.ShortRun : Job.Default).WithAffinity((IntPtr)1);
var config = DefaultConfig.Instance
    .AddJob(job)
    .AddColumn(StatisticColumn.OperationsPerSecond)
    .WithOptions(ConfigOptions.JoinSummary);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args.Where(a => a != "--quick").ToArray(), config);
