using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace ParlerCase.Completion
{
    /// <summary>Completes the actors of the corpus in use, for Get-CaseEvent -Actor.</summary>
    public sealed class ActorCompleter : CorpusCompleter
    {
        private static readonly string[] Separator = { "; " };

        protected override string Command => "Get-CaseEvent";

        protected override IEnumerable<string> ValuesOf(PSObject item) =>
            Text(item, "Actors").SelectMany(actors => actors.Split(Separator, StringSplitOptions.RemoveEmptyEntries));
    }
}
