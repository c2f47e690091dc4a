using System.Collections.Generic;
using System.Linq;

namespace ParlerCase.Core.Comparison
{
    /// <summary>One fact of the story across the sources that report it.</summary>
    public sealed class Fact
    {
        public Fact(string topic, FactKind kind, FactStatus status, IReadOnlyList<FactMention> mentions, string rule)
        {
            Topic = topic;
            Kind = kind;
            Status = status;
            Mentions = mentions;
            Rule = rule;
        }

        /// <summary>What the fact is, in a few words.</summary>
        public string Topic { get; }

        public FactKind Kind { get; }

        public FactStatus Status { get; }

        /// <summary>What each source says, one or more per source, in source order.</summary>
        public IReadOnlyList<FactMention> Mentions { get; }

        /// <summary>How the mentions were grouped into one fact.</summary>
        public string Rule { get; }

        /// <summary>The Ids of the sources that report it, in order.</summary>
        public IReadOnlyList<string> Sources => Mentions.Select(m => m.Source).Distinct().ToList();

        /// <summary>Single for one source; for several, Agree or Conflict as their values agree.</summary>
        internal static FactStatus StatusOf(IReadOnlyList<FactMention> mentions, bool valuesAgree) =>
            mentions.Select(m => m.Source).Distinct().Count() < 2 ? FactStatus.Single : valuesAgree ? FactStatus.Agree : FactStatus.Conflict;

        public override string ToString() => $"{Kind} {Status}: {Topic}";
    }
}
