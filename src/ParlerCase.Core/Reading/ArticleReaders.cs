using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ParlerCase.Core.Reading.Html;

namespace ParlerCase.Core.Reading
{
    /// <summary>The readers in use, chosen by file extension.</summary>
    public sealed class ArticleReaders
    {
        private readonly Dictionary<string, IArticleReader> byExtension;

        public ArticleReaders(IEnumerable<IArticleReader> readers)
        {
            byExtension = new Dictionary<string, IArticleReader>(StringComparer.OrdinalIgnoreCase);
            foreach (var reader in readers)
            {
                foreach (var extension in reader.Extensions)
                {
                    byExtension[extension] = reader;
                }
            }
        }

        /// <summary>Plain text, Markdown and HTML.</summary>
        public static ArticleReaders Default { get; } = new ArticleReaders(new IArticleReader[] { new PlainTextReader(), new MarkdownReader(), new HtmlReader() });

        public IEnumerable<string> Extensions => byExtension.Keys.OrderBy(e => e, StringComparer.Ordinal);

        public bool CanRead(string path) => byExtension.ContainsKey(Path.GetExtension(path));

        public IArticleReader For(string path) =>
            byExtension.TryGetValue(Path.GetExtension(path), out var reader)
                ? reader
                : throw new ArticleReadException(ArticleErrorKind.UnsupportedFormat, path, $"'{Path.GetFileName(path)}' is not an article format the module reads ({string.Join(", ", Extensions)}).");
    }
}
