namespace ParlerCase.Core.Temporal
{
    /// <summary>
    /// A date given relative to an event rather than a date ('au lendemain de la suspension', 'the day after the riot'):
    /// the noun phrase naming the event, and the offset from it. Events resolve it once the event is dated.
    /// </summary>
    public sealed class EventReference
    {
        public EventReference(string text, int offset, CalendarOffset shift)
        {
            Text = text;
            Offset = offset;
            Shift = shift;
        }

        /// <summary>The noun phrase naming the event, as written.</summary>
        public string Text { get; }

        /// <summary>Offset of the noun phrase in the document text.</summary>
        public int Offset { get; }

        public CalendarOffset Shift { get; }

        public override string ToString() => Shift + " from '" + Text + "'";
    }
}
