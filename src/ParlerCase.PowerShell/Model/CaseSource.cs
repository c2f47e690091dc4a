using System;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using ParlerCase.Core.Articles;
using ParlerCase.Core.Dates;
using ParlerCase.Core.Metadata;

namespace ParlerCase
{
    /// <summary>
    /// One article of the case, as Get-CaseSource writes it. Every property is a plain value, so Export-Csv
    /// writes readable columns; each '...From' says where the value beside it came from.
    /// </summary>
    public sealed class CaseSource
    {
        internal CaseSource(Article article)
        {
            Article = article;
            Id = article.Id;
            Title = ValueOf(article.Title);
            TitleFrom = article.Title.Origin;
            Outlet = ValueOf(article.Outlet);
            OutletFrom = article.Outlet.Origin;
            Author = ValueOf(article.Author);
            AuthorFrom = article.Author.Origin;
            Url = ValueOf(article.Url);
            Language = ValueOf(article.Language);
            LanguageFrom = article.Language.Origin;
            if (article.Published.HasValue)
            {
                Published = article.Published.Value.Date;
                PublishedIso = article.Published.Value.Iso;
                PublishedPrecision = article.Published.Value.Precision;
            }

            PublishedFrom = article.Published.Origin;
            PublishedEvidence = article.Published.Evidence ?? string.Empty;
            if (article.Modified.HasValue)
            {
                Modified = article.Modified.Value.Date;
                ModifiedIso = article.Modified.Value.Iso;
            }

            ModifiedFrom = article.Modified.Origin;
            WordCount = Core.Documents.WordCount.Of(article.Body.Text);
            ParagraphCount = article.Body.Paragraphs.Count;
            SentenceCount = article.Body.Sentences.Count;
            RemovedCount = article.Removed.Count;
            Removed = string.Join("; ", article.Removed.Select(r => string.Format(CultureInfo.InvariantCulture, "line {0} [{1}] {2}", r.LineNumber, r.Rule, r.Text)));
            Encoding = article.Encoding;
            Path = article.Path;
            Text = article.Body.Text;
        }

        /// <summary>The file's base name ('-2' added when another file of the call has it); every other output cites sources by it.</summary>
        public string Id { get; }

        public string Title { get; }

        public MetadataOrigin TitleFrom { get; }

        public string Outlet { get; }

        public MetadataOrigin OutletFrom { get; }

        public string Author { get; }

        public MetadataOrigin AuthorFrom { get; }

        public string Url { get; }

        /// <summary>'fr' or 'en'.</summary>
        public string Language { get; }

        public MetadataOrigin LanguageFrom { get; }

        /// <summary>
        /// The publication date (the first day of the month or year when only that is known), to sort and compare
        /// with dates. Hidden: Export-Csv and Format-List * write PublishedIso, which does not depend on the culture.
        /// </summary>
        [Hidden]
        public DateTime? Published { get; }

        /// <summary>The publication date in ISO 8601 at its precision: '2021-01-12', '2021-03'.</summary>
        public string? PublishedIso { get; }

        public DatePrecision? PublishedPrecision { get; }

        public MetadataOrigin PublishedFrom { get; }

        /// <summary>What the date was read from: 'metadata.csv line 3', a header line, a meta tag.</summary>
        public string PublishedEvidence { get; }

        /// <summary>When the outlet last updated the article, as its page says; never taken for the publication date. Hidden as Published is.</summary>
        [Hidden]
        public DateTime? Modified { get; }

        /// <summary>The modification date in ISO 8601 at its precision.</summary>
        public string? ModifiedIso { get; }

        public MetadataOrigin ModifiedFrom { get; }

        public int WordCount { get; }

        public int ParagraphCount { get; }

        public int SentenceCount { get; }

        /// <summary>How many lines were taken out of the body as page furniture.</summary>
        public int RemovedCount { get; }

        /// <summary>Each removed line with its line number and the rule that removed it.</summary>
        public string Removed { get; }

        public string Encoding { get; }

        public string Path { get; }

        /// <summary>The cleaned body; offsets in every other output point into it.</summary>
        public string Text { get; }

        /// <summary>The parsed article, for the cmdlets this object is piped into.</summary>
        internal Article Article { get; }

        public override string ToString() => Id;

        private static string ValueOf(Sourced<string> value) => value.HasValue ? value.Value : string.Empty;
    }
}
