using System.Collections.Generic;
using System.Linq;

namespace ParlerCase.Core.Reporting
{
    /// <summary>How sources that report a fact relate, as the comparison table shows it.</summary>
    public enum ReportStatus
    {
        Conflict,
        Agree,
        Single,
    }

    /// <summary>A fact of the story against the sources: what each says of it.</summary>
    public sealed class ReportFact
    {
        public ReportFact(string topic, string kind, ReportStatus status, string rule, IReadOnlyList<ReportClaim> claims)
        {
            Topic = topic;
            Kind = kind;
            Status = status;
            Rule = rule;
            Claims = claims;
        }

        public string Topic { get; }

        public string Kind { get; }

        public ReportStatus Status { get; }

        public string Rule { get; }

        public IReadOnlyList<ReportClaim> Claims { get; }

        public IReadOnlyList<string> Sources => Claims.Select(c => c.Source).Distinct().ToList();
    }

    /// <summary>What one source says of a fact, and the sentence it says it in.</summary>
    public sealed class ReportClaim
    {
        public ReportClaim(string source, string value, string evidence)
        {
            Source = source;
            Value = value;
            Evidence = evidence;
        }

        public string Source { get; }

        public string Value { get; }

        public string Evidence { get; }
    }
}
