using System;
using System.Collections.Generic;
using System.Text;

namespace ParlerCase.Core.Reading.Html
{
    /// <summary>
    /// Caps how deeply elements nest before a page is parsed. Tree building and Readability scoring cost grows
    /// with depth times size, and some DOM walks recurse: a page of 100,000 nested divs would hang the pipeline
    /// or overflow the stack (which no catch can stop). Real news pages nest a few dozen levels; past
    /// <see cref="MaxDepth"/> the start and end tags of container elements are dropped, so their text stays, in
    /// order, in the deepest container kept. One linear scan; the markup is copied only when it is too deep.
    /// </summary>
    public static class NestingLimiter
    {
        public const int MaxDepth = 128;

        // Elements with no content, and elements whose end tag may be left out (a run of unclosed <p> or <li>
        // does not nest): neither adds depth.
        private static readonly HashSet<string> NoDepth = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
            "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rtc", "rp", "thead", "tbody",
            "tfoot", "colgroup", "caption", "html", "head", "body",
        };

        // HTML elements that '/>' does not close: a parser opens them all the same ('<div/>' is '<div>'), so they nest.
        // Only foreign elements (SVG, MathML) close themselves so.
        private static readonly HashSet<string> NotSelfClosing = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "a", "abbr", "address", "article", "aside", "audio", "b", "bdi", "bdo", "blockquote", "button", "canvas", "center",
            "cite", "code", "data", "del", "details", "dfn", "dialog", "div", "dl", "em", "fieldset", "figcaption", "figure",
            "font", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "i", "ins", "kbd", "label",
            "legend", "main", "mark", "menu", "nav", "object", "ol", "output", "picture", "pre", "q", "s", "samp", "section",
            "select", "small", "span", "strong", "sub", "summary", "sup", "table", "time", "u", "ul", "var", "video",
        };

        // Their content is text up to their own end tag, never markup.
        private static readonly HashSet<string> RawText = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext",
        };

        /// <summary>The page, with the tags nested deeper than <see cref="MaxDepth"/> taken out.</summary>
        public static string Limit(string html, out int depth)
        {
            depth = Scan(html, null);
            if (depth <= MaxDepth)
            {
                return html;
            }

            var limited = new StringBuilder(html.Length);
            Scan(html, limited);
            return limited.ToString();
        }

        /// <summary>The deepest nesting found; when <paramref name="output"/> is given, the markup without the too-deep tags.</summary>
        private static int Scan(string html, StringBuilder? output)
        {
            int depth = 0, deepest = 0, copied = 0, i = 0;
            while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
            {
                var next = html[i + 1];
                if (next == '!' || next == '?')
                {
                    var comment = string.CompareOrdinal(html, i, "<!--", 0, 4) == 0;
                    var close = comment ? html.IndexOf("-->", i + 4, StringComparison.Ordinal) : html.IndexOf('>', i + 2);
                    i = close < 0 ? html.Length : close + (comment ? 3 : 1);
                    continue;
                }

                var closing = next == '/';
                var nameStart = closing ? i + 2 : i + 1;
                var nameEnd = nameStart;
                while (nameEnd < html.Length && (char.IsLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-' || html[nameEnd] == ':'))
                {
                    nameEnd++;
                }

                if (nameEnd == nameStart || !char.IsLetter(html[nameStart]))
                {
                    i++;
                    continue;
                }

                var name = html.Substring(nameStart, nameEnd - nameStart);
                var tagEnd = TagEnd(html, nameEnd);
                var drop = false;
                if (!NoDepth.Contains(name))
                {
                    if (closing)
                    {
                        drop = depth > MaxDepth;
                        depth = Math.Max(0, depth - 1);
                    }
                    else if (html[tagEnd - 1] != '/' || NotSelfClosing.Contains(name))
                    {
                        depth++;
                        deepest = Math.Max(deepest, depth);
                        drop = depth > MaxDepth;
                    }
                }

                if (drop && output != null)
                {
                    output.Append(html, copied, i - copied);
                    copied = Math.Min(html.Length, tagEnd + 1);
                }

                i = tagEnd + 1;
                if (!closing && RawText.Contains(name))
                {
                    var end = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                    i = end < 0 ? html.Length : end;
                }
            }

            output?.Append(html, copied, html.Length - copied);
            return deepest;
        }

        /// <summary>The index of the '>' that ends a tag, skipping quoted attribute values; the last index when there is none.</summary>
        private static int TagEnd(string html, int from)
        {
            for (var i = from; i < html.Length; i++)
            {
                var c = html[i];
                if (c == '>')
                {
                    return i;
                }

                if ((c == '"' || c == '\'') && i > 0 && PreviousNonSpace(html, i) == '=')
                {
                    var close = html.IndexOf(c, i + 1);
                    if (close < 0)
                    {
                        return html.Length - 1;
                    }

                    i = close;
                }
            }

            return html.Length - 1;
        }

        private static char PreviousNonSpace(string html, int i)
        {
            for (var j = i - 1; j >= 0; j--)
            {
                if (!char.IsWhiteSpace(html[j]))
                {
                    return html[j];
                }
            }

            return '\0';
        }
    }
}
