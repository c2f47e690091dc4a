using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using AngleSharp;
using AngleSharp.Dom;

namespace ParlerCase.Core.Reporting
{
    /// <summary>
    /// The case report as one self-contained HTML page: inline CSS, inline SVG and a small filtering script, all
    /// allowed by hash in a Content-Security-Policy that forbids every load, so the page reaches no network. It
    /// reads fully without the script, prints, and narrows to a phone (the chart and tables scroll sideways).
    /// </summary>
    public static class ReportPage
    {
        /// <summary>Source colours (report.css, .s0 to .s7): repeated past eight sources, which the legend names.</summary>
        public const int Palette = 8;

        /// <summary>The comparison shows this many sources as columns (the ones reporting most); the rest in each row's details.</summary>
        public const int MaxSourceColumns = 8;

        /// <summary>The comparison lists at most this many facts (conflicts first); the page says how many it left out.</summary>
        public const int MaxFactRows = 500;

        public const double ChartWidth = 960;

        /// <summary>Cells and labels longer than this are cut; the full text is in the details.</summary>
        private const int ShortText = 80;

        private static readonly Lazy<string> Css = new Lazy<string>(() => Resource("report.css"));
        private static readonly Lazy<string> Script = new Lazy<string>(() => Resource("report.js"));

        /// <summary>The page as HTML text.</summary>
        public static string Render(CaseReport report)
        {
            var dom = new Dom("en");
            Head(dom, report);
            var header = dom.Add(dom.Body, "header");
            dom.Add(header, "h1", report.Title);
            dom.Add(header, "p", Overview(report), "lede");
            Navigation(dom, header);
            Filters(dom, header, report);

            var main = dom.Add(dom.Body, "main");
            var anchors = report.Events.Select((e, i) => (e, i)).ToDictionary(x => x.e, x => "event-" + (x.i + 1).ToString(CultureInfo.InvariantCulture));
            TimelineSection(dom, main, report, e => anchors[e]);
            SourcesSection(dom, main, report);
            ComparisonSection(dom, main, report);
            QuotesSection(dom, main, report);

            dom.Add(dom.Body, "footer", "Made by ParlerCase (Export-CaseReport). Every item gives its evidence: the source, the sentence, and the rule that found it.");
            dom.Add(dom.Body, "script", Script.Value);
            return dom.Document.ToHtml();
        }

        /// <summary>Source Ids as a data attribute the filter reads: tab-separated, since an Id may hold spaces.</summary>
        internal static string SourceList(IEnumerable<string> sources) => string.Join("\t", sources);

        private static void Head(Dom dom, CaseReport report)
        {
            dom.Add(dom.Head, "meta").SetAttribute("charset", "utf-8");
            var csp = dom.Add(dom.Head, "meta");
            csp.SetAttribute("http-equiv", "Content-Security-Policy");
            csp.SetAttribute("content", $"default-src 'none'; style-src '{Hash(Css.Value)}'; script-src '{Hash(Script.Value)}'; base-uri 'none'; form-action 'none'");
            var viewport = dom.Add(dom.Head, "meta");
            viewport.SetAttribute("name", "viewport");
            viewport.SetAttribute("content", "width=device-width, initial-scale=1");
            var generator = dom.Add(dom.Head, "meta");
            generator.SetAttribute("name", "generator");
            generator.SetAttribute("content", "ParlerCase Export-CaseReport");
            dom.Add(dom.Head, "title", report.Title);
            dom.Add(dom.Head, "style", Css.Value);
        }

        private static string Overview(CaseReport report)
        {
            var dated = report.Events.Count(e => e.Span.HasValue);
            var conflicts = report.Facts.Count(f => f.Status == ReportStatus.Conflict);
            return string.Format(CultureInfo.InvariantCulture, "{0} sources · {1} story events ({2} dated) · {3} facts compared, {4} in conflict · {5} quotes",
                report.Sources.Count, report.Events.Count, dated, report.Facts.Count, conflicts, report.Quotes.Count);
        }

        private static void Navigation(Dom dom, IElement header)
        {
            var list = dom.Add(dom.Add(header, "nav"), "ul");
            foreach (var (id, name) in new[] { ("timeline", "Timeline"), ("sources", "Sources"), ("comparison", "Comparison"), ("quotes", "Quotes") })
            {
                dom.Add(dom.Add(list, "li"), "a", name).SetAttribute("href", "#" + id);
            }
        }

