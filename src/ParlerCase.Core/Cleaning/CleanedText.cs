using System.Collections.Generic;
using ParlerCase.Core.Metadata;

namespace ParlerCase.Core.Cleaning
{
    /// <summary>The lines of an article split into body and furniture.</summary>
    public sealed class CleanedText
    {
        public CleanedText(IReadOnlyList<(int LineNumber, string Text)> body, IReadOnlyList<RemovedLine> removed, Sourced<string> byline)
        {
            Body = body;
            Removed = removed;
            Byline = byline;
        }

        /// <summary>Body lines with their 1-based line (block) numbers; empty strings mark paragraph breaks.</summary>
        public IReadOnlyList<(int LineNumber, string Text)> Body { get; }

        public IReadOnlyList<RemovedLine> Removed { get; }

        /// <summary>The author a byline or author bio names, if one was removed.</summary>
        public Sourced<string> Byline { get; }
    }
}
