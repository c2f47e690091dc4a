using System;
using System.Collections.Generic;
using System.Text;

namespace ParlerCase.Core.Reading.Html
{
    /// <summary>
    /// Bounds what a page's markup may ask of the parser and of Readability before it is parsed, in one linear
    /// scan (the markup is copied only when something goes):
    /// - nesting: tree building and Readability scoring cost grows with depth times size, and some DOM walks
    ///   recurse (100,000 nested divs would hang the pipeline or overflow the stack, which no catch can stop).
    ///   Real news pages nest a few dozen levels; past <see cref="MaxDepth"/> the start and end tags of container
    ///   elements are dropped, so their text stays, in order, in the deepest container kept;
    /// - attributes: the parser checks each new attribute against those before it, and Readability edits them one
    ///   by one, both quadratic (100,000 on one element took a minute); past <see cref="MaxAttributes"/> they go;
    /// - comments: never text, yet every DOM walk and each sibling step past them costs (80,000 took seconds); they go.
    /// What goes leaves its line breaks, so every element keeps its page line.
    /// </summary>
    public static class MarkupLimiter
    {
        public const int MaxDepth = 128;

        /// <summary>Far more than an element of a real page carries (a few, a few dozen with data- and aria- ones).</summary>
        public const int MaxAttributes = 64;

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

        /// <summary>
        /// The page, with the tags nested deeper than <see cref="MaxDepth"/>, the attributes past
        /// <see cref="MaxAttributes"/> and the comments taken out; <paramref name="depth"/> is its deepest nesting.
        /// </summary>
        public static string Limit(string html, out int depth)
        {
            var scan = new Scan(html, null);
            depth = scan.Deepest;
            if (!scan.Drops)
            {
                return html;
            }

            var limited = new StringBuilder(html.Length);
            _ = new Scan(html, limited);
            return limited.ToString();
        }

        /// <summary>One pass over the markup; with an output, it copies the markup without what goes.</summary>
        private sealed class Scan
        {
            private readonly string html;
            private readonly StringBuilder? output;
            private int copied;

            public Scan(string html, StringBuilder? output)
            {
                this.html = html;
                this.output = output;
                Run();
                output?.Append(html, copied, html.Length - copied);
            }

            /// <summary>The deepest nesting found.</summary>
            public int Deepest { get; private set; }

            /// <summary>Whether anything goes.</summary>
            public bool Drops { get; private set; }

            private void Run()
            {
                int depth = 0, i = 0;
                while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
                {
                    var next = html[i + 1];
                    if (next == '!' || next == '?')
                    {
                        var comment = string.CompareOrdinal(html, i, "<!--", 0, 4) == 0;
                        var close = comment ? html.IndexOf("-->", i + 4, StringComparison.Ordinal) : html.IndexOf('>', i + 2);
                        var end = close < 0 ? html.Length : close + (comment ? 3 : 1);
                        if (comment)
                        {
                            Drop(i, end);
                        }

                        i = end;
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
                    var tagEnd = TagEnd(nameEnd, out var attributesCut);
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
                            Deepest = Math.Max(Deepest, depth);
                            drop = depth > MaxDepth;
                        }
                    }

                    if (drop)
                    {
                        Drop(i, tagEnd + 1);
                    }
                    else if (attributesCut < tagEnd)
                    {
                        Drop(attributesCut, html[tagEnd - 1] == '/' ? tagEnd - 1 : tagEnd);
                    }

                    i = tagEnd + 1;
                    if (!closing && RawText.Contains(name))
                    {
                        var end = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                        i = end < 0 ? html.Length : end;
                    }
                }
            }

            /// <summary>Leaves out the markup from <paramref name="start"/> to <paramref name="end"/>, but for its line breaks.</summary>
            private void Drop(int start, int end)
            {
                end = Math.Min(end, html.Length);
                Drops = true;
                if (output == null || end <= start)
                {
                    return;
                }

                output.Append(html, copied, start - copied);
                for (var i = start; i < end; i++)
                {
                    if (html[i] == '\n')
                    {
                        output.Append('\n');
                    }
                }

                copied = end;
            }

            /// <summary>
            /// The index of the '>' that ends a tag, skipping quoted attribute values (the last index when there is
            /// none); <paramref name="attributesCut"/> is where the attributes past <see cref="MaxAttributes"/> start.
            /// </summary>
            private int TagEnd(int from, out int attributesCut)
            {
                attributesCut = int.MaxValue;
                var attributes = 0;
                var inName = false;
                for (var i = from; i < html.Length; i++)
                {
                    var c = html[i];
                    if (c == '>')
                    {
                        return i;
                    }

                    if ((c == '"' || c == '\'') && i > 0 && PreviousNonSpace(i) == '=')
                    {
                        var close = html.IndexOf(c, i + 1);
                        if (close < 0)
                        {
                            return html.Length - 1;
                        }

                        i = close;
                        inName = false;
                        continue;
                    }

                    // An attribute starts where a name starts after a space, not after '=' (an unquoted value).
                    var nameChar = !char.IsWhiteSpace(c) && c != '/' && c != '=';
                    if (nameChar && !inName && PreviousNonSpace(i) != '=' && ++attributes == MaxAttributes + 1)
                    {
                        attributesCut = i;
                    }

                    inName = nameChar;
                }

                return html.Length - 1;
            }

            private char PreviousNonSpace(int i)
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
}
