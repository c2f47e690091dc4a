using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using ParlerCase.Core.Cleaning;
using ParlerCase.Core.Common;
using ParlerCase.Core.Metadata;

namespace ParlerCase.Core.Reading.Html
{
    /// <summary>
    /// Web pages saved from a browser (.html, .htm) or given as a string: parsed by AngleSharp with scripting off
    /// and no loader (nothing in the page runs or is fetched), furniture taken off (<see cref="PageFurniture"/>),
    /// the article found by SmartReader (a port of Firefox's Readability), and its paragraphs, headings and block
    /// quotes returned in order, with the page's own metadata (<see cref="PageMetadata"/>).
    /// </summary>
    public sealed class HtmlReader : IArticleReader
    {
        /// <summary>What a page given as a string reports as its encoding: there were no bytes to decode.</summary>
        public const string StringEncoding = "text";

        /// <summary>
        /// News pages have a few thousand elements once their furniture is off; Readability's time grows faster
        /// than the page, a second at 4,000 paragraphs (29,000 took 8 s).
        /// </summary>
        public const int MaxReadabilityElements = 5_000;

        /// <summary>
        /// Readability rewrites each div that holds no block as a paragraph, and each rewrite moves nodes at a cost
        /// that grows with the page (AngleSharp): 500 such divs took a second, 4,000 a minute. A news page has a
        /// few dozen once its furniture is off.
        /// </summary>
        public const int MaxReadabilityRewrites = 250;

        // What makes a div a container rather than a paragraph for Readability (its DIV_TO_P_ELEMS).
        private static readonly HashSet<string> BlockContent = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul",
        };

        // Neither resource loading nor scripting: a page's scripts, styles, frames and images stay inert text.
        private static readonly IConfiguration Inert = Configuration.Default;

        // The tags every page has at least one of; '<' alone can be text ('x < y').
        private static readonly Pattern PageTag = Patterns.Compile(@"<(?:!doctype|html|head|body|p|div|article|main|section|br|span|a|h[1-6]|title|meta)\b", RegexOptions.IgnoreCase);

        public IReadOnlyCollection<string> Extensions { get; } = new[] { ".html", ".htm", ".xhtml" };

        /// <summary>True when a string is HTML rather than plain text.</summary>
        public static bool IsMarkup(string text) => PageTag.IsMatch(text);

        public RawArticle Read(byte[] content, string path)
        {
            var (html, encoding, warning) = TextDecoder.Decode(content, path, DeclaredCharset.Find(content));
            var raw = Read(html, encoding, path, address: null);
            if (warning != null)
            {
                raw.Warnings.Add(warning);
            }

            return raw;
        }

