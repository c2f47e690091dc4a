using System.Collections.Generic;
using ParlerCase.Core.Dates;
using ParlerCase.Core.Temporal;

namespace ParlerCase.Core.Events
{
    /// <summary>One event of the case, merged from its mentions in every source.</summary>
    public sealed class CaseEvent
    {
        internal CaseEvent(
            EventKind kind,
            string? label,
            DateRange? when,
            IReadOnlyList<string> actors,
            IReadOnlyList<CaseMention> mentions,
            IReadOnlyList<string> sources,
            string summary,
            PartialDate? firstReported,
            string? warning = null,
            string? background = null)
        {
            Kind = kind;
            Label = label;
            When = when;
            Actors = actors;
            Mentions = mentions;
            Sources = sources;
            Summary = summary;
            FirstReported = firstReported;
            Warning = warning;
            Background = background;
        }

        public EventKind Kind { get; }

        /// <summary>What was done ('removed', 'denied', 'closing arguments'), in English whatever the sources' language; null when the kind says it all.</summary>
        public string? Label { get; }

        /// <summary>When it happened, as the mentions that date it agree; null when no source dates it.</summary>
        public DateRange? When { get; }

        public IReadOnlyList<string> Actors { get; }

        public IReadOnlyList<CaseMention> Mentions { get; }

        /// <summary>The article Ids that report it, in order of first mention.</summary>
        public IReadOnlyList<string> Sources { get; }

        /// <summary>The sentence of the mention that dates it best (or the first mention).</summary>
        public string Summary { get; }

        /// <summary>The earliest publication date among its sources: when it was reported, apart from when it happened.</summary>
        public PartialDate? FirstReported { get; }

        /// <summary>Set when the sources date it differently: each date with its sources, and which was kept.</summary>
        public string? Warning { get; }

        /// <summary>Why it is no row of the case's timeline (long before the case, a figure), or null for a step of the story.</summary>
        public string? Background { get; }

        public bool IsBackground => Background != null;

        public override string ToString() => $"{When?.Iso ?? "undated"} {Kind}{(Label != null ? " " + Label : string.Empty)} [{string.Join(", ", Actors)}] x{Mentions.Count}";
    }
}
