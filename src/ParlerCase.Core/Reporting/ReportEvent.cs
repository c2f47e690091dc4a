using System;
using System.Collections.Generic;
using System.Linq;

namespace ParlerCase.Core.Reporting
{
    /// <summary>A span of days: a day, a month, an interval. <see cref="End"/> is the day after the last.</summary>
    public readonly struct DaySpan
    {
        public DaySpan(DateTime first, DateTime last)
        {
            Start = first.Date;
            End = last.Date.AddDays(1);
        }

        public DateTime Start { get; }

        public DateTime End { get; }

        /// <summary>A single day: drawn as a point, anything longer as a bar.</summary>
        public bool IsDay => (End - Start).Days == 1;

        public bool Overlaps(DaySpan other) => Start < other.End && other.Start < End;
    }

    /// <summary>A story event as the report shows it: when, what, who, and each source's mention of it.</summary>
    public sealed class ReportEvent
    {
        public ReportEvent(string kind, string when, DaySpan? span, string summary, IReadOnlyList<string> actors, IReadOnlyList<ReportMention> mentions, string warning)
        {
            Kind = kind;
            When = when;
            Span = span;
            Summary = summary;
            Actors = actors;
            Mentions = mentions;
            Warning = warning;
        }

        public string Kind { get; }

        /// <summary>ISO 8601 at its precision ('2021-01', '2021-01-08/2021-01-09'), or empty when undated.</summary>
        public string When { get; }

        public DaySpan? Span { get; }

        /// <summary>The sentence that tells it best.</summary>
        public string Summary { get; }

        public IReadOnlyList<string> Actors { get; }

        public IReadOnlyList<ReportMention> Mentions { get; }

        /// <summary>What the timeline says is doubtful about its date, or empty.</summary>
        public string Warning { get; }

        /// <summary>The sources that report it, in order of first mention.</summary>
        public IReadOnlyList<string> Sources => Mentions.Select(m => m.Source).Distinct().ToList();

        /// <summary>The dates sources give it that cannot be its date: what makes its date a conflict.</summary>
        public IReadOnlyList<DaySpan> ConflictingSpans =>
            Span is DaySpan span
                ? Mentions.Where(m => m.Span is DaySpan own && !own.Overlaps(span)).Select(m => m.Span!.Value).Distinct().OrderBy(s => s.Start).ToList()
                : (IReadOnlyList<DaySpan>)Array.Empty<DaySpan>();

        public bool HasDateConflict => Warning.Length > 0 || ConflictingSpans.Count > 0 || Mentions.Any(m => m.Warning.Length > 0);
    }

    /// <summary>One source's mention of an event: the sentence, the date as written and as read, the rule that read it.</summary>
    public sealed class ReportMention
    {
        public ReportMention(string source, string evidence, string dateText, string when, DaySpan? span, string rule, string warning)
        {
            Source = source;
            Evidence = evidence;
            DateText = dateText;
            When = when;
            Span = span;
            Rule = rule;
            Warning = warning;
        }

        public string Source { get; }

        public string Evidence { get; }

        public string DateText { get; }

        public string When { get; }

        public DaySpan? Span { get; }

        public string Rule { get; }

        public string Warning { get; }
    }
}
