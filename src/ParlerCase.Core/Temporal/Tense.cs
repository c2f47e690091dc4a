namespace ParlerCase.Core.Temporal
{
    /// <summary>The tense of the verb that governs a date: it decides whether a bare weekday is before or after the anchor.</summary>
    public enum Tense
    {
        Unknown,
        Past,
        Future,
    }
}
