namespace ParlerCase.Core.Reading
{
    /// <summary>Why a file could not be read as an article. Each maps to one stable PowerShell ErrorId.</summary>
    public enum ArticleErrorKind
    {
        EmptyFile,
        BinaryFile,
        FileTooLarge,
        UndecodableText,
        UnsupportedFormat,
        NoArticleText,
        ReadFailed,
    }
}
