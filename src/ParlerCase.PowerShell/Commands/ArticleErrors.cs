using System;
using System.Management.Automation;
using ParlerCase.Core.Reading;

namespace ParlerCase.Commands
{
    /// <summary>The module's stable ErrorIds and their categories: scripts may match on them.</summary>
    internal static class ArticleErrors
    {
        public const string PathNotFound = "PathNotFound";
        public const string NoArticlesInFolder = "NoArticlesInFolder";
        public const string NotFileSystemPath = "NotFileSystemPath";
        public const string FolderNotReadable = "FolderNotReadable";
        public const string SourceNotFound = "SourceNotFound";
        public const string DuplicateSourceId = "DuplicateSourceId";

        public static ErrorRecord From(ArticleReadException e) =>
            new ErrorRecord(e, e.Kind.ToString(), CategoryOf(e.Kind), e.Path);

        public static ErrorRecord Create(string errorId, ErrorCategory category, string message, object target, Exception? inner = null) =>
            new ErrorRecord(new InvalidOperationException(message, inner), errorId, category, target);

        private static ErrorCategory CategoryOf(ArticleErrorKind kind) => kind switch
        {
            ArticleErrorKind.FileTooLarge => ErrorCategory.LimitsExceeded,
            ArticleErrorKind.UnsupportedFormat => ErrorCategory.InvalidArgument,
            ArticleErrorKind.ReadFailed => ErrorCategory.ReadError,
            ArticleErrorKind.ArticleFailed or ArticleErrorKind.AnalysisFailed => ErrorCategory.NotSpecified,
            ArticleErrorKind.RuleTimedOut => ErrorCategory.OperationTimeout,
            _ => ErrorCategory.InvalidData,
        };
    }
}
