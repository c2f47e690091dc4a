using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using ParlerCase.Core.Comparison;

namespace ParlerCase
{
    /// <summary>What one source says of a fact of Compare-Source (Compare-Source | ForEach-Object Mentions), and where.</summary>
    public sealed class SourceFactMention
    {
        internal SourceFactMention(FactMention mention)
        {
            Source = mention.Source;
            Value = mention.Value;
            Offset = mention.Offset;
            Evidence = mention.Evidence;
        }

        /// <summary>The article Id.</summary>
        public string Source { get; }

        /// <summary>What the source says: the date it gives, the words it quotes and whom it credits, the amount, the role.</summary>
        public string Value { get; }

        /// <summary>Offset of the mention in the source's Text.</summary>
        public int Offset { get; }

        /// <summary>The sentence it says it in.</summary>
        public string Evidence { get; }

        public override string ToString() => $"{Source}: {Value}";
    }

    /// <summary>
    /// A fact's mentions: a list to pipeline (ForEach-Object Mentions) that writes itself as one line of text,
    /// which is what Export-Csv prints for it.
    /// </summary>
    public sealed class SourceFactMentionList : ReadOnlyCollection<SourceFactMention>
    {
        internal SourceFactMentionList(IList<SourceFactMention> mentions)
            : base(mentions)
        {
        }

        /// <summary>'source: value' for each mention, separated by ' | '.</summary>
        public override string ToString() => string.Join(" | ", this.Select(m => m.ToString()));
    }
}
