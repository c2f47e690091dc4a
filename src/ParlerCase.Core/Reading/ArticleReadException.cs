using System;

namespace ParlerCase.Core.Reading
{
    /// <summary>
    /// An article that gives no output: a file that is not a readable article, or one whose reading or analysis
    /// failed. The caller reports it, naming the article, and goes on with the others.
    /// </summary>
    public sealed class ArticleReadException : Exception
    {
        public ArticleReadException(ArticleErrorKind kind, string path, string message, Exception? inner = null)
            : base(message, inner)
        {
            Kind = kind;
            Path = path;
        }

        public ArticleErrorKind Kind { get; }

        public string Path { get; }
    }
}
