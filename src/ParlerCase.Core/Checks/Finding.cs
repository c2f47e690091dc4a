namespace ParlerCase.Core.Checks
{
    /// <summary>One thing a check found in a source, with its evidence.</summary>
    public sealed class Finding
    {
        public Finding(CheckKind check, Severity severity, string message, string evidence, int? offset, string rule)
        {
            Check = check;
            Severity = severity;
            Message = message;
            Evidence = evidence;
            Offset = offset;
            Rule = rule;
        }

        public CheckKind Check { get; }

        public Severity Severity { get; }

        /// <summary>What was found, in words.</summary>
        public string Message { get; }

        /// <summary>The text it was found in (a sentence, a removed line, the metadata origin).</summary>
        public string Evidence { get; }

        /// <summary>Offset in the source's text, when the finding is in the body.</summary>
        public int? Offset { get; }

        /// <summary>The named rule that found it.</summary>
        public string Rule { get; }

        public override string ToString() => $"{Check}: {Message}";
    }
}
