using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ParlerCase.Core.Comparison;

namespace ParlerCase
{
    /// <summary>
    /// One fact of Compare-Source: what it is, how its sources relate, and what each source that reports it says
    /// (<see cref="Mentions"/>), with plain text columns for Export-Csv. Its properties are the same whatever the
    /// number of sources, so the output grows with the mentions; one column per source is <see cref="WideFact"/>'s.
    /// </summary>
    public sealed class SourceFact
    {
        public const string TypeName = "ParlerCase.SourceFact";

        internal SourceFact(Fact fact)
        {
            Topic = fact.Topic;
            Kind = fact.Kind;
            Status = fact.Status;
            var sources = fact.Sources;
            SourceCount = sources.Count;
            Sources = string.Join("; ", sources);
            Mentions = new SourceFactMentionList(fact.Mentions.Select(m => new SourceFactMention(m)).ToList());
            MentionCount = Mentions.Count;
            Values = string.Join(" | ", fact.Mentions.Select(m => m.Value).Distinct(StringComparer.Ordinal));
            Evidence = EvidenceOf(fact.Mentions);
            Rule = fact.Rule;
        }

        /// <summary>What the fact is, in a few words.</summary>
        public string Topic { get; }

        public FactKind Kind { get; }

        /// <summary>Agree (two or more sources say the same), Conflict (they differ) or Single (one source only).</summary>
        public FactStatus Status { get; }

        public int SourceCount { get; }

        /// <summary>The Ids of the sources that report it, '; '-separated.</summary>
        public string Sources { get; }

        public int MentionCount { get; }

        /// <summary>The distinct things the sources say of it (a date, a quote and its speaker, an amount, a role), ' | '-separated.</summary>
        public string Values { get; }

        /// <summary>What each source says, one item per mention (ForEach-Object Mentions); as text, 'source: value' per mention.</summary>
        public SourceFactMentionList Mentions { get; }

        /// <summary>'source@offset: sentence' for each mention, one per line.</summary>
        public string Evidence { get; }

        /// <summary>How the mentions were grouped into one fact.</summary>
        public string Rule { get; }

        public override string ToString() => $"{Kind} {Status}: {Topic}";

        /// <summary>'source@offset: sentence' for each mention, one per line.</summary>
        internal static string EvidenceOf(IEnumerable<FactMention> mentions) =>
            string.Join("\n", mentions.Select(m => string.Format(CultureInfo.InvariantCulture, "{0}@{1}: {2}", m.Source, m.Offset, m.Evidence)));
    }
}
