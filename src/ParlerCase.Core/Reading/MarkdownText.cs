using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ParlerCase.Core.Common;

namespace ParlerCase.Core.Reading
{
    /// <summary>
    /// The words of Markdown inline content with the markup taken off: literals, code spans, line breaks as spaces;
    /// raw HTML tags left out, and the text of an inline script or style with them.
    /// </summary>
    public static class MarkdownText
    {
        private static readonly Pattern HiddenElement = Patterns.Compile(@"^<(?<close>/?)(?:script|style|noscript|template)\b", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture);

        public static string Inline(ContainerInline? inline)
        {
            var text = new StringBuilder();
            var hidden = false;
            foreach (var child in inline?.Descendants() ?? Enumerable.Empty<Inline>())
            {
                switch (child)
                {
                    case HtmlInline html when HiddenElement.Match(html.Tag) is { Success: true } tag:
                        hidden = tag.Groups["close"].Length == 0;
                        break;
                    case LiteralInline when hidden:
                        break;
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
