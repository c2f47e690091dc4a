using System.Diagnostics;

namespace ParlerCase.Module.Tests;

/// <summary>Runs `dotnet` with arguments in a process of its own, from the repository root.</summary>
public static class DotnetProcess
{
    public static (int Code, string Output) Run(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = ModuleSession.RepoRoot };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(3)), "timed out: dotnet " + string.Join(' ', arguments));
        return (process.ExitCode, output + error.Result);
    }

    /// <summary>The build configuration these tests were built in ('Debug', 'Release').</summary>
    public static string Configuration { get; } = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
}
