using System.Collections.Generic;
using ParlerCase.Core.Dates;
using ParlerCase.Core.Temporal;

namespace ParlerCase.Core.Events
{
    /// <summary>
    /// One sentence of one source that reports an event: its kind, the actors it names, and the date expression
    /// that governs its trigger (none when the sentence gives no date of its own: never the publication date).
    /// </summary>
    public sealed class EventMention
    {
        public EventMention(
            string source,
            PartialDate? published,
            string evidence,
            int offset,
            EventKind kind,
            IReadOnlyList<EventTrigger> triggers,
            IReadOnlyList<string> actors,
            TemporalExpression? date,
            Tense tense,
            IReadOnlyList<(string, string)>? coordinated = null)
        {
            Source = source;
            Published = published;
            Evidence = evidence;
            Offset = offset;
            Kind = kind;
            Triggers = triggers;
            Actors = actors;
            Date = date;
            Tense = tense;
            Coordinated = coordinated ?? System.Array.Empty<(string, string)>();
        }

        /// <summary>The article Id.</summary>
        public string Source { get; }

        /// <summary>When the source was published: when the event was reported, not when it happened.</summary>
        public PartialDate? Published { get; }

        /// <summary>The sentence.</summary>
        public string Evidence { get; }

        /// <summary>Offset of the sentence in the source's document text.</summary>
        public int Offset { get; }

        public EventKind Kind { get; }

        public IReadOnlyList<EventTrigger> Triggers { get; }

        /// <summary>Canonical names of the people and organisations the sentence names (reporters excluded).</summary>
        public IReadOnlyList<string> Actors { get; }

        /// <summary>The date expression that governs the trigger, if any.</summary>
        public TemporalExpression? Date { get; }

        /// <summary>The tense of the trigger's verb: a past mention cannot report an event after its publication.</summary>
        public Tense Tense { get; }

        /// <summary>Pairs of actors the sentence joins as doers of one action ('Apple et Google').</summary>
        internal IReadOnlyList<(string First, string Second)> Coordinated { get; }

        /// <summary>The same mention reporting another actor only ('Apple et Google ont supprimé' is two removals).</summary>
        internal EventMention WithActors(IReadOnlyList<string> actors) =>
            new EventMention(Source, Published, Evidence, Offset, Kind, Triggers, actors, Date, Tense);

        /// <summary>The same mention with its event-relative date resolved.</summary>
        internal EventMention WithDate(TemporalExpression date) =>
            new EventMention(Source, Published, Evidence, Offset, Kind, Triggers, Actors, date, Tense, Coordinated);

        public override string ToString() => $"{Source} {Kind} [{string.Join(", ", Actors)}] {Date?.Value?.Iso ?? "-"}: {Evidence}";
    }
}
