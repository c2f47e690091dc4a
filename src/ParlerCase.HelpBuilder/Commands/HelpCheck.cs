using System.Management.Automation;
using ParlerCase.HelpBuilder.Markdown;

namespace ParlerCase.HelpBuilder.Commands;

/// <summary>
/// What the build refuses to ship: a cmdlet without a topic, synopsis, description or two examples, a parameter
/// without a description, and help that describes a parameter or output type the code no longer has.
/// </summary>
public static class HelpCheck
{
    public const int MinimumExamples = 2;

    public static IEnumerable<string> Problems(CmdletInfo cmdlet, HelpTopic topic)
    {
        if (topic.Synopsis.Count == 0)
        {
            yield return "has no SYNOPSIS.";
        }

        if (topic.Description.Count == 0)
        {
            yield return "has no DESCRIPTION.";
        }

        if (topic.Examples.Count(e => e.Code.Length > 0) < MinimumExamples)
        {
            yield return $"has {topic.Examples.Count} examples with code; at least {MinimumExamples} are needed.";
        }

        var declared = ModuleCommands.AllOwnParameters(cmdlet).Select(g => g.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var name in declared.Where(n => !topic.Parameters.TryGetValue(n, out var text) || text.Count == 0))
        {
            yield return $"parameter -{name} has no description (### -{name} under ## PARAMETERS).";
        }

        foreach (var name in topic.Parameters.Keys.Where(n => !declared.Contains(n)))
        {
            yield return $"describes -{name}, which {cmdlet.Name} does not have.";
        }

        foreach (var type in cmdlet.OutputType.Select(t => t.Type?.FullName ?? t.Name).Where(t => !topic.Outputs.Any(o => o.Name == t)))
        {
            yield return $"does not describe its output type {type} (### {type} under ## OUTPUTS).";
        }
    }
}
