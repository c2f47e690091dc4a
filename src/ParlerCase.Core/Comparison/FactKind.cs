namespace ParlerCase.Core.Comparison
{
    /// <summary>What a compared fact is about.</summary>
    public enum FactKind
    {
        /// <summary>A case event and the date each source gives it.</summary>
        Event,

        /// <summary>A statement or quoted text, and whom each source attributes it to.</summary>
        Quote,

        /// <summary>A quantity and what it counts.</summary>
        Number,

        /// <summary>A person's or organisation's role, or who fills one slot of an event.</summary>
        Actor,
    }
}
