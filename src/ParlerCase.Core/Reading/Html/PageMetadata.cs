using System;
using System.Collections.Generic;
using System.Linq;
using AngleSharp.Dom;
using ParlerCase.Core.Dates;
using ParlerCase.Core.Metadata;

namespace ParlerCase.Core.Reading.Html
{
    /// <summary>
    /// What a page's markup says about the article, each value with the tag it was read from: Open Graph and
    /// article meta tags, the schema.org JSON-LD article, the headline &lt;h1&gt;, &lt;title&gt;, &lt;time&gt;,
    /// the canonical link and &lt;html lang&gt;. Publication and modification dates are kept apart. Read after
    /// <see cref="PageFurniture"/> has gone, so no date or name comes from a comment or a related article.
    /// </summary>
    public static class PageMetadata
    {
        private const int MaxEvidence = 300;

        /// <summary>A dateline or byline is short; a &lt;time&gt; in a long paragraph dates an event the article reports.</summary>
        internal const int MaxDatelineLength = 200;

        private static readonly string[] TitleSeparators = { " | ", " - ", " – ", " — ", " · ", " :: " };

        public static void Read(IDocument page, RawArticle raw)
        {
            var meta = MetaTags(page);
            var jsonLd = JsonLdArticle.Find(page);

            raw.Outlet = FromMeta(meta, "og:site_name").Or(FromJsonLdNames(jsonLd, "publisher"));
            var siteName = raw.Outlet.HasValue ? raw.Outlet.Value : null;

            raw.Title = FromMeta(meta, "og:title", v => WithoutSiteName(v, siteName))
                .Or(FromJsonLd(jsonLd, "headline"))
                .Or(Headline(page))
                .Or(FromElement(page.QuerySelector("head > title"), e => WithoutSiteName(Collapse(e.TextContent), siteName)));

            raw.Author = FromMeta(meta, "author")
                .Or(FromMeta(meta, "article:author", v => JsonLdArticle.LooksLikeAddress(v) ? null : v))
                .Or(FromJsonLdNames(jsonLd, "author"))
                .Or(FromElement(page.QuerySelector("a[rel~='author']"), e => Collapse(e.TextContent)));

            raw.Published = Date(FromMeta(meta, "article:published_time"))
                .Or(Date(FromJsonLd(jsonLd, "datePublished")))
                .Or(Date(FromItemProp(page, "datePublished")))
                .Or(Date(FromElement(DatelineTime(page, modified: false), DateTimeAttribute)));

            raw.Modified = Date(FromMeta(meta, "article:modified_time"))
                .Or(Date(FromMeta(meta, "og:updated_time")))
                .Or(Date(FromJsonLd(jsonLd, "dateModified")))
                .Or(Date(FromItemProp(page, "dateModified")))
                .Or(Date(FromElement(DatelineTime(page, modified: true), DateTimeAttribute)));

            raw.Url = FromElement(page.QuerySelector("link[rel~='canonical'][href]"), e => Absolute(e.GetAttribute("href")))
                .Or(FromMeta(meta, "og:url", Absolute));

            raw.Language = FromElement(page.DocumentElement, e => e.GetAttribute("lang"))
                .Or(FromMeta(meta, "content-language"))
                .Or(FromMeta(meta, "og:locale"))
                .Or(FromJsonLd(jsonLd, "inLanguage"));
        }

        /// <summary>The meta tags by name, property, http-equiv or itemprop (lower case); the first of each wins.</summary>
        private static Dictionary<string, IElement> MetaTags(IDocument page)
        {
            var tags = new Dictionary<string, IElement>(StringComparer.OrdinalIgnoreCase);
            foreach (var meta in page.QuerySelectorAll("meta[content]"))
            {
                foreach (var attribute in new[] { "property", "name", "http-equiv", "itemprop" })
                {
                    var key = meta.GetAttribute(attribute)?.Trim();
                    if (!string.IsNullOrEmpty(key) && !tags.ContainsKey(key!))
                    {
                        tags[key!] = meta;
                    }
                }
            }

            return tags;
        }

        private static Sourced<string> FromMeta(Dictionary<string, IElement> meta, string key, Func<string, string?>? clean = null) =>
            meta.TryGetValue(key, out var tag) ? FromElement(tag, e => clean == null ? e.GetAttribute("content") : clean(e.GetAttribute("content") ?? string.Empty)) : Sourced<string>.None;

        private static Sourced<string> FromJsonLd(JsonLdArticle? jsonLd, string field) =>
            jsonLd?.Text(field) is { } value ? new Sourced<string>(value, MetadataOrigin.Page, jsonLd.Evidence(field, value)) : Sourced<string>.None;

