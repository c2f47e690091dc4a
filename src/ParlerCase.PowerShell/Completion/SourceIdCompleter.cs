using System.Collections.Generic;
using System.Management.Automation;

namespace ParlerCase.Completion
{
    /// <summary>Completes the Ids of the sources in use: for Get-CaseSource -Id and any -Source filter.</summary>
    public sealed class SourceIdCompleter : CorpusCompleter
    {
        protected override string Command => "Get-CaseSource";

        protected override IEnumerable<string> ValuesOf(PSObject item) => Text(item, "Id");
    }
}