        /// <summary>
        /// Reads a page's markup. <paramref name="source"/> names it in errors (a file path or an address);
        /// <paramref name="address"/>, when known, resolves its relative links.
        /// </summary>
        public RawArticle Read(string html, string encoding, string source, Uri? address)
        {
            var limited = MarkupLimiter.Limit(html, out _);

            // Source references give each removed element its page line.
            var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false, IsKeepingSourceReferences = true }, BrowsingContext.New(Inert));
            using var page = parser.ParseDocument(limited);
            var hadScripts = page.Scripts.Any(s => !string.Equals(s.Type?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase));

            var raw = new RawArticle(Array.Empty<string>(), encoding);
            PageFurniture.Remove(page.DocumentElement, raw.Removed);
            PageMetadata.Read(page, raw);
            var pageBlocks = page.Body == null ? Array.Empty<(int, string)>() : BlockExtractor.Extract(page.Body);

            // Readability's cost grows faster than the page: past a size no article page reaches (a whole manual
            // saved as one page), the blocks left once the furniture is off are the best-effort body.
            var (articleBlocks, byline) = ReadabilityFits(page) ? ArticleBlocks(page, address) : (pageBlocks, null);
            var blocks = WithoutHeadline(articleBlocks, raw.Title);
            if (!raw.Author.HasValue && byline != null && Bylines.Match(byline) is { } author)
            {
                raw.Author = new Sourced<string>(author.Name, MetadataOrigin.Page, "byline element: " + byline);
            }

            if (blocks.Count == 0)
            {
                var why = hadScripts
                    ? "its text is probably written by scripts, which the module never runs"
                    : "its body holds no paragraphs once navigation, comments and other furniture are taken off";
                throw new ArticleReadException(ArticleErrorKind.NoArticleText, source, $"'{source}' is a web page with no article text: {why}.");
            }

            // What Readability left out, so the analyst can see it: the page's other blocks, with their lines.
            var kept = new KeptBlocks(blocks.Select(b => b.Text).ToList());
            foreach (var (line, text) in pageBlocks.Where(b => !kept.Contains(b.Text)))
            {
                raw.Removed.Add(new RemovedLine(line, text, raw.Title.HasValue && text == raw.Title.Value ? "headline" : "html-not-article"));
            }

            return WithBlocks(raw, blocks);
        }

        /// <summary>
        /// The article's blocks as Readability finds them, and the byline it took out of them. It edits the page
        /// as it goes: read metadata first.
        /// </summary>
        private static (IReadOnlyList<(int Line, string Text)> Blocks, string? Byline) ArticleBlocks(IHtmlDocument page, Uri? address)
        {
            IElement? article = null;
            using var reader = new SmartReader.Reader((address ?? new Uri("https://localhost/")).AbsoluteUri, page) { DisableJSONLD = true };
            reader.AddCustomOperationEnd(element => article = element);
            var found = reader.GetArticle();
            var byline = string.IsNullOrWhiteSpace(found.Byline) ? null : PageMetadata.Collapse(found.Byline!);
            return (article == null ? Array.Empty<(int, string)>() : BlockExtractor.Extract(article), byline);
        }

        /// <summary>Whether the page is small enough for Readability, in elements and in divs it would rewrite. Linear.</summary>
        private static bool ReadabilityFits(IHtmlDocument page)
        {
            var elements = page.All.ToList();
            if (elements.Count > MaxReadabilityElements)
            {
                return false;
            }

            // Each block marks its ancestors, up to one already marked: every element is marked once.
            var holdsBlock = new HashSet<IElement>();
            foreach (var element in elements.Where(e => BlockContent.Contains(e.LocalName)))
            {
                var up = element.ParentElement;
                while (up != null && holdsBlock.Add(up))
                {
                    up = up.ParentElement;
                }
            }

            return elements.Count(e => e.LocalName == "div" && !holdsBlock.Contains(e)) <= MaxReadabilityRewrites;
        }

        /// <summary>The page's headline, repeated as the article's first heading, is its title, not its text.</summary>
        private static List<(int Line, string Text)> WithoutHeadline(IReadOnlyList<(int Line, string Text)> articleBlocks, Sourced<string> title)
        {
            var blocks = articleBlocks.ToList();
            if (title.HasValue && blocks.Count > 0 && string.Equals(blocks[0].Text, title.Value, StringComparison.OrdinalIgnoreCase))
            {
                blocks.RemoveAt(0);
            }

            return blocks;
        }

        /// <summary>The metadata read off the page, with the article's blocks; a block Readability rebuilt takes the line before it.</summary>
        private static RawArticle WithBlocks(RawArticle raw, IReadOnlyList<(int Line, string Text)> blocks)
        {
            var lines = new List<int>(blocks.Count);
            foreach (var (line, _) in blocks)
            {
                lines.Add(line > 0 || lines.Count == 0 ? line : lines[lines.Count - 1]);
            }

            var article = new RawArticle(blocks.Select(b => b.Text).ToList(), raw.Encoding)
            {
                BlockLines = lines,
                Title = raw.Title,
                Author = raw.Author,
                Outlet = raw.Outlet,
                Url = raw.Url,
                Language = raw.Language,
                Published = raw.Published,
                Modified = raw.Modified,
            };
            foreach (var line in raw.Removed)
            {
                article.Removed.Add(line);
            }

            return article;
        }
    }
}
