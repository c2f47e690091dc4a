namespace ParlerCase.Core.Events
{
    /// <summary>A word or phrase of a sentence that names an event, with the lexicon pattern that matched it.</summary>
    public sealed class EventTrigger
    {
        public EventTrigger(EventKind kind, string? label, int start, int end, string text, string pattern)
        {
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

        public override string ToString() => Label == null ? $"{Text} ({Kind})" : $"{Text} ({Kind} {Label})";
    }
}
