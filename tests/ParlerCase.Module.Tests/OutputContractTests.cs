using System.Collections;
using System.Management.Automation;

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