        /// <summary>Hidden until the script shows them: without it, the page lists everything.</summary>
        private static void Filters(Dom dom, IElement header, CaseReport report)
        {
            var bar = dom.Add(header, "div", cssClass: "filters");
            bar.SetAttribute("id", "filters");
            bar.SetAttribute("hidden", string.Empty);
            var sourceLabel = dom.Add(bar, "label", "Source ");
            var select = dom.Add(sourceLabel, "select");
            select.SetAttribute("id", "filter-source");
            dom.Add(select, "option", "All sources").SetAttribute("value", string.Empty);
            foreach (var source in report.Sources)
            {
                dom.Add(select, "option", source.Id).SetAttribute("value", source.Id);
            }

            var textLabel = dom.Add(bar, "label", "Words ");
            var input = dom.Add(textLabel, "input");
            input.SetAttribute("id", "filter-text");
            input.SetAttribute("type", "search");
            input.SetAttribute("placeholder", "name, word, date");
        }

        private static void TimelineSection(Dom dom, IElement main, CaseReport report, Func<ReportEvent, string> anchorOf)
        {
            var section = Section(dom, main, "timeline", "Timeline");
            var chart = TimelineLayout.Lay(report.Events, report.Sources.Select(s => s.Id).ToList(), ChartWidth);
            if (chart.Marks.Count > 0)
            {
                dom.Add(section, "p", "One mark per story event at the precision of its date: a dot for a day, a bar for a month or an interval. "
                    + "The squares beside it are the sources that report it (colours as in the source list); a red mark with hollow marks joined to it has sources giving other dates. "
                    + "A long empty stretch of time is cut (//). Select a mark for its evidence.", "note");
                TimelineSvg.Draw(dom, dom.Add(section, "div", cssClass: "chart"), chart, anchorOf);
            }

            var dated = report.Events.Where(e => e.Span.HasValue).ToList();
            var undated = report.Events.Where(e => !e.Span.HasValue).ToList();
            dom.Add(section, "h3", $"Dated events ({dated.Count})");
            EventList(dom, section, dated, anchorOf);
            dom.Add(section, "h3", $"Undated events ({undated.Count})");
            dom.Add(section, "p", "No source gives these a date they could be placed at.", "note");
            EventList(dom, section, undated, anchorOf);
        }

        private static void EventList(Dom dom, IElement parent, IReadOnlyList<ReportEvent> events, Func<ReportEvent, string> anchorOf)
        {
            var list = dom.Add(parent, "ol", cssClass: "events");
            foreach (var e in events)
            {
                var item = Filterable(dom, list, "li", e.Sources);
                item.SetAttribute("id", anchorOf(e));
                if (e.HasDateConflict)
                {
                    item.SetAttribute("class", "conflict");
                }

                var details = dom.Add(item, "details");
                var summary = dom.Add(details, "summary");
                dom.Add(summary, "span", e.When.Length > 0 ? e.When : "undated", "when");
                dom.Add(summary, "span", e.Kind, "kind");
                if (e.HasDateConflict)
                {
                    dom.Add(summary, "span", "dates differ", "flag");
                }

                dom.Add(summary, "span", e.Summary, "summary-text");
                dom.Add(details, "p", $"Actors: {Join(e.Actors)}. Sources: {Join(e.Sources)}." + (e.Warning.Length > 0 ? " " + e.Warning : string.Empty), "meta");
                var table = Table(dom, details, "evidence", "Source", "Date as written", "Date", "Rule", "Sentence");
                foreach (var m in e.Mentions)
                {
                    var sentence = Row(dom, table, m.Source, m.DateText, m.When, m.Rule, m.Evidence);
                    if (m.Warning.Length > 0)
                    {
                        dom.Add(sentence, "div", m.Warning, "warning");
                    }
                }
            }
        }

        private static void SourcesSection(Dom dom, IElement main, CaseReport report)
        {
            var section = Section(dom, main, "sources", "Sources");
            var table = Table(dom, section, "sources", "", "Source", "Outlet", "Published", "Language", "Words", "Checks");
            for (var i = 0; i < report.Sources.Count; i++)
            {
                var source = report.Sources[i];
                var row = Filterable(dom, table, "tr", new[] { source.Id });
                Swatch(dom, dom.Add(row, "td"), i);
                var name = dom.Add(row, "td");
                dom.Add(name, "div", source.Id, "id");
                if (source.Title.Length > 0)
                {
                    dom.Add(name, "div", source.Title, "title");
                }

                if (IsWebAddress(source.Url))
                {
                    var link = dom.Add(dom.Add(name, "div"), "a", Short(source.Url), "url");
                    link.SetAttribute("href", source.Url);
                    link.SetAttribute("rel", "noopener noreferrer");
                }

                foreach (var value in new[] { source.Outlet, source.Published, source.Language, source.Words.ToString("N0", CultureInfo.InvariantCulture) })
                {
                    dom.Add(row, "td", value);
                }

                Findings(dom, dom.Add(row, "td"), source.Findings);
            }
        }

