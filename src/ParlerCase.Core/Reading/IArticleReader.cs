using System.Collections.Generic;

namespace ParlerCase.Core.Reading
{
    /// <summary>
    /// One file format the module reads. A new format (HTML, say) plugs in by implementing this and being
    /// added to <see cref="ArticleReaders.Default"/>.
    /// </summary>
    public interface IArticleReader
    {
        /// <summary>File extensions this reader takes, with the dot ('.txt').</summary>
        IReadOnlyCollection<string> Extensions { get; }

        /// <summary>Turns a file's bytes into text blocks; throws <see cref="ArticleReadException"/> for bad input.</summary>
        RawArticle Read(byte[] content, string path);
    }
}
