using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace ParlerCase.HelpBuilder.Commands;

/// <summary>
/// The module's cmdlets as the engine sees them once the manifest is imported: the engine reflects over the
/// compiled classes, so parameter sets, positions, pipeline input and aliases are exactly what users get.
/// </summary>
public static class ModuleCommands
{
    public static IReadOnlyList<CmdletInfo> Import(string manifest)
    {
        using var ps = PowerShell.Create(InitialSessionState.CreateDefault2());
        var module = ps.AddCommand("Import-Module").AddParameter("Name", manifest).AddParameter("PassThru")
            .AddParameter("ErrorAction", "Stop").Invoke<PSModuleInfo>().Single();
        return module.ExportedCmdlets.Values.OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>The cmdlet's own parameters in one set, without the common or hidden ones; positional first, as PowerShell's syntax lists them.</summary>
    public static IEnumerable<CommandParameterInfo> OwnParameters(CommandParameterSetInfo set) =>
        set.Parameters.Where(IsOwn).OrderBy(p => p.Position < 0 ? int.MaxValue : p.Position).ThenBy(p => p.IsMandatory ? 0 : 1);

    /// <summary>Every parameter the cmdlet declares (over all its sets), without the common ones, by name.</summary>
    public static IEnumerable<IGrouping<string, CommandParameterInfo>> AllOwnParameters(CmdletInfo cmdlet) =>
        cmdlet.ParameterSets.SelectMany(OwnParameters).GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The value each parameter has when it is not given, read from a new instance of the cmdlet class (so an
    /// initializer such as '= Severity.Info' shows in help); "None" when it has none.
    /// </summary>
    public static IReadOnlyDictionary<string, string> DefaultValues(CmdletInfo cmdlet)
    {
        var instance = Activator.CreateInstance(cmdlet.ImplementingType);
        var defaults = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in AllOwnParameters(cmdlet).Select(g => g.Key))
        {
            var value = cmdlet.ImplementingType.GetProperty(name)?.GetValue(instance);
            defaults[name] = value switch
            {
                null => "None",
                SwitchParameter s => s.IsPresent ? "True" : "False",
                string text => text.Length > 0 ? text : "None",
                System.Collections.IEnumerable items => string.Join(", ", items.Cast<object>()) is { Length: > 0 } joined ? joined : "None",
                IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
                _ => value.ToString() ?? "None",
            };
        }

        return defaults;
    }

    public static bool SupportsWildcards(CommandParameterInfo parameter) => parameter.Attributes.OfType<SupportsWildcardsAttribute>().Any();

    /// <summary>A parameter help shows: every one but the common ones (Get-Command -Syntax shows even hidden ones).</summary>
    private static bool IsOwn(CommandParameterInfo parameter) =>
        !Cmdlet.CommonParameters.Contains(parameter.Name) && !Cmdlet.OptionalCommonParameters.Contains(parameter.Name);
}
