using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace ParlerCase.Shell;

/// <summary>Runs command lines in a hosted engine with the module imported from its manifest, rendering like a console.</summary>
public static class ModuleShell
{
    /// <summary>The repository (or package) folder that holds ParlerCase.psd1, above the given folder.</summary>
    public static string? FindModuleRoot(string start)
    {
        var dir = new DirectoryInfo(start);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "ParlerCase.psd1")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName;
    }

    /// <summary>Imports the manifest, runs each command line through Out-Default, and returns whether any error was written.</summary>
    public static bool Render(string manifest, IEnumerable<string> commandLines, TextWriter output, int width = 120)
    {
        var host = new TextWriterHost(output, width);
        using var runspace = RunspaceFactory.CreateRunspace(host, InitialSessionState.CreateDefault2());
        runspace.Open();
        using var ps = PowerShell.Create();
        ps.Runspace = runspace;
        try
        {
            ps.AddCommand("Import-Module").AddParameter("Name", manifest).AddParameter("ErrorAction", "Stop").Invoke();
        }
        catch (RuntimeException e)
        {
            // A module that does not import (not built yet, a file missing) is said in one line, not a stack trace.
            host.UI.WriteErrorLine($"Import-Module {manifest}: {e.Message}");
            return false;
        }

        var failed = false;
        foreach (var line in commandLines)
        {
            ps.Commands.Clear();
            output.WriteLine("PS> " + line);
            ps.AddScript(line);
            // Errors and warnings show in line with the output, as in a console.
            ps.Commands.Commands[0].MergeMyResults(PipelineResultTypes.Error, PipelineResultTypes.Output);
            ps.Commands.Commands[0].MergeMyResults(PipelineResultTypes.Warning, PipelineResultTypes.Output);
            ps.AddCommand("Out-Default");
            try
            {
                ps.Invoke();
            }
            catch (RuntimeException e)
            {
                host.UI.WriteErrorLine(e.Message);
                failed = true;
            }

            failed |= ps.HadErrors || ps.Streams.Error.Count > 0;
        }

        return !failed;
    }
}
