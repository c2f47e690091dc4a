using System;
using System.Linq;
using System.Management.Automation;
using ParlerCase.Core.Dates;
using ParlerCase.Core.Events;
using CoreEvent = ParlerCase.Core.Events.CaseEvent;

namespace ParlerCase
{
    /// <summary>
    /// One event of the case's timeline, as Get-CaseEvent writes it: when it happened, what, who, and every source's
    /// mention of it. Plain values for Export-Csv: <see cref="Mentions"/> writes itself as one line of text.
    /// </summary>
    public sealed class CaseEvent
    {
        /// <summary>The When of an event no source dates: what the view shows is what Where-Object finds.</summary>
        public const string Undated = "undated";

        internal CaseEvent(CoreEvent e)
        {
            When = e.When?.Iso ?? Undated;
            Date = e.When?.Start.Date;
            DatePrecision = e.When?.Precision;
            Kind = e.Kind;
            Label = e.Label ?? string.Empty;
            Summary = e.Summary;
            Actors = string.Join("; ", e.Actors);
            Sources = string.Join("; ", e.Sources);
            SourceCount = e.Sources.Count;
            Mentions = new MentionList(e.Mentions.Select(m => new CaseEventMention(m)).ToList());
            MentionCount = Mentions.Count;
            Warning = string.Join("; ", new[] { e.Warning }.Where(w => w != null)
                .Concat(Mentions.Where(m => m.Warning.Length > 0).Select(m => $"{m.Source}: {m.Warning}")).Distinct());
            Background = e.Background ?? string.Empty;
            FirstReported = e.FirstReported?.Iso ?? string.Empty;
            LastDay = e.When?.LastDay;
        }

        /// <summary>ISO 8601 at the date's precision: '2021-01-10', '2021-01', '2018', or an interval '2021-01-08/2021-01-09'; 'undated' when no source dates it.</summary>
        public string When { get; }

        /// <summary>The first day the date can name, to sort and compare with dates. Hidden: Export-Csv writes When, which does not depend on the culture.</summary>
        [Hidden]
        public DateTime? Date { get; }

        public DatePrecision? DatePrecision { get; }

        /// <summary>A step of the case (Complaint, Motion, Hearing, Ruling, Appeal...) or a general act (Agreement, Publication, Action...).</summary>
        public EventKind Kind { get; }

        /// <summary>What was done, in English whatever the sources' language: an Action's act ('removed', 'suspended'), a decision's outcome ('denied'); empty when the kind says it all.</summary>
        public string Label { get; }

        /// <summary>The sentence of the mention that dates it best.</summary>
        public string Summary { get; }

        /// <summary>Canonical names, '; '-separated.</summary>
        public string Actors { get; }

        /// <summary>Article Ids, '; '-separated.</summary>
        public string Sources { get; }

        public int SourceCount { get; }

        public int MentionCount { get; }

        /// <summary>The earliest publication date among its sources: when it was first reported.</summary>
        public string FirstReported { get; }

        /// <summary>Sources that date it differently (each date with its sources, and which was kept), and the mentions' date warnings (a weekday that contradicts its date, a narrowed interval), with their source.</summary>
        public string Warning { get; }

        /// <summary>Why it is background rather than a step of the story (a dated figure, a clause dated by its year alone, a happening of no named kind long before the case's first step); empty for the case's own events. Only -IncludeBackground writes such events.</summary>
        public string Background { get; }

        /// <summary>
        /// Each source's mention, with the evidence of its date: `Get-CaseEvent | ForEach-Object Mentions`. Export-Csv
        /// writes it as one line of text: 'source@offset [date as written = date] sentence | ...'.
        /// </summary>
        public MentionList Mentions { get; }

        /// <summary>The last day the date can name, for -After.</summary>
        internal DateTime? LastDay { get; }

        public override string ToString() => $"{When} {Kind}{(Label.Length > 0 ? " (" + Label + ")" : string.Empty)}: {Actors}";
    }
}
