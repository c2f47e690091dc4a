using System.Globalization;
using ParlerCase.Core.Reporting;

namespace ParlerCase.Core.Tests.Reporting;

/// <summary>
/// A report made to break a page: 500 sources and 2,000 story events whose every text carries markup, a script,
/// attribute breakers, a long word and characters outside the basic plane; the first of each kind of item
/// holds a word of 3,000 letters.
/// </summary>
internal static class HostileReport
{
    public const string Script = "<script>document.title='owned'</script>";
    public const string Markup = "<img src=x onerror=alert(1)><b>b</b>&\"'</svg>";
    public static readonly string LongWord = new string('W', 3000);

    public static string Hostile(string what, int i) => $"{what} {i} {Script} {Markup} {(i == 0 ? LongWord : LongWord.Substring(0, 20 + (i % 7)))} 🦜 東京";

    public static CaseReport Build(int sources = 500, int events = 2000)
    {
        var ids = Enumerable.Range(0, sources).Select(i => $"src{i}\"><script>alert({i})</script>").ToList();
        var start = new DateTime(2019, 1, 1);
        var reportSources = ids.Select((id, i) => new ReportSource(
            id, Hostile("Title", i), Hostile("Outlet", i), "2021-01-" + (1 + (i % 28)).ToString("00", CultureInfo.InvariantCulture), "fr", i * 10,
            i % 2 == 0 ? "javascript:alert(1)" : "https://example.org/a?b=<script>&c=\"" + i,
            new[] { new ReportFinding("UnbalancedQuotes", i % 3 == 0, Hostile("Message", i), Hostile("Evidence", i), "rule-" + Script) })).ToList();

        var reportEvents = Enumerable.Range(0, events).Select(i =>
        {
            // Days, months and intervals; every tenth event undated, every seventh with a source giving another date.
            var day = start.AddDays(i % 700);
            DaySpan? span = i % 10 == 9 ? null : i % 5 == 0 ? new DaySpan(new DateTime(day.Year, day.Month, 1), new DateTime(day.Year, day.Month, 1).AddMonths(1).AddDays(-1)) : new DaySpan(day, day);
            var mentions = Enumerable.Range(0, 1 + (i % 5)).Select(m =>
            {
                var other = i % 7 == 0 && m == 1 ? new DaySpan(day.AddDays(40), day.AddDays(40)) : span;
                return new ReportMention(ids[(i + (m * 37)) % ids.Count], Hostile("Sentence", i), "<i>samedi</i>", other.HasValue ? other.Value.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty, other, "rule<script>", m == 2 ? Hostile("Warning", i) : string.Empty);
            }).ToList();
            return new ReportEvent(Hostile("Kind", i), span.HasValue ? span.Value.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty, span, Hostile("Summary", i), new[] { Hostile("Actor", i % 100), "Orvane" }, mentions, string.Empty);
        }).ToList();

        var facts = Enumerable.Range(0, 700).Select(i => new ReportFact(Hostile("Topic", i), "Event", (ReportStatus)(i % 3), "rule" + Script,
            Enumerable.Range(0, 1 + (i % 6)).Select(m => new ReportClaim(ids[(i + m) % ids.Count], Hostile("Value", m), Hostile("Claim", i))).ToList())).ToList();
        var quotes = Enumerable.Range(0, 400).Select(i => new ReportQuote(i % 50 == 0 ? string.Empty : Hostile("Speaker", i % 40), Hostile("Role", i), Hostile("Quote", i), "Direct", Hostile("Cue", i), ids[i % ids.Count], Hostile("Sentence", i), "rule" + Script)).ToList();
        return new CaseReport(Hostile("Case", 0), reportSources, reportEvents, facts, quotes);
    }
}
