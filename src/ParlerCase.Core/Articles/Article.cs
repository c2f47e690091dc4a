using System.Collections.Generic;
using ParlerCase.Core.Cleaning;
using ParlerCase.Core.Dates;
using ParlerCase.Core.Documents;
using ParlerCase.Core.Metadata;

namespace ParlerCase.Core.Articles
{
    /// <summary>One news article of a case: its cleaned body as a <see cref="Document"/> and its metadata.</summary>
    public sealed class Article
    {
        public Article(
            string id,
            string path,
            Document body,
            Sourced<string> title,
            Sourced<string> outlet,
            Sourced<string> author,
            Sourced<string> url,
            Sourced<string> language,
            Sourced<PartialDate> published,
            IReadOnlyList<RemovedLine> removed,
            string encoding,
            Sourced<PartialDate>? modified = null,
            IReadOnlyList<string>? warnings = null)
        {
            Id = id;
            Path = path;
            Body = body;
            Title = title;
            Outlet = outlet;
            Author = author;
            Url = url;
            Language = language;
            Published = published;
            Removed = removed;
            Encoding = encoding;
            Modified = modified ?? Sourced<PartialDate>.None;
            Warnings = warnings ?? System.Array.Empty<string>();
        }

        /// <summary>
        /// The file's base name (for a page given as a string, one derived from its address): stable, and what
        /// every other output cites as its source.
        /// </summary>
        public string Id { get; }

        /// <summary>The file read; for a page given as a string, its address, or empty when it has none.</summary>
        public string Path { get; }

        public Document Body { get; }

        public Sourced<string> Title { get; }

        public Sourced<string> Outlet { get; }

        public Sourced<string> Author { get; }

        public Sourced<string> Url { get; }

        /// <summary>'fr' or 'en'.</summary>
        public Sourced<string> Language { get; }

        /// <summary>The publication date: the anchor relative dates resolve against.</summary>
        public Sourced<PartialDate> Published { get; }

        /// <summary>When the outlet last changed the article, kept apart from <see cref="Published"/>: an update is not a new report.</summary>
        public Sourced<PartialDate> Modified { get; }

        /// <summary>Lines taken out of the body (navigation, share buttons, bios...), with the rule that removed each.</summary>
        public IReadOnlyList<RemovedLine> Removed { get; }

        /// <summary>The character encoding the file was decoded from.</summary>
        public string Encoding { get; }

        /// <summary>What reading it met that the analyst should know: each is written as a warning.</summary>
        public IReadOnlyList<string> Warnings { get; }

        public override string ToString() => Id;
    }
}
