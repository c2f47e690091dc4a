using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ParlerCase.Completion;

namespace ParlerCase.Commands
{
    /// <summary>Get-CaseSource: one object per article of the case, with its cleaned text and metadata.</summary>
    [Cmdlet(VerbsCommon.Get, "CaseSource", DefaultParameterSetName = PathSet)]
    [OutputType(typeof(CaseSource))]
    public sealed class GetCaseSourceCommand : ArticleCommandBase
    {
        private readonly HashSet<string> found = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
        private List<WildcardPattern>? idPatterns;

        /// <summary>Only the sources whose Id (the file's base name) matches; wildcards allowed.</summary>
        [Parameter]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(SourceIdCompleter))]
        public string[]? Id { get; set; }

        protected override void BeginProcessing() =>
            idPatterns = WildcardsOf(Id);

        protected override void ProcessRecord()
        {
            foreach (var article in ReadArticles())
            {
                if (idPatterns != null && !idPatterns.Any(p => p.IsMatch(article.Id)))
                {
                    continue;
                }

                found.Add(article.Id);
                WriteObject(new CaseSource(article));
            }
        }

        /// <summary>An Id asked for without wildcards that no article has is an error, as Get-Process -Name does.</summary>
        protected override void EndProcessing()
        {
            foreach (var id in (Id ?? Enumerable.Empty<string>()).Where(i => !WildcardPattern.ContainsWildcardCharacters(i) && !found.Contains(i)))
            {
                WriteError(ArticleErrors.Create(ArticleErrors.SourceNotFound, ErrorCategory.ObjectNotFound, $"No source has the Id '{id}'.", id));
            }
        }

        /// <summary>Files are skipped unread when no pattern can match their Id: their base name, or it with
        /// the suffix ('-2') it gets when another file took that name.</summary>
        protected override bool IsWanted(string file)
        {
            var name = System.IO.Path.GetFileNameWithoutExtension(file);
            return idPatterns == null || idPatterns.Any(p => p.IsMatch(name) || p.IsMatch(name + "-2"))
                || Id!.Any(id => id.StartsWith(name + "-", System.StringComparison.OrdinalIgnoreCase));
        }
    }
}
