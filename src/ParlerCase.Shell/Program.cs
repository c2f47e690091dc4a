using ParlerCase.Shell;

// dotnet run --project src/ParlerCase.Shell -- 'Get-CaseSource' ['another command' ...]
var root = ModuleShell.FindModuleRoot(AppContext.BaseDirectory) ?? ModuleShell.FindModuleRoot(Environment.CurrentDirectory);
if (root == null)
{
    Console.Error.WriteLine("ParlerCase.psd1 not found above this program or the current folder.");
    return 2;
}

var commands = args.Length > 0 ? args : new[] { "Get-CaseSource" };
Console.OutputEncoding = System.Text.Encoding.UTF8;
var width = Console.IsOutputRedirected ? 120 : Math.Max(80, Console.WindowWidth);
return ModuleShell.Render(Path.Combine(root, "ParlerCase.psd1"), commands, Console.Out, width) ? 0 : 1;
