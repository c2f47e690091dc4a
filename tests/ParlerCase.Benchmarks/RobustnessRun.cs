using System.Diagnostics;
using CsCheck;
using ParlerCase.Core.Tests.Robustness;

/// <summary>
/// The long property run: <see cref="HostileInputs"/> through every cmdlet's core (articles) and through the
/// metadata file reader, N inputs each, on every core. Fails at the first input that throws anything but a
/// documented article error, loses the seeds' output, or exceeds <see cref="HostileInputs.Bound"/>.
/// </summary>
internal static class RobustnessRun
{
    public static void Run(long inputs)
    {
        var clock = Stopwatch.StartNew();
        long articleErrors = 0;
        HostileInputs.Article.Sample(input => { Interlocked.Add(ref articleErrors, HostileInputs.RunEveryCore(input).Count); }, iter: inputs,
            print: input => $"{input.Name}, {input.Bytes.Length} bytes");
        Console.WriteLine($"articles: {inputs:N0} inputs through every cmdlet's core in {clock.Elapsed}, {articleErrors:N0} article errors, no other exception.");
        clock.Restart();
        HostileInputs.Metadata.Sample(csv => { HostileInputs.ParseMetadata(csv); }, iter: inputs);
        Console.WriteLine($"metadata: {inputs:N0} files parsed in {clock.Elapsed}, no exception.");
    }
}
