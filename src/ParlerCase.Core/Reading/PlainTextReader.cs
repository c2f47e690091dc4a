using System.Collections.Generic;

namespace ParlerCase.Core.Reading
{
    /// <summary>Plain text: one block per line, blank lines kept as empty blocks so paragraph breaks survive.</summary>
    public sealed class PlainTextReader : IArticleReader
    {
        public IReadOnlyCollection<string> Extensions { get; } = new[] { ".txt", ".text" };

        public RawArticle Read(byte[] content, string path)
        {
            var (text, encoding) = TextDecoder.Decode(content, path);
            return new RawArticle(TextNormalizer.Lines(text), encoding);
        }
    }
}
