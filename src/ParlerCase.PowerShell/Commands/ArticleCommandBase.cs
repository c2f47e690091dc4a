using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using ParlerCase.Core.Articles;
using ParlerCase.Core.Reading;
using ParlerCase.Paths;

namespace ParlerCase.Commands
{
    /// <summary>
    /// What every cmdlet that reads articles shares: -Path (wildcards), -LiteralPath (alias PSPath, bound from
    /// Get-ChildItem output), -Recurse, -Content (a web page's HTML, or an Invoke-WebRequest response piped in),
    /// the bundled corpus when none is given, and one non-terminating error per file that is not a readable
    /// article while the others go on.
    /// </summary>
    public abstract class ArticleCommandBase : PSCmdlet
    {
        protected const string PathSet = "Path";
        protected const string LiteralPathSet = "LiteralPath";
        protected const string ContentSet = "Content";

        /// <summary>The wildcard filters of a parameter (-Id, -Source, -Speaker) as PowerShell matches them: case and culture blind; null when not given.</summary>
        protected static List<WildcardPattern>? WildcardsOf(string[]? values) =>
            values?.Select(v => new WildcardPattern(v, WildcardOptions.IgnoreCase | WildcardOptions.CultureInvariant)).ToList();

        /// <summary>Above this many files in one call, reading shows Write-Progress.</summary>
        public const int ProgressThreshold = 50;

        private const int ProgressActivityId = 1;

        /// <summary>The folder of the bundled corpus, under the module's own folder.</summary>
        public const string BundledCorpusFolder = "seeds";

        private readonly HashSet<string> seen = new HashSet<string>(StringComparer.Ordinal);
        private readonly HashSet<string> warned = new HashSet<string>(StringComparer.Ordinal);
        private ArticleLoader? loader;

