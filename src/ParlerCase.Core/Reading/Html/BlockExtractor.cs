using System;
using System.Collections.Generic;
using System.Text;
using AngleSharp.Dom;
using ParlerCase.Core.Cleaning;

namespace ParlerCase.Core.Reading.Html
{
    /// <summary>
    /// The article element Readability settled on, as text blocks in reading order: one per paragraph, heading,
    /// list item or quoted paragraph; text loose in a container is a block of its own. Figures, captions,
    /// tables and media are not the article's prose and are left out.
    /// </summary>
    public static class BlockExtractor
    {

        private static readonly HashSet<string> Blocks = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "dt", "dd",
        };

        private static readonly HashSet<string> Skipped = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "figure", "figcaption", "table", "img", "picture", "video", "audio", "script", "style", "noscript", "svg", "math", "button", "form",
        };

        // Elements that break a run of inline text without being blocks themselves.
        private static readonly HashSet<string> Containers = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "div", "section", "article", "main", "header", "blockquote", "ul", "ol", "dl", "hr", "center", "details", "summary", "address",
        };

        /// <summary>The blocks of an element, each with the page line it starts on (0 for markup Readability rebuilt).</summary>
        public static IReadOnlyList<(int Line, string Text)> Extract(IElement article)
        {
            var blocks = new List<(int, string)>();
            var inline = new StringBuilder();
            Walk(article, blocks, inline, LineOf(article));
            Flush(blocks, inline, LineOf(article));
            return blocks;
        }

        /// <summary>All of an element's text as one line, its blocks set apart by spaces.</summary>
        public static string TextOf(IElement element)
        {
            var text = new StringBuilder();
            AppendText(element, text);
            return Normalize(text);
        }

        private static int LineOf(INode node) => node is IElement element && element.SourceReference != null ? element.SourceReference.Position.Line : 0;

        private static void Walk(INode node, List<(int, string)> blocks, StringBuilder inline, int line)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IText text)
                {
                    inline.Append(text.Data);
                    continue;
                }

                if (!(child is IElement element) || Skipped.Contains(element.LocalName))
                {
                    continue;
                }

                if (Blocks.Contains(element.LocalName))
                {
                    Flush(blocks, inline, line);
                    AppendText(element, inline);
                    if (IsDateline(element, inline))
                    {
                        inline.Clear();
                    }

                    Flush(blocks, inline, LineOf(element));
                }
                else if (Containers.Contains(element.LocalName))
                {
                    Flush(blocks, inline, line);
                    Walk(element, blocks, inline, LineOf(element));
                    Flush(blocks, inline, LineOf(element));
                }
                else if (element.LocalName == "br")
                {
                    inline.Append(' ');
                }
                else
                {
                    Walk(element, blocks, inline, line);
                }
            }
        }

        /// <summary>
        /// 'Publié le 14 mars 2022 à 08h30, mis à jour le...': a short block around a &lt;time&gt; that does not end
        /// like a sentence dates the page (its metadata has the date), it is not the article's text.
        /// </summary>
        private static bool IsDateline(IElement block, StringBuilder text) =>
            text.Length <= PageMetadata.MaxDatelineLength && block.QuerySelector("time") != null && !ClutterFilter.EndsSentence(text.ToString().Trim());

        /// <summary>A block's text: its text nodes in order, a line break as a space, skipped elements left out.</summary>
        private static void AppendText(INode node, StringBuilder text)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IText t)
                {
                    text.Append(t.Data);
                }
                else if (child is IElement e && !Skipped.Contains(e.LocalName))
                {
                    if (e.LocalName == "br" || Blocks.Contains(e.LocalName) || Containers.Contains(e.LocalName))
                    {
                        text.Append(' ');
                    }

                    AppendText(e, text);
                }
            }
        }

        private static void Flush(List<(int, string)> blocks, StringBuilder inline, int line)
        {
            var block = Normalize(inline);
            inline.Clear();
            if (block.Length > 0)
            {
                blocks.Add((line, block));
            }
        }

        /// <summary>Markup whitespace collapsed to single spaces, invisible characters out; no-break spaces kept inside, as French typography needs them.</summary>
        private static string Normalize(StringBuilder text)
        {
            var result = new StringBuilder(text.Length);
            var space = false;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u2028' || c == '\u2029')
                {
                    space = result.Length > 0;
                    continue;
                }

                if (TextNormalizer.IsInvisible(c, i > 0 ? text[i - 1] : ' ', i + 1 < text.Length ? text[i + 1] : ' '))
                {
                    continue;
                }

                if (space)
                {
                    result.Append(' ');
                    space = false;
                }

                result.Append(c);
            }

            return result.ToString().Trim();
        }
    }
}
