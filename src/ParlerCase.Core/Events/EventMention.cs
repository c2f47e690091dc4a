using System.Collections.Generic;
using ParlerCase.Core.Dates;
using ParlerCase.Core.Temporal;

namespace ParlerCase.Core.Events
{
    /// <summary>
    /// One event as one sentence of one source reports it: its kind and label, the parties the sentence names (the
    /// one that acts, when the sentence says so), and the date expression that governs its trigger (none when the
    /// sentence gives no date of its own: never the publication date). A sentence that tells two events, or one
    /// kind of event at two dates, gives two mentions.
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
            IReadOnlyList<(string, string)>? coordinated = null,
            string? label = null,
            string? agent = null,
            string? nonEvent = null)
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
            Label = label;
            Agent = agent;
            NonEvent = nonEvent;
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

        /// <summary>What was done, in English whatever the language ('removed', 'denied'); always set for an Action.</summary>
        public string? Label { get; }

        public IReadOnlyList<EventTrigger> Triggers { get; }

        /// <summary>Canonical names of the parties the sentence names (reporters, places and things excluded).</summary>
        public IReadOnlyList<string> Actors { get; }

        /// <summary>The party the sentence says acts ('Orbis a fait appel', 'intenté par Orbis'), when it says so plainly.</summary>
        public string? Agent { get; }

        /// <summary>The date expression that governs the trigger, if any.</summary>
        public TemporalExpression? Date { get; }

        /// <summary>The tense of the trigger's verb: a past mention cannot report an event after its publication.</summary>
        public Tense Tense { get; }

        /// <summary>Why the dated clause is no event of the case (a figure, an opinion), or null.</summary>
        public string? NonEvent { get; }

        /// <summary>Pairs of actors the sentence joins as doers of one action ('Apple et Google').</summary>
        internal IReadOnlyList<(string First, string Second)> Coordinated { get; }

        /// <summary>The same mention reporting another actor only ('Apple et Google ont supprimé' is two removals).</summary>
        internal EventMention WithActors(IReadOnlyList<string> actors, string? agent) =>
            new EventMention(Source, Published, Evidence, Offset, Kind, Triggers, actors, Date, Tense, null, Label, agent, NonEvent);

        /// <summary>The mention names a party's act without its kind ('la décision de Orbis'): it is that party's act in the case.</summary>
        internal bool RefersToAct => Triggers.Count > 0 && Triggers[0].RefersToAct;

        /// <summary>The same mention telling the act it refers to, of that act's kind.</summary>
        internal EventMention As(EventKind kind, string? label) =>
            new EventMention(Source, Published, Evidence, Offset, kind, Triggers, Actors, Date, Tense, Coordinated, label, Agent, NonEvent);

        /// <summary>The same mention with its event-relative date resolved.</summary>
        internal EventMention WithDate(TemporalExpression date) =>
            new EventMention(Source, Published, Evidence, Offset, Kind, Triggers, Actors, date, Tense, Coordinated, Label, Agent, NonEvent);

        public override string ToString() => $"{Source} {Kind}{(Label != null ? " " + Label : string.Empty)} [{string.Join(", ", Actors)}] {Date?.Value?.Iso ?? "-"}: {Evidence}";
    }
}