        private static Sourced<string> FromJsonLdNames(JsonLdArticle? jsonLd, string field) =>
            jsonLd?.Names(field) is { } value ? new Sourced<string>(value, MetadataOrigin.Page, jsonLd.Evidence(field, value)) : Sourced<string>.None;

        /// <summary>A microdata value: content (meta) or datetime (time) attribute of the element with that itemprop.</summary>
        private static Sourced<string> FromItemProp(IDocument page, string itemProp) =>
            FromElement(page.QuerySelector($"[itemprop='{itemProp}']"), e => e.GetAttribute("content") ?? e.GetAttribute("datetime"));

        private static Sourced<string> FromElement(IElement? element, Func<IElement, string?> value)
        {
            var text = element == null ? null : value(element)?.Trim();
            return string.IsNullOrEmpty(text) ? Sourced<string>.None : new Sourced<string>(text!, MetadataOrigin.Page, Evidence(element!));
        }

        private static Sourced<PartialDate> Date(Sourced<string> text) =>
            text.HasValue && PartialDate.TryParseIso(text.Value, out var date)
                ? new Sourced<PartialDate>(date, MetadataOrigin.Page, text.Evidence)
                : Sourced<PartialDate>.None;

        /// <summary>The article's own &lt;h1&gt;: in the &lt;article&gt; or &lt;main&gt;, else the page's only one.</summary>
        private static Sourced<string> Headline(IDocument page)
        {
            var h1 = page.QuerySelector("article h1") ?? page.QuerySelector("main h1");
            if (h1 == null)
            {
                // Enumerated rather than indexed: AngleSharp's collection indexer differs between its builds.
                var all = page.QuerySelectorAll("h1").Take(2).ToList();
                h1 = all.Count == 1 ? all[0] : null;
            }

            return FromElement(h1, e => Collapse(e.TextContent));
        }

        /// <summary>
        /// The &lt;time datetime&gt; of the article's dateline: one marked pubdate, else the first in a short
        /// block (not a body paragraph). Modification times are told apart by their class ('updated', 'modified').
        /// </summary>
        private static IElement? DatelineTime(IDocument page, bool modified)
        {
            // The article that holds the headline: a page may list teasers as <article>s before it.
            var scope = (IParentNode?)page.QuerySelector("h1")?.Closest("article") ?? page.QuerySelector("article") ?? (IParentNode)page;
            if (!modified && scope.QuerySelector("time[datetime][pubdate]") is { } marked)
            {
                return marked;
            }

            return scope.QuerySelectorAll("time[datetime]").FirstOrDefault(t => IsModification(t) == modified && IsInDateline(t));
        }

        private static bool IsModification(IElement time)
        {
            for (var e = time; e != null && e.LocalName != "article" && e.LocalName != "body"; e = e.ParentElement)
            {
                var marks = (e.ClassName ?? string.Empty) + " " + (e.GetAttribute("itemprop") ?? string.Empty);
                if (marks.IndexOf("updat", StringComparison.OrdinalIgnoreCase) >= 0 || marks.IndexOf("modif", StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsInDateline(IElement time)
        {
            var block = time.Closest("p, li, blockquote, td, dd");
            return block == null || block.TextContent.Length <= MaxDatelineLength;
        }

        private static string? DateTimeAttribute(IElement time) => time.GetAttribute("datetime");

        private static string? Absolute(string? href) =>
            Uri.TryCreate(href?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri.AbsoluteUri : null;

        /// <summary>'Le juge tranche - Le Quotidien' without ' - Le Quotidien'; a pipe always sets off a site name.</summary>
        internal static string WithoutSiteName(string title, string? siteName)
        {
            title = Collapse(title);
            foreach (var separator in TitleSeparators)
            {
                if (siteName != null && title.EndsWith(separator + siteName, StringComparison.OrdinalIgnoreCase))
                {
                    return title.Substring(0, title.Length - separator.Length - siteName.Length).Trim();
                }

                if (siteName != null && title.StartsWith(siteName + separator, StringComparison.OrdinalIgnoreCase))
                {
                    return title.Substring(siteName.Length + separator.Length).Trim();
                }
            }

            var pipe = title.LastIndexOf(" | ", StringComparison.Ordinal);
            return pipe > 0 ? title.Substring(0, pipe).Trim() : title;
        }

        internal static string Collapse(string text) =>
            string.Join(" ", text.Split(new[] { ' ', '\t', '\r', '\n', '\f' }, StringSplitOptions.RemoveEmptyEntries));

        private static string Evidence(IElement element)
        {
            // The tag as written, without the children of a long element.
            var html = element.LocalName == "html" ? "<html lang=\"" + element.GetAttribute("lang") + "\">" : element.OuterHtml;
            html = Collapse(html);
            return html.Length <= MaxEvidence ? html : html.Substring(0, MaxEvidence) + "…";
        }
    }
}
