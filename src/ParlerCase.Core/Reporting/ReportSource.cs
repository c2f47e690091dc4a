using System.Collections.Generic;

namespace ParlerCase.Core.Reporting
{
    /// <summary>A source as the report lists it: what it is, and what Test-CaseSource found in it.</summary>
    public sealed class ReportSource
    {
        public ReportSource(string id, string title, string outlet, string published, string language, int words, string url, IReadOnlyList<ReportFinding> findings)
        {
            Id = id;
            Title = title;
            Outlet = outlet;
            Published = published;
            Language = language;
            Words = words;
            Url = url;
            Findings = findings;
        }

        public string Id { get; }

        public string Title { get; }

        public string Outlet { get; }

        /// <summary>ISO 8601 at its precision, or empty.</summary>
        public string Published { get; }

        public string Language { get; }

        public int Words { get; }

        public string Url { get; }

        public IReadOnlyList<ReportFinding> Findings { get; }
    }

    /// <summary>One check a source raised, with its evidence and rule.</summary>
    public sealed class ReportFinding
    {
        public ReportFinding(string check, bool isWarning, string message, string evidence, string rule)
        {
            Check = check;
            IsWarning = isWarning;
            Message = message;
            Evidence = evidence;
            Rule = rule;
        }

        public string Check { get; }

        public bool IsWarning { get; }

        public string Message { get; }

        public string Evidence { get; }

        public string Rule { get; }
    }
}
