using System;
using System.Collections.Generic;
using System.Linq;
using AngleSharp.Html.Parser;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using ParlerCase.Core.Metadata;
using ParlerCase.Core.Reading.Html;

namespace ParlerCase.Core.Reading
{
    /// <summary>
    /// Markdown through Markdig: one block per paragraph, heading, list item or quoted paragraph, with the
    /// markup taken off (raw HTML too: its text without tags, scripts or styles); a YAML front matter (title,
    /// date, author, url, outlet, lang) read as header metadata. A front matter that never closes ends at its
    /// first blank line; nesting deeper than Markdig follows is read as plain lines. Each says so in a warning.
    /// </summary>
    public sealed class MarkdownReader : IArticleReader
    {
        private const string FrontMatterFence = "---";

        private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

        public IReadOnlyCollection<string> Extensions { get; } = new[] { ".md", ".markdown" };

        public RawArticle Read(byte[] content, string path)
        {
            var (text, encoding) = TextDecoder.Decode(content, path);
            var lines = TextNormalizer.Lines(text).ToList();
            var warnings = new List<string>();
            if (lines.Count > 0 && lines[0] == FrontMatterFence && !lines.Skip(1).Any(l => l == FrontMatterFence || l == "..."))
            {
                var end = lines.FindIndex(1, l => l.Length == 0);
                lines.Insert(end < 0 ? lines.Count : end, FrontMatterFence);
                warnings.Add($"'{path}': its front matter never closes; it is read to its first blank line.");
            }

            MarkdownDocument markdown;
            try
            {
                markdown = Markdown.Parse(string.Join("\n", lines), Pipeline);
            }
            catch (ArgumentException e)
            {
                // Markdig refuses nesting past its depth limit: no article is written so, and its words are still there.
                var plain = new RawArticle(lines, encoding);
                plain.Warnings.Add($"'{path}': {e.Message} It is read as plain text.");
                return plain;
            }

            var blocks = new List<string>();
            YamlFrontMatterBlock? frontMatter = null;
            foreach (var block in markdown.Descendants<LeafBlock>())
            {
                if (block is YamlFrontMatterBlock yaml)
                {
                    frontMatter = yaml;
                    continue;
                }

                var blockText = block is HtmlBlock ? HtmlText(block.Lines.ToString())
                    : block.Inline != null ? MarkdownText.Inline(block.Inline)
                    : block.Lines.ToString();
                blockText = blockText.Trim();
                if (blockText.Length > 0)
                {
                    blocks.Add(blockText);
                }
            }

            var raw = new RawArticle(blocks, encoding);
            foreach (var warning in warnings)
            {
                raw.Warnings.Add(warning);
            }

            if (frontMatter != null)
            {
                HeaderFields.Apply(raw, FrontMatterLines(frontMatter));
            }

            return raw;
        }

        /// <summary>The text of a raw HTML block, parsed with scripting off: no tags, no script or style.</summary>
        private static string HtmlText(string html)
        {
            using var document = new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(html);
            return document.Body == null ? string.Empty : BlockExtractor.TextOf(document.Body);
        }

        private static IEnumerable<string> FrontMatterLines(YamlFrontMatterBlock block)
        {
            foreach (var line in block.Lines.Lines)
            {
                var s = line.ToString();
                if (s.Length > 0 && s != "---")
                {
                    yield return s;
                }
            }
        }
    }
}
