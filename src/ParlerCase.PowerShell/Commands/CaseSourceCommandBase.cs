using System.Collections.Generic;
using System.Management.Automation;
using ParlerCase.Core.Articles;

namespace ParlerCase.Commands
{
    /// <summary>
    /// Base of the cmdlets that analyse a corpus (Get-CaseEvent, Get-Quote...): they take sources piped from
    /// Get-CaseSource, or -Path / -LiteralPath like it, or the bundled corpus. Each article is handed to
    /// <see cref="ProcessArticle"/> as it arrives (so output can stream), then the whole corpus to
    /// <see cref="EndCorpus"/> for work that needs every source at once.
    /// </summary>
    public abstract class CaseSourceCommandBase : ArticleCommandBase
    {
        protected const string InputObjectSet = "InputObject";

        private readonly List<Article> articles = new List<Article>();

        /// <summary>Sources from Get-CaseSource.</summary>
        [Parameter(ParameterSetName = InputObjectSet, Mandatory = true, ValueFromPipeline = true)]
        [ValidateNotNull]
        public CaseSource[]? InputObject { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var article in InputObject != null ? FromInput(InputObject) : ReadArticles())
            {
                articles.Add(article);
                ProcessArticle(article);
            }
        }

        protected override void EndProcessing() => EndCorpus(articles);

        /// <summary>Called for each article as it arrives.</summary>
        protected abstract void ProcessArticle(Article article);

        /// <summary>Called once with every article of the corpus, in the order they arrived.</summary>
        protected virtual void EndCorpus(IReadOnlyList<Article> corpus)
        {
        }

        private static IEnumerable<Article> FromInput(IEnumerable<CaseSource> sources)
        {
            foreach (var source in sources)
            {
                yield return source.Article;
            }
        }
    }
}
