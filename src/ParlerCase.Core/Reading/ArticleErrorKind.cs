namespace ParlerCase.Core.Reading
{
    /// <summary>Why an article gives no output. Each maps to one stable PowerShell ErrorId.</summary>
    public enum ArticleErrorKind
    {
        EmptyFile,
        BinaryFile,
        FileTooLarge,
        UndecodableText,
        UnsupportedFormat,
        NoArticleText,
        ReadFailed,

        /// <summary>Reading the article met a defect of the module (an unexpected exception); the other articles go on.</summary>
        ArticleFailed,

        /// <summary>Analysing the article (dates, events, quotes, checks, comparison) met a defect of the module.</summary>
        AnalysisFailed,

        /// <summary>A rule's pattern ran out of time on the article's text where the rule could not skip the sentence alone.</summary>
        RuleTimedOut,
    }
}
