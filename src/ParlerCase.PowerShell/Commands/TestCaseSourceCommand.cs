using System.Linq;
using System.Management.Automation;
using ParlerCase.Core.Articles;
using ParlerCase.Core.Checks;

namespace ParlerCase.Commands
{
    /// <summary>Test-CaseSource: for each source, what should make an analyst careful with it, with the evidence.</summary>
    [Cmdlet(VerbsDiagnostic.Test, "CaseSource", DefaultParameterSetName = PathSet)]
    [OutputType(typeof(SourceFinding))]
    public sealed class TestCaseSourceCommand : CaseSourceCommandBase
    {
        /// <summary>Only these checks.</summary>
        [Parameter]
        public CheckKind[]? Check { get; set; }

        /// <summary>Only findings of this severity or worse.</summary>
        [Parameter]
        public Severity MinimumSeverity { get; set; } = Severity.Info;

        protected override void ProcessArticle(Article article)
        {
            var findings = Analyse(article, () => SourceChecks.Run(article).ToList());
            if (findings == null)
            {
                return;
            }

            WriteVerbose($"{article.Id}: {findings.Count} findings; rules: " + string.Join(", ", findings.GroupBy(f => f.Rule).Select(g => $"{g.Key} x{g.Count()}")) + ".");
            foreach (var finding in findings)
            {
                if ((Check == null || Check.Contains(finding.Check)) && finding.Severity >= MinimumSeverity)
                {
                    WriteObject(new SourceFinding(article.Id, finding));
                }
            }
        }
    }
}
