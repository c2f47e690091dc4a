using System.Management.Automation;
using System.Xml.Linq;
using ParlerCase.HelpBuilder.Commands;
using ParlerCase.HelpBuilder.Markdown;

namespace ParlerCase.HelpBuilder.Maml;

/// <summary>
/// Writes the MAML that Get-Help reads (the schema platyPS and the PowerShell team's own modules ship): metadata
/// from the cmdlet, words from its Markdown topic.
/// </summary>
public static class MamlWriter
{
    private static readonly XNamespace Msh = "http://msh";
    private static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
    private static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
    private static readonly XNamespace Dev = "http://schemas.microsoft.com/maml/dev/2004/10";

    public static XDocument Write(IEnumerable<(CmdletInfo Cmdlet, HelpTopic Topic)> commands) =>
        new(new XDeclaration("1.0", "utf-8", null),
            new XElement(Msh + "helpItems", new XAttribute("schema", "maml"),
                commands.Select(c => CommandElement(c.Cmdlet, c.Topic))));

    private static XElement CommandElement(CmdletInfo cmdlet, HelpTopic topic)
    {
        var defaults = ModuleCommands.DefaultValues(cmdlet);
        return new(Command + "command",
            new XAttribute(XNamespace.Xmlns + "maml", Maml),
            new XAttribute(XNamespace.Xmlns + "command", Command),
            new XAttribute(XNamespace.Xmlns + "dev", Dev),
            new XElement(Command + "details",
                new XElement(Command + "name", cmdlet.Name),
                new XElement(Command + "verb", cmdlet.Verb),
                new XElement(Command + "noun", cmdlet.Noun),
                Description(topic.Synopsis)),
            Description(topic.Description),
            new XElement(Command + "syntax",
                cmdlet.ParameterSets.OrderBy(s => s.IsDefault ? 0 : 1).Select(set =>
                    new XElement(Command + "syntaxItem",
                        new XElement(Maml + "name", cmdlet.Name),
                        ModuleCommands.OwnParameters(set).Select(p => Parameter(p.Name, [p], topic, defaults[p.Name], inSyntax: true))))),
            new XElement(Command + "parameters",
                ModuleCommands.AllOwnParameters(cmdlet).Select(g => Parameter(g.First().Name, g.ToList(), topic, defaults[g.Key], inSyntax: false))),
            new XElement(Command + "inputTypes", topic.Inputs.Select(t => TypeElement("inputType", t))),
            new XElement(Command + "returnValues", topic.Outputs.Select(t => TypeElement("returnValue", t))),
            new XElement(Maml + "alertSet", new XElement(Maml + "alert", Paras(topic.Notes))),
            new XElement(Command + "examples", topic.Examples.Select((e, i) =>
                new XElement(Command + "example",
                    new XElement(Maml + "title", $"-------------------------- Example {i + 1}: {e.Title} --------------------------"),
                    new XElement(Dev + "code", e.Code),
                    new XElement(Dev + "remarks", Paras(e.Remarks))))),
            new XElement(Command + "relatedLinks", OnlineLink(cmdlet), topic.Links.Select(l =>
                new XElement(Maml + "navigationLink", new XElement(Maml + "linkText", l.Text), new XElement(Maml + "uri", IsWebAddress(l.Uri) ? l.Uri : string.Empty)))));
    }

    /// <summary>
    /// Get-Help -Online opens the first related link that has a uri: the topic's Markdown on the project's site
    /// (the manifest's ProjectUri), first and absolute. Links between topics ('Get-Quote.md') are kept as text:
    /// Get-Help shows them, and a relative uri would be what -Online tries to open.
    /// </summary>
    private static XElement? OnlineLink(CmdletInfo cmdlet)
    {
        var project = OnlineHelp.ProjectUri(cmdlet.Module);
        return project == null ? null : new XElement(Maml + "navigationLink",
            new XElement(Maml + "linkText", "Online Version:"),
            new XElement(Maml + "uri", OnlineHelp.TopicUri(project, cmdlet.Name)));
    }

    private static bool IsWebAddress(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && (parsed.Scheme == Uri.UriSchemeHttps || parsed.Scheme == Uri.UriSchemeHttp);

    /// <summary>
    /// One parameter; in the details section a parameter of several sets is described once, mandatory only if
    /// every set requires it, with every way it takes pipeline input.
    /// </summary>
    private static XElement Parameter(string name, IReadOnlyList<CommandParameterInfo> inSets, HelpTopic topic, string defaultValue, bool inSyntax)
    {
        var first = inSets[0];
        var type = first.ParameterType;
        var isSwitch = type == typeof(SwitchParameter);
        var position = inSets.Select(p => p.Position).FirstOrDefault(p => p >= 0, -1);
        var element = new XElement(Command + "parameter",
            new XAttribute("required", Bool(inSets.All(p => p.IsMandatory))),
            new XAttribute("variableLength", Bool(type.IsArray)),
            new XAttribute("globbing", Bool(ModuleCommands.SupportsWildcards(first))),
            new XAttribute("pipelineInput", PipelineInput(inSets)),
            new XAttribute("position", position >= 0 ? position.ToString(System.Globalization.CultureInfo.InvariantCulture) : "named"),
            new XAttribute("aliases", first.Aliases.Count > 0 ? string.Join(", ", first.Aliases) : "none"),
            new XElement(Maml + "name", name),
            Description(topic.Parameters.GetValueOrDefault(name) ?? []));
        if (!isSwitch || !inSyntax)
        {
            element.Add(new XElement(Command + "parameterValue", new XAttribute("required", Bool(!isSwitch)), new XAttribute("variableLength", Bool(type.IsArray)), TypeNames.Short(type)));
        }

        var values = EnumValues(type);
        if (values.Count > 0)
        {
            element.Add(new XElement(Command + "parameterValueGroup", values.Select(v =>
                new XElement(Command + "parameterValue", new XAttribute("required", "false"), new XAttribute("variableLength", "false"), v))));
        }

        element.Add(
            new XElement(Dev + "type", new XElement(Maml + "name", TypeNames.Full(type)), new XElement(Maml + "uri")),
            new XElement(Dev + "defaultValue", defaultValue));
        return element;
    }

    private static IReadOnlyList<string> EnumValues(Type type)
    {
        var element = type.IsArray ? type.GetElementType()! : Nullable.GetUnderlyingType(type) ?? type;
        return element.IsEnum ? Enum.GetNames(element) : [];
    }

    private static string PipelineInput(IEnumerable<CommandParameterInfo> inSets)
    {
        var ways = new List<string>();
        if (inSets.Any(p => p.ValueFromPipeline))
        {
            ways.Add("ByValue");
        }

        if (inSets.Any(p => p.ValueFromPipelineByPropertyName))
        {
            ways.Add("ByPropertyName");
        }

        return ways.Count == 0 ? "False" : $"True ({string.Join(", ", ways)})";
    }

    private static XElement TypeElement(string kind, HelpType type) =>
        new(Command + kind,
            new XElement(Dev + "type", new XElement(Maml + "name", type.Name), new XElement(Maml + "uri")),
            Description(type.Description));

    private static XElement Description(IEnumerable<string> paragraphs) => new(Maml + "description", Paras(paragraphs));

    private static IEnumerable<XElement> Paras(IEnumerable<string> paragraphs) => paragraphs.Select(p => new XElement(Maml + "para", p));

    private static string Bool(bool value) => value ? "true" : "false";
}
