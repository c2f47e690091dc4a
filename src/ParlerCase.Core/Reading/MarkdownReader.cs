using System.Collections.Generic;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using ParlerCase.Core.Metadata;

namespace ParlerCase.Core.Reading
{
    /// <summary>
    /// Markdown through Markdig: one block per paragraph, heading, list item or quoted paragraph, with the
    /// markup taken off; a YAML front matter (title, date, author, url, outlet, lang) read as header metadata.
    /// </summary>
    public sealed class MarkdownReader : IArticleReader
    {
        private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

        public IReadOnlyCollection<string> Extensions { get; } = new[] { ".md", ".markdown" };

        public RawArticle Read(byte[] content, string path)
        {
            var (text, encoding) = TextDecoder.Decode(content, path);
            var markdown = Markdown.Parse(string.Join("\n", TextNormalizer.Lines(text)), Pipeline);
            var blocks = new List<string>();
            YamlFrontMatterBlock? frontMatter = null;
            foreach (var block in markdown.Descendants<LeafBlock>())
            {
                if (block is YamlFrontMatterBlock yaml)
                {
                    frontMatter = yaml;
                    continue;
                }

                var blockText = block.Inline != null ? MarkdownText.Inline(block.Inline) : string.Join(" ", block.Lines.Lines);
                blockText = blockText.Trim();
                if (blockText.Length > 0)
                {
                    blocks.Add(blockText);
                }
            }

            var raw = new RawArticle(blocks, encoding);
            if (frontMatter != null)
            {
                HeaderFields.Apply(raw, FrontMatterLines(frontMatter));
            }

            return raw;
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
