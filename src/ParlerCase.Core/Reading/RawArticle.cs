using System.Collections.Generic;
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
    }
}
