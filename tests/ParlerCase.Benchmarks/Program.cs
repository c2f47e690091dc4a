using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

// One core, as the targets are stated; 'Op/s' is articles per second because each operation is one article.
var quick = args.Contains("--quick");
var job = (quick ? Job.ShortRun : Job.Default).WithAffinity((IntPtr)1);
var config = DefaultConfig.Instance
    .AddJob(job)
    .AddColumn(StatisticColumn.OperationsPerSecond)
    .WithOptions(ConfigOptions.JoinSummary);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args.Where(a => a != "--quick").ToArray(), config);
