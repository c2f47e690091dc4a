using ParlerCase.Core.Reading;
using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ParlerCase.HelpBuilder.Markdown;

/// <summary>
/// Reads a help file written like platyPS's: '# Name', then '## SYNOPSIS', '## DESCRIPTION', '## EXAMPLES'
/// ('### Example 1: title', a fenced code block, remarks), '## PARAMETERS' ('### -Name', description),
/// '## INPUTS' / '## OUTPUTS' ('### Type.Name', description), '## NOTES', '## RELATED LINKS' (a list of links).
/// Syntax, types and parameter metadata are not read here: they come from the compiled cmdlets.
/// </summary>
public static class HelpMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    private static readonly Regex ExampleNumber = new(@"^Example\s+\d+\s*:\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromMilliseconds(250));

    public static HelpTopic Read(string file)
    {
        var document = Markdig.Markdown.Parse(File.ReadAllText(file), Pipeline);
        var topic = new HelpTopic(Path.GetFileNameWithoutExtension(file), file);
        var section = string.Empty;
        Subsection? current = null;
        var sectionText = new List<string>();

        void CloseSubsection()
        {
            if (current != null)
            {
                Store(topic, section, current);
                current = null;
            }
        }

        void CloseSection()
        {
            CloseSubsection();
            switch (section)
            {
                case "SYNOPSIS": topic.Synopsis = sectionText.ToList(); break;
                case "DESCRIPTION": topic.Description = sectionText.ToList(); break;
                case "NOTES": topic.Notes = sectionText.ToList(); break;
            }

            sectionText.Clear();
        }

        foreach (var block in document)
        {
            switch (block)
            {
                case HeadingBlock { Level: 2 } heading:
                    CloseSection();
                    section = MarkdownText.Inline(heading.Inline).Trim().ToUpperInvariant();
                    break;
                case HeadingBlock { Level: 3 } heading:
                    CloseSubsection();
                    current = new Subsection(MarkdownText.Inline(heading.Inline).Trim());
                    break;
                case HeadingBlock:
                    break;
                case FencedCodeBlock code when current != null && current.Code == null:
                    current.Code = string.Join("\n", code.Lines.Lines.Take(code.Lines.Count).Select(l => l.ToString())).TrimEnd();
                    break;
                case ListBlock list when section == "RELATED LINKS":
                    topic.Links.AddRange(list.Descendants<ParagraphBlock>().Select(LinkOf));
                    break;
                default:
                    var paragraphs = Paragraphs(block).ToList();
                    (current?.Text ?? sectionText).AddRange(paragraphs);
                    break;
            }
        }

        CloseSection();
        return topic;
    }

    private static void Store(HelpTopic topic, string section, Subsection sub)
    {
        switch (section)
        {
            case "EXAMPLES":
                topic.Examples.Add(new HelpExample(ExampleNumber.Replace(sub.Title, string.Empty), sub.Code ?? string.Empty, sub.Text));
                break;
            case "PARAMETERS":
                topic.Parameters[sub.Title.TrimStart('-')] = sub.Text;
                break;
            case "INPUTS":
                topic.Inputs.Add(new HelpType(sub.Title, sub.Text));
                break;
            case "OUTPUTS":
                topic.Outputs.Add(new HelpType(sub.Title, sub.Text));
                break;
        }
    }

    /// <summary>Paragraphs of a block: a paragraph is one, a list gives one per item ('- item').</summary>
    private static IEnumerable<string> Paragraphs(Block block)
    {
        switch (block)
        {
            case ParagraphBlock paragraph:
                yield return MarkdownText.Inline(paragraph.Inline).Trim();
                break;
            case ListBlock list:
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    yield return "- " + string.Join(" ", item.Descendants<ParagraphBlock>().Select(p => MarkdownText.Inline(p.Inline).Trim()));
                }

                break;
            case CodeBlock code:
                yield return string.Join("\n", code.Lines.Lines.Take(code.Lines.Count).Select(l => "    " + l));
                break;
        }
    }

    private static HelpLink LinkOf(ParagraphBlock paragraph)
    {
        var link = paragraph.Inline?.Descendants<LinkInline>().FirstOrDefault();
        return new HelpLink(MarkdownText.Inline(link ?? paragraph.Inline).Trim(), link?.Url ?? string.Empty);
    }

    private sealed class Subsection(string title)
    {
        public string Title { get; } = title;

        public string? Code { get; set; }

        public List<string> Text { get; } = [];
    }
}
