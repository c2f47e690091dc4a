using ParlerCase.HelpBuilder.Commands;
using ParlerCase.HelpBuilder.Maml;
using ParlerCase.HelpBuilder.Markdown;

// ParlerCase.HelpBuilder <module manifest> <help folder> <output MAML file>
// Run by the cmdlet project after each build. Problems are printed in MSBuild's error format and fail the build.
if (args.Length != 3)
{
    Console.Error.WriteLine("usage: ParlerCase.HelpBuilder <manifest.psd1> <help folder> <output -Help.xml>");
    return 2;
}

var (manifest, helpFolder, output) = (args[0], args[1], args[2]);

// Parameters every corpus cmdlet inherits (-Path, -LiteralPath...) are described once; a cmdlet's own file overrides.
const string SharedFile = "SharedParameters.md";
var shared = HelpMarkdown.Read(Path.Combine(helpFolder, SharedFile));
var topics = Directory.GetFiles(helpFolder, "*-*.md").Select(HelpMarkdown.Read).ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);
var cmdlets = ModuleCommands.Import(manifest);
var problems = new List<string>();
var documented = new List<(System.Management.Automation.CmdletInfo, HelpTopic)>();
foreach (var cmdlet in cmdlets)
{
    if (!topics.TryGetValue(cmdlet.Name, out var topic))
    {
        problems.Add($"{Path.Combine(helpFolder, cmdlet.Name + ".md")}: error PCHELP: {cmdlet.Name} has no help topic.");
        continue;
    }

    var declared = ModuleCommands.AllOwnParameters(cmdlet).Select(g => g.Key).ToList();
    foreach (var name in declared.Where(n => !topic.Parameters.ContainsKey(n) && shared.Parameters.ContainsKey(n)))
    {
        topic.Parameters[name] = shared.Parameters[name];
    }

    problems.AddRange(HelpCheck.Problems(cmdlet, topic).Select(p => $"{topic.File}: error PCHELP: {cmdlet.Name} {p}"));
    documented.Add((cmdlet, topic));
}

foreach (var orphan in topics.Values.Where(t => !cmdlets.Any(c => string.Equals(c.Name, t.Name, StringComparison.OrdinalIgnoreCase))))
{
    Console.WriteLine($"{orphan.File}: warning PCHELP: no exported cmdlet is named {orphan.Name}.");
}

if (problems.Count > 0)
{
    problems.ForEach(Console.WriteLine);
    return 1;
}

Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
MamlWriter.Write(documented).Save(output);
Console.WriteLine($"Help for {documented.Count} cmdlets written to {output}");
return 0;
