using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ParlerCase.Core.Common;
using ParlerCase.Core.Reading;

namespace ParlerCase.Core.Articles
{
    /// <summary>
    /// Runs the work on articles so that what one article holds fails that article only: an unexpected exception
    /// becomes an <see cref="ArticleReadException"/> naming it (<see cref="ArticleErrorKind.ArticleFailed"/> while
    /// reading, <see cref="ArticleErrorKind.AnalysisFailed"/> after, <see cref="ArticleErrorKind.RuleTimedOut"/>
    /// for a runaway match); a rule that runs out of time on one sentence is skipped for it, with a warning; and a
    /// corpus-wide analysis that fails is run again without the articles that make it fail.
    /// </summary>
    public static class Confined
    {
        /// <summary>Reads one article (<paramref name="source"/>: its path or address); warnings go to <paramref name="warn"/>.</summary>
        public static Article Read(string source, Func<Article> read, Action<string> warn) =>
            Run(source, read, ArticleErrorKind.ArticleFailed, warn);

        /// <summary>Analyses one article; throws only <see cref="ArticleReadException"/>.</summary>
        public static T Analyse<T>(Article article, Func<T> analyse, Action<string> warn) =>
            Run(Source(article), analyse, ArticleErrorKind.AnalysisFailed, warn);

        /// <summary>
        /// Analyses the corpus at once. When that fails, each article that fails alone is left out with its error
        /// (in <paramref name="failures"/>), then the rest is analysed together, halving it to find the articles that
        /// fail only with others. Null when no article is left.
        /// </summary>
        public static T? Corpus<T>(IReadOnlyList<Article> corpus, Func<IReadOnlyList<Article>, T> analyse, ICollection<ArticleReadException> failures, Action<string> warn)
            where T : class
        {
            try
            {
                return Run("the corpus", () => analyse(corpus), ArticleErrorKind.AnalysisFailed, warn);
            }
            catch (ArticleReadException)
            {
                // Found out below, article by article.
            }

            // The analyses alone only find who fails: the skipped rules are said once, by the analysis kept.
            using var skipped = SkippedRules.Begin();
            var alone = new List<Article>();
            foreach (var article in corpus)
            {
                try
                {
                    Analyse(article, () => analyse(new[] { article }), _ => { });
                    alone.Add(article);
                }
                catch (ArticleReadException e)
                {
                    failures.Add(e);
                }
            }

            var together = new Together<T>(analyse, failures);
            together.Add(alone);
            foreach (var message in skipped.Messages.Distinct())
            {
                warn($"'the corpus': {message}");
            }

            return together.Result;
        }

        private static T Run<T>(string source, Func<T> work, ArticleErrorKind defect, Action<string> warn)
        {
            using var skipped = SkippedRules.Begin();
            try
            {
                return work();
            }
            catch (ArticleReadException)
            {
                throw;
            }
            catch (Exception e)
            {
                throw Failure(source, e, defect);
            }
            finally
            {
                foreach (var message in skipped.Messages)
                {
                    warn($"'{source}': {message}");
                }
            }
        }

        private static ArticleReadException Failure(string source, Exception e, ArticleErrorKind defect) =>
            e is RegexMatchTimeoutException timeout
                ? new ArticleReadException(ArticleErrorKind.RuleTimedOut, source, $"'{source}' is left out: a pattern ran out of time ({Patterns.Timeout.TotalSeconds} s) on its text of {timeout.Input?.Length ?? 0} characters.", e)
                : new ArticleReadException(defect, source, $"'{source}' is left out: {(defect == ArticleErrorKind.ArticleFailed ? "reading" : "analysing")} it failed ({e.GetType().Name}: {e.Message}). Please report it with the file.", e);

        private static string Source(Article article) => article.Path.Length > 0 ? article.Path : article.Id;

        /// <summary>Articles added to one analysis while it succeeds; a chunk that makes it fail is halved down to the article.</summary>
        private sealed class Together<T>
            where T : class
        {
            private readonly Func<IReadOnlyList<Article>, T> analyse;
            private readonly ICollection<ArticleReadException> failures;
            private List<Article> accepted = new List<Article>();

            public Together(Func<IReadOnlyList<Article>, T> analyse, ICollection<ArticleReadException> failures)
            {
                this.analyse = analyse;
                this.failures = failures;
            }

            public T? Result { get; private set; }

            public void Add(IReadOnlyList<Article> chunk)
            {
                if (chunk.Count == 0)
                {
                    return;
                }

                var trial = accepted.Concat(chunk).ToList();
                try
                {
                    Result = analyse(trial);
                    accepted = trial;
                }
                catch (Exception e) when (chunk.Count == 1)
                {
                    var source = Source(chunk[0]);
                    failures.Add(new ArticleReadException(ArticleErrorKind.AnalysisFailed, source, $"'{source}' is left out: analysing it with the other sources failed ({e.GetType().Name}: {e.Message}). Please report it with the file.", e));
                }
                catch (Exception)
                {
                    var half = chunk.Count / 2;
                    Add(chunk.Take(half).ToList());
                    Add(chunk.Skip(half).ToList());
                }
            }
        }
    }
}
