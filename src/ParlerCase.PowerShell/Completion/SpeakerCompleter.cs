using System.Collections.Generic;
using System.Management.Automation;

namespace ParlerCase.Completion
{
    /// <summary>Completes the speakers of the corpus in use, for Get-Quote -Speaker.</summary>
    public sealed class SpeakerCompleter : CorpusCompleter
    {
        protected override string Command => "Get-Quote";

        protected override IEnumerable<string> ValuesOf(PSObject item) => Text(item, "Speaker");
    }
}
