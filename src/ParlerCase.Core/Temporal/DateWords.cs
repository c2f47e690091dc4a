using System;

namespace ParlerCase.Core.Temporal
{
    /// <summary>The kinds of date words a sentence holds: each family of patterns runs only where its words are.</summary>
    [Flags]
    internal enum DateWords
    {
        None = 0,
        Digit = 1,
        Month = 2,
        Weekday = 4,
        Unit = 8,
        RelativeDay = 16,
        RelativePeriod = 32,
        Holiday = 64,
    }
}
