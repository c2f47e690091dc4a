using System.Collections.Generic;

namespace ParlerCase.Core.Quotes
{
    /// <summary>A stretch of a document between quotation marks, possibly over several paragraphs.</summary>
    internal sealed class QuoteSpan
    {
        public QuoteSpan(int open, int contentStart, int contentEnd, int close, bool nested, IReadOnlyList<int> reopenings, string? note)
        {
            Open = open;
            ContentStart = contentStart;
            ContentEnd = contentEnd;
            Close = close;
            Nested = nested;
            Reopenings = reopenings;
            Note = note;
        }

        /// <summary>Offset of the opening mark.</summary>
        public int Open { get; }

        public int ContentStart { get; }

        /// <summary>End (exclusive) of the quoted words.</summary>
        public int ContentEnd { get; }

        /// <summary>End (exclusive) of the closing mark, or of the recovered text when the mark is missing.</summary>
        public int Close { get; }

        /// <summary>Inside another quotation: part of that one, not a quotation of its own.</summary>
        public bool Nested { get; }

        /// <summary>Offsets of the marks that reopen the quotation at each new paragraph.</summary>
        public IReadOnlyList<int> Reopenings { get; }

        /// <summary>How an unbalanced mark was recovered, or null.</summary>
        public string? Note { get; }

        public bool Contains(int offset) => offset >= Open && offset < Close;
    }
}