        private static void Findings(Dom dom, IElement cell, IReadOnlyList<ReportFinding> findings)
        {
            if (findings.Count == 0)
            {
                dom.Text(cell, "none");
                return;
            }

            var warnings = findings.Count(f => f.IsWarning);
            var details = dom.Add(cell, "details");
            dom.Add(details, "summary", string.Format(CultureInfo.InvariantCulture, "{0} warning{1}, {2} note{3}", warnings, warnings == 1 ? "" : "s", findings.Count - warnings, findings.Count - warnings == 1 ? "" : "s"), warnings > 0 ? "warning" : null);
            var list = dom.Add(details, "ul", cssClass: "findings");
            foreach (var f in findings)
            {
                var item = dom.Add(list, "li", cssClass: f.IsWarning ? "warning" : null);
                dom.Add(item, "strong", f.Check + ": ");
                dom.Text(item, f.Message);
                Evidence(dom, item, f.Evidence, f.Rule);
            }
        }

        private static void ComparisonSection(Dom dom, IElement main, CaseReport report)
        {
            var section = Section(dom, main, "comparison", "Comparison");
            var columns = report.Sources.Select(s => s.Id)
                .OrderByDescending(id => report.Facts.Count(f => f.Claims.Any(c => c.Source == id)))
                .Take(MaxSourceColumns).ToList();
            columns = report.Sources.Select(s => s.Id).Where(columns.Contains).ToList();
            var others = report.Sources.Count - columns.Count;
            var shown = report.Facts.Take(MaxFactRows).ToList();
            dom.Add(section, "p", "Each fact of the story against the sources: Conflict when they say different things, Agree when they say the same, Single when one alone reports it. Conflicts first."
                + (others > 0 ? $" Columns for the {columns.Count} sources reporting most; each fact's details list every source." : string.Empty)
                + (shown.Count < report.Facts.Count ? $" The first {shown.Count} of {report.Facts.Count} facts; Compare-Source lists them all." : string.Empty), "note");

            var headers = new[] { "Status", "Kind", "Fact" }.Concat(columns).Concat(others > 0 ? new[] { "Other sources" } : new string[0]).ToArray();
            var table = Table(dom, dom.Add(section, "div", cssClass: "wide"), "comparison", headers);
            foreach (var fact in shown)
            {
                var row = Filterable(dom, table, "tr", fact.Sources);
                row.SetAttribute("class", fact.Status.ToString().ToLowerInvariant());
                dom.Add(row, "td", fact.Status.ToString(), "status");
                dom.Add(row, "td", fact.Kind);
                var topic = dom.Add(row, "td", cssClass: "fact");
                var details = dom.Add(topic, "details");
                dom.Add(details, "summary", fact.Topic);
                var claims = dom.Add(details, "ul", cssClass: "claims");
                foreach (var claim in fact.Claims)
                {
                    var item = dom.Add(claims, "li");
                    dom.Add(item, "strong", claim.Source + ": ");
                    dom.Text(item, claim.Value);
                    dom.Add(item, "div", claim.Evidence, "sentence");
                }

                dom.Add(details, "div", "Rule: " + fact.Rule, "rule");
                foreach (var source in columns)
                {
                    // Cut when long: the whole value and its sentence are in the fact's details.
                    var value = string.Join("; ", fact.Claims.Where(c => c.Source == source).Select(c => c.Value).Distinct());
                    dom.Add(row, "td", Short(value));
                }

                if (others > 0)
                {
                    var count = fact.Sources.Count(s => !columns.Contains(s));
                    dom.Add(row, "td", count > 0 ? count.ToString(CultureInfo.InvariantCulture) : string.Empty, "count");
                }
            }
        }

