using System;
using System.Collections.Generic;
using System.Text;

namespace ParlerCase.Core.Reading.Html
{
    /// <summary>
    /// The blocks Readability kept, to tell which of the page's blocks it dropped. A page block it split in two
    /// (paragraphs set apart by &lt;br&gt;&lt;br&gt;) is kept too: it is the run of kept blocks it starts with,
    /// joined. Linear in the page's text: an 8 MB page has tens of thousands of blocks.
    /// </summary>
    internal sealed class KeptBlocks
    {
        private const int PrefixLength = 40;

        private readonly IReadOnlyList<string> blocks;
        private readonly HashSet<string> exact;
        private readonly Dictionary<string, int> firstByPrefix = new Dictionary<string, int>(StringComparer.Ordinal);

        public KeptBlocks(IReadOnlyList<string> blocks)
        {
            this.blocks = blocks;
            exact = new HashSet<string>(blocks, StringComparer.Ordinal);
            for (var i = 0; i < blocks.Count; i++)
            {
                var prefix = Prefix(blocks[i]);
                if (!firstByPrefix.ContainsKey(prefix))
                {
                    firstByPrefix[prefix] = i;
                }
            }
        }

        public bool Contains(string pageBlock)
        {
            if (exact.Contains(pageBlock))
            {
                return true;
            }

            if (!firstByPrefix.TryGetValue(Prefix(pageBlock), out var first))
            {
                return false;
            }

            var joined = new StringBuilder(pageBlock.Length);
            for (var i = first; i < blocks.Count && joined.Length < pageBlock.Length; i++)
            {
                joined.Append(joined.Length > 0 ? " " : string.Empty).Append(blocks[i]);
            }

            return joined.ToString() == pageBlock;
        }

        private static string Prefix(string block) => block.Length <= PrefixLength ? block : block.Substring(0, PrefixLength);
    }
}