        /// <summary>
        /// Article files or folders of articles; wildcards allowed. None: the bundled corpus. As in every file
        /// cmdlet, a piped string is a path, and so is the Path of a piped object (Resolve-Path, Import-Csv of
        /// Get-CaseSource's export). No argument transformation here: it would make the engine bind every piped
        /// object to -Path before trying PSPath (-LiteralPath) or Content by property name.
        /// </summary>
        [Parameter(ParameterSetName = PathSet, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string[]? Path { get; set; }

        /// <summary>Article files or folders, taken exactly as written; bound from the PSPath or FullName of piped files.</summary>
        [Parameter(ParameterSetName = LiteralPathSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("PSPath", "LP", "FullName")]
        [ValidateNotNullOrEmpty]
        public string[]? LiteralPath { get; set; }

        /// <summary>
        /// A web page's HTML: a string given by name, or the Content of an Invoke-WebRequest response piped in.
        /// A piped string is a path, never HTML. The module fetches nothing.
        /// </summary>
        [Parameter(ParameterSetName = ContentSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        public string? Content { get; set; }

        /// <summary>The page's address: its Url and the basis of its Id. Bound from the response when one is piped in.</summary>
        [Parameter(ParameterSetName = ContentSet, ValueFromPipelineByPropertyName = true)]
        [Alias("BaseResponse")]
        [PageAddress.FromResponse]
        public Uri? SourceUri { get; set; }

        /// <summary>Also read articles in the subfolders of a folder.</summary>
        [Parameter(ParameterSetName = PathSet)]
        [Parameter(ParameterSetName = LiteralPathSet)]
        public SwitchParameter Recurse { get; set; }

        protected ArticleLoader Loader => loader ??= new ArticleLoader();

        /// <summary>The articles this record's -Path or -LiteralPath names (or the bundled corpus), read one at a time.</summary>
        protected IEnumerable<Article> ReadArticles()
        {
            if (ParameterSetName == ContentSet)
            {
                var address = SourceUri;
                var page = TryRead(address?.AbsoluteUri ?? "HTML page", () => Loader.LoadPage(Content ?? string.Empty, address));

                // The same page piped twice is one article.
                if (page != null && seen.Add("page " + page.Id))
                {
                    yield return page;
                }

                yield break;
            }

            var paths = new ArticlePaths(this, Loader.Readers);
            IEnumerable<string> files;
            if (LiteralPath != null)
            {
                files = LiteralPath.SelectMany(p => paths.FromLiteralPath(p, Recurse));
            }
            else if (Path != null)
            {
                files = Path.SelectMany(p => paths.FromPath(p, Recurse));
            }
            else
            {
                var bundled = BundledCorpus();
                files = Directory.Exists(bundled)
                    ? paths.Expand(bundled, recurse: false, explicitFile: false)
                    : paths.FromLiteralPath(bundled, recurse: false);
            }

            // The same file named twice (a wildcard and a literal path, say) is one article. Paths only, the
            // articles are still read one at a time: knowing how many lets a large corpus show progress.
            var wanted = files.Where(f => seen.Add(System.IO.Path.GetFullPath(f)) && IsWanted(f)).ToList();
            var showProgress = wanted.Count > ProgressThreshold;
            for (var i = 0; i < wanted.Count; i++)
            {
                if (showProgress)
                {
                    WriteProgress(ReadingProgress(wanted.Count, $"{i + 1} of {wanted.Count}: {System.IO.Path.GetFileName(wanted[i])}", i * 100 / wanted.Count));
                }

                var article = TryLoad(wanted[i]);
                if (article != null)
                {
                    yield return article;
                }
            }

            if (showProgress)
            {
                var done = ReadingProgress(wanted.Count, "Done", 100);
                done.RecordType = ProgressRecordType.Completed;
                WriteProgress(done);
            }
        }

        private ProgressRecord ReadingProgress(int total, string status, int percent) =>
            new ProgressRecord(ProgressActivityId, $"{MyInvocation.MyCommand.Name}: reading {total} articles", status) { PercentComplete = percent };

        /// <summary>Whether to read a file at all: a cmdlet that filters by source Id skips the others unread.</summary>
        protected virtual bool IsWanted(string file) => true;

        private Article? TryLoad(string file) => TryRead(file, () =>
        {
            var article = Loader.Load(file);
            if (!article.Id.Equals(System.IO.Path.GetFileNameWithoutExtension(file), StringComparison.OrdinalIgnoreCase))
            {
                WriteWarning($"Another article read before it has the Id '{System.IO.Path.GetFileNameWithoutExtension(file)}': '{file}' is '{article.Id}'.");
            }

            foreach (var problem in Loader.MetadataFor(System.IO.Path.GetDirectoryName(file) ?? ".").Problems)
            {
                WriteWarningOnce(problem);
            }

            return article;
        });

        private Article? TryRead(string file, Func<Article> read)
        {
            Article article;
            try
            {
                article = Confined.Read(file, read, WriteWarning);
            }
            catch (ArticleReadException e) when (e.InnerException != null && IsEngineStop(e.InnerException))
            {
                // The user's stop, raised inside the read (a warning under -WarningAction Stop), ends the command.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
                throw;
            }
            catch (ArticleReadException e)
            {
                WriteError(ArticleErrors.From(e));
                return null;
            }

            foreach (var warning in article.Warnings)
            {
                WriteWarning(warning);
            }

            WriteVerbose($"{article.Id}: {article.Encoding}, language {article.Language.Value} ({article.Language.Origin}), {article.Body.Paragraphs.Count} paragraphs, {article.Body.Sentences.Count} sentences; {DescribeRemoved(article)}.");
            return article;
        }

        /// <summary>
        /// What the engine throws to stop the command (Ctrl+C, -ErrorAction Stop on a warning, a prompt the host
        /// cannot show) is the user's decision, not an article's defect: it is never turned into a per-article error.
        /// </summary>
        protected static bool IsEngineStop(Exception e) =>
            e is PipelineStoppedException || e is ActionPreferenceStopException || e is System.Management.Automation.Host.HostException;

        /// <summary>
        /// A compiled cmdlet given -Debug without -Verbose writes verbose messages at the Inquire preference,
        /// which stops the command in a host that cannot prompt (pwsh -NonInteractive, a job, CI). The messages
        /// then go to the debug stream, which -Debug shows without asking; otherwise they are verbose messages.
        /// </summary>
        protected internal new void WriteVerbose(string text)
        {
            var bound = MyInvocation.BoundParameters;
            if (bound.ContainsKey("Debug") && !bound.ContainsKey("Verbose"))
            {
                WriteDebug(text);
            }
            else
            {
                base.WriteVerbose(text);
            }
        }

        private void WriteWarningOnce(string message)
        {
            if (warned.Add(message))
            {
                WriteWarning(message);
            }
        }

        private static string DescribeRemoved(Article article)
        {
            if (article.Removed.Count == 0)
            {
                return "no lines removed";
            }

            var byRule = article.Removed.GroupBy(r => r.Rule).Select(g => $"{g.Key} x{g.Count()}");
            return $"{article.Removed.Count} lines removed ({string.Join(", ", byRule)})";
        }

        private string BundledCorpus()
        {
            var moduleBase = MyInvocation.MyCommand.Module?.ModuleBase
                ?? System.IO.Path.GetDirectoryName(System.IO.Path.GetDirectoryName(typeof(ArticleCommandBase).Assembly.Location));
            return System.IO.Path.Combine(moduleBase ?? ".", BundledCorpusFolder);
        }
    }
}
