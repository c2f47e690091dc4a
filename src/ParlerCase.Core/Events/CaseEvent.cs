using System.Collections.Generic;
using ParlerCase.Core.Dates;
using ParlerCase.Core.Temporal;

namespace ParlerCase.Core.Events
{
    /// <summary>One event of the case, merged from its mentions in every source.</summary>
    public sealed class CaseEvent
    {
        internal CaseEvent(EventKind kind, DateRange? when, IReadOnlyList<string> actors, IReadOnlyList<CaseMention> mentions, IReadOnlyList<string> sources, string summary, PartialDate? firstReported)
        {
            Kind = kind;
            When = when;
            Actors = actors;
            Mentions = mentions;
            Sources = sources;
            Summary = summary;
            FirstReported = firstReported;
        }

        public EventKind Kind { get; }

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

        public override string ToString() => $"{When?.Iso ?? "undated"} {Kind} [{string.Join(", ", Actors)}] x{Mentions.Count}";
    }
}
