namespace ParlerCase.HelpBuilder.Markdown;

/// <summary>An example: its title, the code an analyst types, and what it does.</summary>
public sealed record HelpExample(string Title, string Code, IReadOnlyList<string> Remarks);

/// <summary>A type named under INPUTS or OUTPUTS, with what it means here.</summary>
public sealed record HelpType(string Name, IReadOnlyList<string> Description);

/// <summary>A link under RELATED LINKS: a topic name, and an address when it has one.</summary>
public sealed record HelpLink(string Text, string Uri);

/// <summary>
/// The words of one cmdlet's help, read from its Markdown file: everything the code cannot say. Each text is a
/// list of paragraphs, as MAML wants them.
/// </summary>
public sealed class HelpTopic(string name, string file)
{
    public string Name { get; } = name;

    /// <summary>The Markdown file, for error messages.</summary>
    public string File { get; } = file;

    public IReadOnlyList<string> Synopsis { get; set; } = [];

    public IReadOnlyList<string> Description { get; set; } = [];

    public List<HelpExample> Examples { get; } = [];

    /// <summary>Parameter descriptions by name, without the dash; case-insensitive like PowerShell.</summary>
    public Dictionary<string, IReadOnlyList<string>> Parameters { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<HelpType> Inputs { get; } = [];

    public List<HelpType> Outputs { get; } = [];

    public IReadOnlyList<string> Notes { get; set; } = [];

    public List<HelpLink> Links { get; } = [];
}
