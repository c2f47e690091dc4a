using System.Collections.Generic;
using ParlerCase.Core.Cleaning;
using ParlerCase.Core.Dates;
using ParlerCase.Core.Metadata;

namespace ParlerCase.Core.Reading
{
    /// <summary>
    /// What a reader gets out of a file before cleaning: the text blocks in reading order (one paragraph,
    /// heading or line each) and whatever metadata the format itself carries.
    /// </summary>
    public sealed class RawArticle
    {
        public RawArticle(IReadOnlyList<string> blocks, string encoding)
        {
            Blocks = blocks;
            Encoding = encoding;
        }

        public IReadOnlyList<string> Blocks { get; }

        /// <summary>The character encoding the bytes were decoded from.</summary>
        public string Encoding { get; }

        public Sourced<string> Title { get; set; } = Sourced<string>.None;

        public Sourced<string> Author { get; set; } = Sourced<string>.None;

        public Sourced<string> Outlet { get; set; } = Sourced<string>.None;

        public Sourced<string> Url { get; set; } = Sourced<string>.None;

        public Sourced<string> Language { get; set; } = Sourced<string>.None;

        public Sourced<PartialDate> Published { get; set; } = Sourced<PartialDate>.None;

        public Sourced<PartialDate> Modified { get; set; } = Sourced<PartialDate>.None;

        /// <summary>
        /// The line of the file each block starts on, when blocks are not lines (a web page's paragraphs); null
        /// when block N is line N. Removed lines are reported by these.
        /// </summary>
        public IReadOnlyList<int>? BlockLines { get; set; }

        /// <summary>The file line of a 1-based block number.</summary>
        public int LineOf(int block) => BlockLines != null && block >= 1 && block <= BlockLines.Count ? BlockLines[block - 1] : block;

        /// <summary>What the reader met that the analyst should know (a declared charset the bytes contradict).</summary>
        public IList<string> Warnings { get; } = new List<string>();

        /// <summary>What the reader itself left out of the blocks (a web page's navigation, comments...), with the rule that did.</summary>
        public IList<RemovedLine> Removed { get; } = new List<RemovedLine>();
    }
}
