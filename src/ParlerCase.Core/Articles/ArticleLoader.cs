using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ParlerCase.Core.Cleaning;
using ParlerCase.Core.Dates;
using ParlerCase.Core.Documents;
using ParlerCase.Core.Languages;
using ParlerCase.Core.Metadata;
using ParlerCase.Core.Reading;
using ParlerCase.Core.Reading.Html;

namespace ParlerCase.Core.Articles
{
    /// <summary>
    /// Reads article files into <see cref="Article"/>s: decode, take off headers and furniture, find the
    /// headline, split paragraphs and sentences, and merge metadata from the folder's metadata file (which wins),
    /// the file itself, and inference from the text. One loader serves one pipeline; it caches each folder's
    /// metadata file.
    /// </summary>
    public sealed class ArticleLoader
    {
        /// <summary>A news article is a few thousand words; a bigger file is something else.</summary>
        public const long MaxBytes = 10L * 1024 * 1024;

        private static readonly HtmlReader HtmlReader = new HtmlReader();

        private readonly ArticleReaders readers;
        private readonly Dictionary<string, MetadataFile> metadataByFolder = new Dictionary<string, MetadataFile>(StringComparer.Ordinal);
        private readonly Dictionary<string, string> idOwners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        public ArticleLoader(ArticleReaders? readers = null)
        {
            this.readers = readers ?? ArticleReaders.Default;
        }

        public ArticleReaders Readers => readers;

        /// <summary>The metadata file of a folder, read once; it has the articles' size limit.</summary>
        public MetadataFile MetadataFor(string folder)
        {
            folder = Path.GetFullPath(folder);
            if (!metadataByFolder.TryGetValue(folder, out var file))
            {
                file = MetadataFile.ForFolder(folder, MaxBytes);
                metadataByFolder[folder] = file;
            }

            return file;
        }

        /// <summary>Reads one article file; throws <see cref="ArticleReadException"/> when it is not one.</summary>
        public Article Load(string path)
        {
            var reader = readers.For(path);
            byte[] content;
            try
            {
                var info = new FileInfo(path);
                if (info.Length > MaxBytes)
                {
                    throw new ArticleReadException(ArticleErrorKind.FileTooLarge, path, $"'{path}' is {info.Length / (1024 * 1024)} MB; articles over {MaxBytes / (1024 * 1024)} MB are not read.");
                }

                content = File.ReadAllBytes(path);
            }
            catch (IOException e)
            {
                throw new ArticleReadException(ArticleErrorKind.ReadFailed, path, $"'{path}' could not be read: {e.Message}", e);
            }
            catch (UnauthorizedAccessException e)
            {
                throw new ArticleReadException(ArticleErrorKind.ReadFailed, path, $"'{path}' could not be read: {e.Message}", e);
            }

            if (content.Length == 0)
            {
                throw new ArticleReadException(ArticleErrorKind.EmptyFile, path, $"'{path}' is empty.");
            }

            var fullPath = Path.GetFullPath(path);
            var folder = Path.GetDirectoryName(fullPath) ?? ".";
            return Build(reader.Read(content, path), path, MetadataFor(folder).For(path), UniqueId(Path.GetFileNameWithoutExtension(path), fullPath));
        }

        /// <summary>
        /// Reads a web page given as a string (an Invoke-WebRequest response's Content, say): the same limits and
        /// cleaning as a file; text with no markup is read as plain text. Its <paramref name="address"/>, when known, becomes its Url and the basis of its Id;
        /// failing that its canonical link, failing that its text. The module never fetches it.
        /// </summary>
        public Article LoadPage(string html, Uri? address)
        {
            var source = address?.AbsoluteUri ?? "HTML page";
            if (html.Length > MaxBytes || Encoding.UTF8.GetByteCount(html) > MaxBytes)
            {
                throw new ArticleReadException(ArticleErrorKind.FileTooLarge, source, $"The page '{source}' is {Encoding.UTF8.GetByteCount(html) / (1024 * 1024)} MB; articles over {MaxBytes / (1024 * 1024)} MB are not read.");
            }

            if (string.IsNullOrWhiteSpace(html))
            {
                throw new ArticleReadException(ArticleErrorKind.EmptyFile, source, $"The page '{source}' is empty.");
            }

            // A response can be a plain-text article: read as HTML its line breaks would collapse into one paragraph.
            var raw = HtmlReader.IsMarkup(html)
                ? HtmlReader.Read(html, HtmlReader.StringEncoding, source, address)
                : new RawArticle(TextNormalizer.Lines(html), HtmlReader.StringEncoding);
            if (address != null)
            {
                raw.Url = new Sourced<string>(address.AbsoluteUri, MetadataOrigin.Page, "the address given with the page");
            }

            var id = PageId.From(raw.Url.HasValue ? raw.Url.Value : null, html);
            return Build(raw, address?.AbsoluteUri ?? string.Empty, entry: null, UniqueId(id, id));
        }

