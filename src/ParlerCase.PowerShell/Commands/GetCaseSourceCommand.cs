using System.Management.Automation;

namespace ParlerCase.Commands
{
    /// <summary>Get-CaseSource: one object per article of the case, with its cleaned text and metadata.</summary>
    [Cmdlet(VerbsCommon.Get, "CaseSource", DefaultParameterSetName = PathSet)]
    [OutputType(typeof(CaseSource))]
    public sealed class GetCaseSourceCommand : ArticleCommandBase
    {
        protected override void ProcessRecord()
        {
            foreach (var article in ReadArticles())
            {
                WriteObject(new CaseSource(article));
            }
        }
    }
}