        private static void QuotesSection(Dom dom, IElement main, CaseReport report)
        {
            var section = Section(dom, main, "quotes", "Quotes");
            var bySpeaker = report.Quotes
                .GroupBy(q => q.Speaker, StringComparer.Ordinal)
                .OrderBy(g => g.Key.Length == 0 ? 1 : 0)
                .ThenByDescending(g => g.Count())
                .ThenBy(g => g.Key, StringComparer.Ordinal);
            foreach (var group in bySpeaker)
            {
                var block = Filterable(dom, section, "div", group.Select(q => q.Source).Distinct());
                block.SetAttribute("class", "speaker");
                var role = group.Select(q => q.Role).FirstOrDefault(r => r.Length > 0);
                dom.Add(block, "h3", (group.Key.Length > 0 ? group.Key : "Speaker not given") + (role != null ? ", " + role : string.Empty) + $" ({group.Count()})");
                var list = dom.Add(block, "ul", cssClass: "quotes");
                foreach (var quote in group)
                {
                    var item = Filterable(dom, list, "li", new[] { quote.Source });
                    dom.Add(item, "q", quote.Text);
                    dom.Add(item, "div", $"{quote.Kind} · {quote.Source}" + (quote.Cue.Length > 0 ? " · " + quote.Cue : string.Empty), "meta");
                    Evidence(dom, item, quote.Sentence, quote.Rule);
                }
            }
        }

        /// <summary>The sentence and the rule, a click away.</summary>
        private static void Evidence(Dom dom, IElement parent, string sentence, string rule)
        {
            var details = dom.Add(parent, "details", cssClass: "evidence");
            dom.Add(details, "summary", "Evidence");
            dom.Add(details, "div", sentence, "sentence");
            dom.Add(details, "div", "Rule: " + rule, "rule");
        }

        private static IElement Section(Dom dom, IElement main, string id, string title)
        {
            var section = dom.Add(main, "section");
            section.SetAttribute("id", id);
            dom.Add(section, "h2", title);
            return section;
        }

        private static IElement Filterable(Dom dom, INode parent, string tag, IEnumerable<string> sources)
        {
            var element = dom.Add(parent, tag);
            element.SetAttribute("data-sources", SourceList(sources));
            return element;
        }

        /// <summary>A table with its header row; returns its body, where the rows go.</summary>
        private static IElement Table(Dom dom, INode parent, string cssClass, params string[] headers)
        {
            var table = dom.Add(parent, "table", cssClass: cssClass);
            var head = dom.Add(dom.Add(table, "thead"), "tr");
            foreach (var header in headers)
            {
                dom.Add(head, "th", header).SetAttribute("scope", "col");
            }

            return dom.Add(table, "tbody");
        }

        /// <summary>A row of text cells; returns the last cell.</summary>
        private static IElement Row(Dom dom, IElement body, params string[] cells)
        {
            var row = dom.Add(body, "tr");
            IElement last = row;
            foreach (var cell in cells)
            {
                last = dom.Add(row, "td", cell);
            }

            return last;
        }

        private static void Swatch(Dom dom, IElement parent, int index)
        {
            var svg = dom.Svg(parent, "svg", cssClass: "swatch");
            svg.SetAttribute("width", "10");
            svg.SetAttribute("height", "10");
            svg.SetAttribute("aria-hidden", "true");
            var rect = dom.Svg(svg, "rect", cssClass: "s" + (index % Palette));
            rect.SetAttribute("width", "10");
            rect.SetAttribute("height", "10");
        }

        private static bool IsWebAddress(string url) =>
            Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

        private static string Short(string text)
        {
            if (text.Length <= ShortText)
            {
                return text;
            }

            // Never between the two halves of a character outside the basic plane.
            var cut = char.IsLowSurrogate(text[ShortText - 1]) ? ShortText - 2 : ShortText - 1;
            return text.Substring(0, cut) + "…";
        }

        private static string Join(IReadOnlyList<string> values) => values.Count > 0 ? string.Join(", ", values) : "none named";

        /// <summary>A CSP source expression allowing exactly this inline text.</summary>
        private static string Hash(string text)
        {
            using var sha = SHA256.Create();
            return "sha256-" + Convert.ToBase64String(sha.ComputeHash(Encoding.UTF8.GetBytes(text)));
        }

        private static string Resource(string name)
        {
            using var stream = typeof(ReportPage).Assembly.GetManifestResourceStream("ParlerCase.Reporting." + name)
                ?? throw new InvalidOperationException("Missing resource " + name);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            return reader.ReadToEnd();
        }
    }
}
