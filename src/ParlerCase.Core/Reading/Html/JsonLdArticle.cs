using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using AngleSharp.Dom;

namespace ParlerCase.Core.Reading.Html
{
    /// <summary>
    /// The schema.org article object a page describes itself with in a JSON-LD script, if any: only its own
    /// top-level fields are read, never those of the comments or related items it may list.
    /// </summary>
    public sealed class JsonLdArticle
    {
        private static readonly HashSet<string> ArticleTypes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
            "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle", "BlogPosting", "LiveBlogPosting",
            "Report", "TechArticle",
        };

        private readonly JsonElement article;

        private JsonLdArticle(JsonElement article, string type)
        {
            this.article = article;
            Type = type;
        }

        /// <summary>The schema.org type it was found as ('NewsArticle').</summary>
        public string Type { get; }

        /// <summary>The first article object of the page's JSON-LD scripts; malformed scripts are skipped.</summary>
        public static JsonLdArticle? Find(IDocument page)
        {
            foreach (var script in page.QuerySelectorAll("script"))
            {
                if (!string.Equals(script.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                try
                {
                    // Cloned so the value outlives the parsed document it came from.
                    using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                    var found = FindArticle(json.RootElement);
                    if (found != null)
                    {
                        return found;
                    }
                }
                catch (JsonException)
                {
                    // A page's broken JSON-LD is its problem; the meta tags may still say what it holds.
                }
            }

            return null;
        }

        /// <summary>A text field ('headline', 'datePublished'), or null.</summary>
        public string? Text(string field) =>
            article.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
                ? value.GetString()!.Trim()
                : null;

        /// <summary>The names a person or organisation field gives (a string, an object with a name, or a list of them), joined with "; ".</summary>
        public string? Names(string field)
        {
            if (!article.TryGetProperty(field, out var value))
            {
                return null;
            }

            var items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : new List<JsonElement> { value };
            var names = new List<string>();
            foreach (var item in items)
            {
                var name = item.ValueKind == JsonValueKind.String ? item.GetString()
                    : item.ValueKind == JsonValueKind.Object && item.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()
                    : null;
                if (!string.IsNullOrWhiteSpace(name) && !LooksLikeAddress(name!) && !names.Contains(name!.Trim()))
                {
                    names.Add(name!.Trim());
                }
            }

            return names.Count > 0 ? string.Join("; ", names) : null;
        }

        /// <summary>How a value was found, for its evidence: 'JSON-LD NewsArticle "datePublished": 2021-01-12T10:00:00Z'.</summary>
        public string Evidence(string field, string value) => $"JSON-LD {Type} \"{field}\": {value}";

        internal static bool LooksLikeAddress(string value) =>
            value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("/", StringComparison.Ordinal);

        private static JsonLdArticle? FindArticle(JsonElement node)
        {
            if (node.ValueKind == JsonValueKind.Array)
            {
                return node.EnumerateArray().Select(FindArticle).FirstOrDefault(a => a != null);
            }

            if (node.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var type = TypeOf(node);
            if (type != null)
            {
                return new JsonLdArticle(node.Clone(), type);
            }

            return node.TryGetProperty("@graph", out var graph) ? FindArticle(graph) : null;
        }

        private static string? TypeOf(JsonElement node)
        {
            if (!node.TryGetProperty("@type", out var type))
            {
                return null;
            }

            var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray() : (IEnumerable<JsonElement>)new[] { type };
            return types.Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!).FirstOrDefault(ArticleTypes.Contains);
        }
    }
}
