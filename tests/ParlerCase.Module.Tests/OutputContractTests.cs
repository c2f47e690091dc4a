using System.Collections;
using System.Management.Automation;
using System.Xml.Linq;

namespace ParlerCase.Module.Tests;

/// <summary>
/// What every exported cmdlet's output promises, checked on the output of each one run without arguments on
/// the bundled corpus, so a new cmdlet is covered without touching this test: Export-Csv writes readable
/// columns, every object of a type has the same columns, and every output type has a stable name and a view.
/// File writers (Export-*) write a file, not objects, and need a path: ExportCaseReportTests covers them.
/// </summary>
public class OutputContractTests
{
    private static readonly Lazy<IReadOnlyList<(string Command, PSObject Item)>> Outputs = new(RunEveryCmdlet);

    [Fact]
    public void Every_property_Export_Csv_writes_is_a_plain_value()
    {
        var problems = new List<string>();
        foreach (var (command, item) in Outputs.Value)
        {
            // PSObject.Properties is what Export-Csv writes, and it writes each value's ToString(): a collection
            // passes only when it writes itself as plain text (a case event's mentions do).
            foreach (var property in item.Properties)
            {
                var value = property.Value is PSObject wrapped ? wrapped.BaseObject : property.Value;
                var text = value?.ToString() ?? string.Empty;
                if (value != null && (text == value.GetType().FullName || text == value.GetType().ToString() || text.StartsWith("System.", StringComparison.Ordinal)))
                {
                    problems.Add($"{command}: {item.TypeNames[0]}.{property.Name} would print its type name '{text}'");
                }
                else if (value is IEnumerable and not string && text.Length == 0 && ((IEnumerable)value).Cast<object>().Any())
                {
                    problems.Add($"{command}: {item.TypeNames[0]}.{property.Name} is a collection that writes nothing");
                }
            }
        }

        Assert.Empty(problems.Distinct());
    }

    [Fact]
    public void Every_object_of_a_type_has_the_same_columns_and_the_type_name_is_stable()
    {
        foreach (var type in Outputs.Value.GroupBy(o => o.Item.TypeNames[0]))
        {
            Assert.StartsWith("ParlerCase.", type.Key);
            // Export-Csv takes its columns from the first object: a property missing from it is lost.
            var columns = type.Select(o => string.Join(",", o.Item.Properties.Select(p => p.Name))).Distinct().ToList();
            Assert.True(columns.Count == 1, $"{type.Key} objects have different properties: {string.Join(" / ", columns)}");
        }
    }

    [Fact]
    public void Every_output_type_has_a_default_display_property_set_of_its_own_properties()
    {
        // Read in the runspace: type data (types.ps1xml) belongs to the session that imported the module.
        const string DisplaySets = """
            foreach ($command in Get-Command -Module ParlerCase | Where-Object Verb -ne 'Export') {
                foreach ($item in @(& $command.Name)) {
                    "{0}|{1}|{2}" -f $item.PSObject.TypeNames[0], ($item.PSStandardMembers.DefaultDisplayPropertySet.ReferencedPropertyNames -join ','), ($item.PSObject.Properties.Name -join ',')
                }
            }
            """;
        var types = ModuleSession.Instance.Run(DisplaySets).Output.Select(o => ((string)o.BaseObject).Split('|')).GroupBy(t => t[0]).ToList();
        Assert.NotEmpty(types);
        foreach (var type in types)
        {
            var (display, properties) = (type.First()[1], type.First()[2].Split(','));
            Assert.True(display.Length > 0, $"{type.Key} has no DefaultDisplayPropertySet (Types/<Name>.types.ps1xml)");
            Assert.All(display.Split(','), name => Assert.True(properties.Contains(name), $"{type.Key} displays {name}, which it does not have"));
        }
    }

    [Fact]
    public void Every_output_type_has_a_view_that_Out_Default_uses()
    {
        var formatFiles = ModuleSession.Instance.Run("(Get-Module ParlerCase).ExportedFormatFiles").Output.Select(o => (string)o.BaseObject).ToList();
        var views = formatFiles.SelectMany(f => XDocument.Load(f).Descendants("View"))
            .SelectMany(v => v.Elements("ViewSelectedBy").Elements("TypeName").Select(t => (Type: t.Value.Trim(), View: v)))
            .ToLookup(v => v.Type, v => v.View);
        foreach (var type in Outputs.Value.GroupBy(o => (Command: o.Command, Type: o.Item.TypeNames[0])))
        {
            var view = views[type.Key.Type].FirstOrDefault();
            Assert.True(view != null, $"{type.Key.Type} (from {type.Key.Command}) has no view in {string.Join(", ", formatFiles.Select(Path.GetFileName))}");
            var rendered = ModuleSession.Instance.Render($"@({type.Key.Command} | Where-Object {{ $_.PSObject.TypeNames[0] -eq '{type.Key.Type}' }})[0..2]");
            Assert.DoesNotContain("ERROR:", rendered);
            var firstLabel = view!.Descendants("TableColumnHeader").Select(h => (string?)h.Element("Label")).FirstOrDefault()
                ?? view.Descendants("TableColumnItem").Select(i => (string?)i.Element("PropertyName")).FirstOrDefault();
            if (firstLabel != null)
            {
                Assert.Matches($@"(?m)^\s*{System.Text.RegularExpressions.Regex.Escape(firstLabel)}\b", rendered);
            }
        }
    }

    private static List<(string, PSObject)> RunEveryCmdlet()
    {
        var names = ModuleSession.Instance.Run("(Get-Command -Module ParlerCase | Where-Object Verb -ne 'Export').Name").Output.Select(o => (string)o.BaseObject).ToList();
        var outputs = new List<(string, PSObject)>();
        foreach (var name in names)
        {
            var result = ModuleSession.Instance.Run($"& '{name}'");
            result.AssertNoErrors();
            Assert.True(result.Output.Count > 0, $"{name} wrote nothing on the bundled corpus: the output checks would not see its type");
            outputs.AddRange(result.Output.Select(o => (name, o)));
        }

        return outputs;
    }
}
