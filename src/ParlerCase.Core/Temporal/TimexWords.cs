using System;

namespace ParlerCase.Core.Temporal
{
    /// <summary>The kinds of words the TimeML layer looks for: each of its patterns runs only where its words are.</summary>
    [Flags]
    internal enum TimexWords
    {
        None = 0,
        Digit = 1,
        NamedTime = 2,
        DayPart = 4,
        Unit = 8,
        Every = 16,
        SetWord = 32,
        Reference = 64,
        Month = 128,
        Season = 256,
        Weekend = 512,
        Century = 1024,
    }
}
