using ParlerCase.Core.Dates;

namespace ParlerCase.Core.Metadata
{
    /// <summary>One row of a metadata file: what an analyst knows about one article. Every field is optional.</summary>
    public sealed class MetadataEntry
    {
        public MetadataEntry(string file, PartialDate? published, string? outlet, string? url, string? title, string? author, string? language, string evidence)
        {
            File = file;
            Published = published;
            Outlet = outlet;
            Url = url;
            Title = title;
            Author = author;
            Language = language;
            Evidence = evidence;
        }

        public string File { get; }

        public PartialDate? Published { get; }

        public string? Outlet { get; }

        public string? Url { get; }

        public string? Title { get; }

        public string? Author { get; }

        public string? Language { get; }

        /// <summary>'metadata.csv line N', cited as the origin of each value.</summary>
        public string Evidence { get; }
    }
}
