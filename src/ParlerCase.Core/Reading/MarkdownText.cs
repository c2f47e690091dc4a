using System.Linq;
using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ParlerCase.Core.Reading
{
    /// <summary>The words of Markdown inline content with the markup taken off: literals, code spans, line breaks as spaces.</summary>
    public static class MarkdownText
    {
        public static string Inline(ContainerInline? inline)
        {
            var text = new StringBuilder();
            foreach (var child in inline?.Descendants() ?? Enumerable.Empty<Inline>())
            {
                switch (child)
                {
                    case LiteralInline literal:
                        text.Append(literal.Content.ToString());
                        break;
                    case CodeInline code:
                        text.Append(code.Content);
                        break;
                    case LineBreakInline:
                        text.Append(' ');
                        break;
                }
            }

            return text.ToString();
        }
    }
}