        /// <summary>
        /// Ids name the sources in every output and key the comparison, so they are unique within a loader: a file
        /// whose base name another file took already ('a.txt' and 'a.html', or 'sub/a.txt' with -Recurse) gets
        /// 'a-2', then 'a-3'. The same owner (a file's full path, a page's own Id) always gets the same Id back.
        /// </summary>
        private string UniqueId(string id, string owner)
        {
            for (var n = 1; ; n++)
            {
                var candidate = n == 1 ? id : id + "-" + n.ToString(CultureInfo.InvariantCulture);
                if (!idOwners.TryGetValue(candidate, out var existing))
                {
                    idOwners[candidate] = owner;
                    return candidate;
                }

                if (existing == owner)
                {
                    return candidate;
                }
            }
        }

        /// <summary>
        /// Builds an article from what a reader got out of a file (or a page given as a string). The Id is the
        /// file's base name unless one is given.
        /// </summary>
        public static Article Build(RawArticle raw, string path, MetadataEntry? entry, string? id = null)
        {
            var (lines, headers) = HeaderFields.TakeTextHeader(raw);
            var cleaned = ClutterFilter.Apply(lines);
            var removed = headers.Concat(cleaned.Removed).ToList();
            var body = cleaned.Body.ToList();

            var title = Sourced<string>.None;
            var headline = Headline.Find(body, removed);
            if (headline != null)
            {
                var (index, text) = headline.Value;
                removed.Add(new RemovedLine(body[index].LineNumber, body[index].Text, "headline"));
                title = new Sourced<string>(text, MetadataOrigin.Inferred, "headline: first line of the text");
                body.RemoveAt(index);
            }

            var paragraphs = ParagraphAssembler.Join(body);
            if (paragraphs.Count == 0)
            {
                throw new ArticleReadException(ArticleErrorKind.NoArticleText, path, $"'{(path.Length > 0 ? path : id)}' has no article text once page furniture is taken off ({removed.Count} lines removed).");
            }

            var language = FromEntry(entry?.Language is { } l ? LanguageDetector.Normalize(l) : null, entry)
                .Or(raw.Language.HasValue && LanguageDetector.Normalize(raw.Language.Value) is { } pageLanguage
                    ? new Sourced<string>(pageLanguage, raw.Language.Origin, raw.Language.Evidence)
                    : Sourced<string>.None)
                .Or(LanguageDetector.Detect(paragraphs));

            var published = entry?.Published is { } date
                ? new Sourced<PartialDate>(date, MetadataOrigin.MetadataFile, entry.Evidence)
                : raw.Published;

            removed = removed.Select(r => new RemovedLine(raw.LineOf(r.LineNumber), r.Text, r.Rule)).Concat(raw.Removed).ToList();
            removed.Sort((a, b) => a.LineNumber.CompareTo(b.LineNumber));
            return new Article(
                id: id ?? Path.GetFileNameWithoutExtension(path),
                path: path,
                body: Document.FromParagraphs(paragraphs, language.HasValue ? language.Value : LanguageData.English),
                title: FromEntry(entry?.Title, entry).Or(raw.Title).Or(title),
                outlet: FromEntry(entry?.Outlet, entry).Or(raw.Outlet),
                author: FromEntry(entry?.Author, entry).Or(raw.Author).Or(cleaned.Byline),
                url: FromEntry(entry?.Url, entry).Or(raw.Url),
                language: language,
                published: published,
                removed: removed,
                encoding: raw.Encoding,
                modified: raw.Modified,
                warnings: raw.Warnings.ToList());
        }

        private static Sourced<string> FromEntry(string? value, MetadataEntry? entry) =>
            value != null && entry != null ? new Sourced<string>(value, MetadataOrigin.MetadataFile, entry.Evidence) : Sourced<string>.None;
    }
}
