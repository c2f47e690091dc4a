using System.Collections.Generic;
using System.Management.Automation;
using ParlerCase.Core.Articles;
using ParlerCase.Core.Reading;

namespace ParlerCase.Commands
{
    /// <summary>
    /// Base of the cmdlets that analyse a corpus (Get-CaseEvent, Get-Quote...): they take sources piped from
    /// Get-CaseSource, or -Path / -LiteralPath like it, or the bundled corpus. Each article is handed to
    /// <see cref="ProcessArticle"/> as it arrives (so output streams); a cmdlet whose work needs every source at
    /// once (<see cref="KeepsCorpus"/>) gets them all in <see cref="EndCorpus"/>, and the others keep none.
    /// </summary>
    public abstract class CaseSourceCommandBase : ArticleCommandBase
    {
        protected const string InputObjectSet = "InputObject";

        private readonly List<Article> corpus = new List<Article>();
        private readonly Dictionary<string, string> pipedPaths = new Dictionary<string, string>(System.StringComparer.OrdinalIgnoreCase);

        /// <summary>Sources from Get-CaseSource.</summary>
        [Parameter(ParameterSetName = InputObjectSet, Mandatory = true, ValueFromPipeline = true)]
        [ValidateNotNull]
        public CaseSource[]? InputObject { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var article in InputObject != null ? FromInput(InputObject) : ReadArticles())
            {
                if (KeepsCorpus)
                {
                    corpus.Add(article);
                }

                ProcessArticle(article);
            }
        }

        protected override void EndProcessing()
        {
            if (KeepsCorpus)
            {
                EndCorpus(corpus);
            }
        }

        /// <summary>Whether the cmdlet's work needs every article at once (a timeline, a comparison).</summary>
        protected virtual bool KeepsCorpus => false;

        /// <summary>Called for each article as it arrives.</summary>
        protected virtual void ProcessArticle(Article article)
        {
        }

        /// <summary>Called once, when <see cref="KeepsCorpus"/>, with every article in the order they arrived.</summary>
        protected virtual void EndCorpus(IReadOnlyList<Article> corpus)
        {
        }

        /// <summary>One article's analysis; null, with that article's error written, when it fails.</summary>
        protected T? Analyse<T>(Article article, System.Func<T> analyse)
            where T : class
        {
            try
            {
                return Confined.Analyse(article, analyse, WriteWarning);
            }
            catch (ArticleReadException e)
            {
                WriteError(ArticleErrors.From(e));
                return null;
            }
        }

        /// <summary>
        /// The analysis of the whole corpus; an article that makes it fail is left out with its error. Null when
        /// none is left.
        /// </summary>
        protected T? AnalyseCorpus<T>(IReadOnlyList<Article> corpus, System.Func<IReadOnlyList<Article>, T> analyse)
            where T : class
        {
            var failures = new List<ArticleReadException>();
            var result = Confined.Corpus(corpus, analyse, failures, WriteWarning);
            foreach (var failure in failures)
            {
                WriteError(ArticleErrors.From(failure));
            }

            return result;
        }

        /// <summary>
        /// Sources piped in; Ids key every output, so a second source with an Id taken by another file (two
        /// Get-CaseSource calls over folders holding the same file name) is an error, and the same one twice is one.
        /// </summary>
        private IEnumerable<Article> FromInput(IEnumerable<CaseSource> sources)
        {
            foreach (var source in sources)
            {
                var article = source.Article;
                if (!pipedPaths.TryGetValue(article.Id, out var path))
                {
                    pipedPaths[article.Id] = article.Path;
                    yield return article;
                }
                else if (path != article.Path)
                {
                    WriteError(ArticleErrors.Create(ArticleErrors.DuplicateSourceId, ErrorCategory.InvalidData,
                        $"'{article.Path}' has the Id '{article.Id}' of '{path}', read before it; it is left out. Read both in one Get-CaseSource call, which gives it another Id.", source));
                }
            }
        }
    }
}
