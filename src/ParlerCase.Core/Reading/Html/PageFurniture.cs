using System;
using System.Collections.Generic;
using System.Linq;
using AngleSharp.Dom;
using ParlerCase.Core.Cleaning;
using ParlerCase.Core.Common;

namespace ParlerCase.Core.Reading.Html
{
    /// <summary>
    /// Takes the parts of a page that are never the article out of its DOM before the article is looked for:
    /// navigation, footers, forms, dialogs, hidden and embedded content (by element and ARIA role), and comment
    /// sections, cookie banners, share widgets, related-article lists, newsletter boxes and advertising (by
    /// class or id, from each language's html-furniture table). Readability's own scoring would usually skip
    /// them, but on a short article it falls back to looser passes that can let a comment section in.
    /// </summary>
    public static class PageFurniture
    {
        /// <summary>Enough of a removed element's text for the analyst to recognise it.</summary>
        private const int MaxRemovedText = 120;

        /// <summary>Furniture by its element alone; the rule reported is the element's name ('html-nav').</summary>
        private const string ElementRule = "element";

        /// <summary>
        /// The class names of an element that are matched against the class rules: real pages give an element a
        /// few, utility-class themes a few dozen. Read off the attribute, not AngleSharp's ClassList, which checks
        /// each name against those before it (200,000 names took seconds).
        /// </summary>
        private const int MaxClassNames = 64;

        private static readonly char[] ClassSeparators = { ' ', '\t', '\n', '\r', '\f' };

        private static readonly Lazy<PatternSet> ClassRules = new Lazy<PatternSet>(() => PatternSet.LoadAllLanguages("html-furniture.txt"));

        private static readonly string[] FurnitureElements =
        {
            "nav", "footer", "aside", "form", "dialog", "menu", "button", "select", "textarea", "template",
            "iframe", "object", "embed", "svg", "canvas", "noscript", "style", "script",
        };

        private static readonly string[] FurnitureRoles =
        {
            "navigation", "banner", "complementary", "contentinfo", "dialog", "alertdialog", "search", "menu", "menubar",
        };

        // Code, not text: not worth listing among the removed lines.
        private static readonly string[] CodeElements = { "script", "style", "template", "svg", "canvas", "noscript", "object", "embed", "iframe" };

        // Embedded social posts are blockquotes with the network's class: someone else's words, not the article's.
        private static readonly string[] EmbedClasses = { "twitter-tweet", "instagram-media", "tiktok-embed", "fb-post" };

        /// <summary>
        /// Removes the furniture from <paramref name="root"/>. Each removed element that held text is added to
        /// <paramref name="removed"/> with its page line, the start of its text, and the rule ('html-comments').
        /// </summary>
        public static void Remove(IElement root, ICollection<RemovedLine> removed)
        {
            var protectedText = ArticleTextLength(root) / 2;
            foreach (var element in root.QuerySelectorAll("*").ToList())
            {
                if (element.ParentElement == null || !IsAttached(element, root))
                {
                    continue;
                }

                var rule = RuleFor(element);
                if (rule == null || (rule != ElementRule && IsArticleContainer(element, protectedText)))
                {
                    continue;
                }

                if (Array.IndexOf(CodeElements, element.LocalName) < 0)
                {
                    var text = BlockExtractor.TextOf(element);
                    if (text.Length > 0)
                    {
                        var line = element.SourceReference?.Position.Line ?? 0;
                        removed.Add(new RemovedLine(line, Shorten(text), "html-" + (rule == ElementRule ? element.LocalName : rule)));
                    }
                }

                element.Remove();
            }

            RemoveAfterEndHeadings(root, removed);
        }

        /// <summary>
        /// A heading such as '3 responses', 'Réactions (2)' or 'À lire aussi' (the end markers of each language's
        /// clutter table) opens a comment section or a related list whatever its classes: it and what follows it
        /// in its container go. Only what follows: the container may be the article's own body.
        /// </summary>
        private static void RemoveAfterEndHeadings(IElement root, ICollection<RemovedLine> removed)
        {
            foreach (var heading in root.QuerySelectorAll("h2, h3, h4, h5, h6").ToList())
            {
                var rule = IsAttached(heading, root) ? ClutterFilter.EndMarker(BlockExtractor.TextOf(heading)) : null;
                if (rule == null)
                {
                    continue;
                }

                var section = new List<IElement> { heading };
                for (var next = heading.NextElementSibling; next != null; next = next.NextElementSibling)
                {
                    section.Add(next);
                }

                if (section.Any(e => e.LocalName == "h1" || e.QuerySelector("h1") != null))
                {
                    continue;
                }

                var text = string.Join(" ", section.Select(BlockExtractor.TextOf));
                removed.Add(new RemovedLine(heading.SourceReference?.Position.Line ?? 0, Shorten(text), "html-" + rule));
                foreach (var element in section)
                {
                    element.Remove();
                }
            }
        }

        private static string Shorten(string text) => text.Length <= MaxRemovedText ? text : text.Substring(0, MaxRemovedText) + "…";

        private static string? RuleFor(IElement element)
        {
            var tag = element.LocalName;
            if (Array.IndexOf(FurnitureElements, tag) >= 0 && !(tag == "script" && IsJsonLd(element)))
            {
                return ElementRule;
            }

            if (element.HasAttribute("hidden"))
            {
                return "hidden";
            }

            var role = element.GetAttribute("role");
            if (role != null && Array.IndexOf(FurnitureRoles, role.Trim().ToLowerInvariant()) >= 0)
            {
                return "role-" + role.Trim().ToLowerInvariant();
            }

            foreach (var name in ClassNames(element.GetAttribute("class")))
            {
                if (Array.IndexOf(EmbedClasses, name.ToLowerInvariant()) >= 0)
                {
                    return "social-embed";
                }

                var rule = MatchClassRule(name);
                if (rule != null)
                {
                    return rule;
                }
            }

            var id = element.Id;
            return string.IsNullOrEmpty(id) ? null : MatchClassRule(id!);
        }

        private static IEnumerable<string> ClassNames(string? value)
        {
            var count = 0;
            for (var start = 0; value != null && start < value.Length && count < MaxClassNames; start++)
            {
                var end = value.IndexOfAny(ClassSeparators, start);
                end = end < 0 ? value.Length : end;
                if (end > start)
                {
                    count++;
                    yield return value.Substring(start, end - start);
                }

                start = end;
            }
        }

        private static string? MatchClassRule(string name) => ClassRules.Value.Match(name)?.Rule;

        /// <summary>
        /// A class rule can misfire on the article's own wrapper ('rubrique-social' is a French news section, a
        /// theme may call its main column 'content-sidebar-wrap'): an element holding the headline or half the
        /// page's paragraph text is the article, whatever its class.
        /// </summary>
        private static bool IsArticleContainer(IElement element, int protectedText) =>
            element.QuerySelector("h1") != null
            || (element.LocalName == "article" && element.ParentElement?.Closest("article") == null)
            || ArticleTextLength(element) > protectedText;

        private static int ArticleTextLength(IElement element) =>
            element.QuerySelectorAll("p").Sum(p => p.TextContent.Length);

        private static bool IsJsonLd(IElement script) =>
            string.Equals(script.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase);

        private static bool IsAttached(IElement element, IElement root)
        {
            for (var e = element; e != null; e = e.ParentElement)
            {
                if (e == root)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
