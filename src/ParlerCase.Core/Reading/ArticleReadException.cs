using System;

namespace ParlerCase.Core.Reading
{
    /// <summary>A file that is not a readable article; the caller reports it and goes on with the others.</summary>
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
