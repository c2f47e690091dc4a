namespace ParlerCase.Core.Events
{
    /// <summary>A word or phrase of a sentence that names an event, with the lexicon pattern that matched it.</summary>
    public sealed class EventTrigger
    {
        public EventTrigger(EventKind kind, string? label, int start, int end, string text, string pattern, bool refersToAct = false)
        {
            RefersToAct = refersToAct;
            Kind = kind;
            Label = label;
            Start = start;
            End = end;
            Text = text;
            Pattern = pattern;
        }

        public EventKind Kind { get; }

        /// <summary>What was done, in English whatever the language ('removed', 'denied'); null when the kind says it all.</summary>
        public string? Label { get; }

        /// <summary>Offset in the document text.</summary>
        public int Start { get; }

        public int End { get; }

        public string Text { get; }

        /// <summary>The lexicon line that matched ('supprim* = Action removed @store').</summary>
        public string Pattern { get; }

        /// <summary>
        /// The trigger names a party's act without its kind ('la décision de Orbis', 'Orbis's move'): the mention is
        /// that party's act in the case, and takes its kind when the timeline is merged.
        /// </summary>
        public bool RefersToAct { get; }

        public override string ToString() => Label == null ? $"{Text} ({Kind})" : $"{Text} ({Kind} {Label})";
    }
}
