using System.Collections.ObjectModel;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace ParlerCase.Module.Tests;

/// <summary>
/// The hosted engine with ParlerCase imported through its manifest, as a user would. Each script runs in a
/// fresh runspace, so tests do not share variables or state. Before the first import in the process, older
/// versions of the module's dependencies are loaded into the default load context (as another module would
/// load them), so every test also checks that the module keeps to its own copies.
/// </summary>
public sealed class ModuleSession
{
    public static readonly IReadOnlyList<System.Reflection.Assembly> ConflictingDependencies =
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Conflicting"), "*.dll").Select(System.Reflection.Assembly.LoadFrom).ToList();

    public static readonly string RepoRoot = FindRepoRoot();

    public static readonly string Manifest = Path.Combine(RepoRoot, "ParlerCase.psd1");

    public static ModuleSession Instance { get; } = new();

    /// <summary>Runs a script after Import-Module; returns its output and the errors it wrote.</summary>
    public Result Run(string script, IDictionary<string, object>? variables = null)
    {
        using var ps = PowerShell.Create(InitialSessionState.CreateDefault2());
        ps.AddCommand("Import-Module").AddParameter("Name", Manifest).AddParameter("ErrorAction", "Stop").Invoke();
        ps.Commands.Clear();
        if (variables != null)
        {
            foreach (var (name, value) in variables)
            {
                ps.Runspace.SessionStateProxy.SetVariable(name, value);
            }
        }

        ps.AddScript(script);
        var output = ps.Invoke();
        return new Result(output, ps.Streams.Error.ToList(), ps.Streams.Warning.Select(w => w.Message).ToList(), ps.Streams.Verbose.Select(v => v.Message).ToList(), ps.Streams.Progress.ToList());
    }

    public sealed record Result(Collection<PSObject> Output, List<ErrorRecord> Errors, List<string> Warnings, List<string> Verbose, List<ProgressRecord> Progress)
    {
        public IEnumerable<T> Values<T>(string property) => Output.Select(o => (T)o.Properties[property].Value);

        public void AssertNoErrors() => Assert.True(Errors.Count == 0, string.Join(Environment.NewLine, Errors.Select(e => $"{e.FullyQualifiedErrorId}: {e}")));
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "ParlerCase.psd1")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("ParlerCase.psd1 not found above " + AppContext.BaseDirectory);
    }
}
