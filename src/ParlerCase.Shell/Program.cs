using ParlerCase.Shell;

// dotnet run --project src/ParlerCase.Shell -- [--module path/to/ParlerCase.psd1] 'Get-CaseSource' ['another command' ...]
// Without --module: the ParlerCase.psd1 above this program or the current folder (the repository's).
var commands = args.ToList();
string manifest;
if (commands.Count >= 2 && commands[0] == "--module")
{
    manifest = Path.GetFullPath(commands[1]);
    commands.RemoveRange(0, 2);
}
else
{
    var root = ModuleShell.FindModuleRoot(AppContext.BaseDirectory) ?? ModuleShell.FindModuleRoot(Environment.CurrentDirectory);
    if (root == null)
    {
        Console.Error.WriteLine("ParlerCase.psd1 not found above this program or the current folder.");
        return 2;
    }

    manifest = Path.Combine(root, "ParlerCase.psd1");
}

if (commands.Count == 0)
{
    commands.Add("Get-CaseSource");
}

Console.OutputEncoding = System.Text.Encoding.UTF8;
var width = Console.IsOutputRedirected ? 120 : Math.Max(80, Console.WindowWidth);
return ModuleShell.Render(manifest, commands, Console.Out, width) ? 0 : 1;
