using ParlerCase.Core.Checks;

namespace ParlerCase
{
    /// <summary>One finding of Test-CaseSource: what in a source should make an analyst careful, with its evidence.</summary>
    public sealed class SourceFinding
    {
        internal SourceFinding(string source, Finding finding)
        {
            Source = source;
            Check = finding.Check;
            Severity = finding.Severity;
            Message = finding.Message;
            Evidence = finding.Evidence;
            Offset = finding.Offset;
            Rule = finding.Rule;
        }

        /// <summary>The article Id.</summary>
        public string Source { get; }

        public CheckKind Check { get; }

        public Severity Severity { get; }

        public string Message { get; }

        /// <summary>The sentence, line or metadata the finding is about.</summary>
        public string Evidence { get; }

        /// <summary>Offset in the source's Text, when the finding is in the body.</summary>
        public int? Offset { get; }

        /// <summary>The named rule that found it.</summary>
        public string Rule { get; }

        public override string ToString() => $"{Source} {Check}: {Message}";
    }
}
