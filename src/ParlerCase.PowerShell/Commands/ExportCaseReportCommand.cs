using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using ParlerCase.Core.Articles;
using ParlerCase.Core.Reading;
using ParlerCase.Core.Reporting;

namespace ParlerCase.Commands
{
    /// <summary>
    /// Export-CaseReport: the case as one self-contained HTML page (timeline chart, sources, comparison, quotes,
    /// each item with its evidence). A file writer like Export-Csv: -Path or -LiteralPath names the page; it
    /// overwrites unless -NoClobber, honours -WhatIf and -Confirm, writes atomically, and with -PassThru writes
    /// the file's FileInfo. The sources come piped from Get-CaseSource, or from -SourcePath / -SourceLiteralPath,
    /// which Get-CaseSource reads, or the bundled corpus.
    /// </summary>
    [Cmdlet(VerbsData.Export, "CaseReport", DefaultParameterSetName = PathSet, SupportsShouldProcess = true)]
    [OutputType(typeof(FileInfo))]
    public sealed class ExportCaseReportCommand : PSCmdlet
    {
        private const string PathSet = "Path";
        private const string LiteralPathSet = "LiteralPath";

        private readonly List<CaseSource> piped = new List<CaseSource>();

        /// <summary>The HTML file to write.</summary>
        [Parameter(ParameterSetName = PathSet, Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string? Path { get; set; }

        /// <summary>The HTML file to write, taken exactly as written.</summary>
        [Parameter(ParameterSetName = LiteralPathSet, Mandatory = true)]
        [Alias("PSPath", "LP")]
        [ValidateNotNullOrEmpty]
        public string? LiteralPath { get; set; }

        /// <summary>Sources from Get-CaseSource.</summary>
        [Parameter(ValueFromPipeline = true)]
        [ValidateNotNull]
        public CaseSource[]? InputObject { get; set; }

        /// <summary>Article files or folders to read instead of piped sources; wildcards allowed.</summary>
        [Parameter]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string[]? SourcePath { get; set; }

        /// <summary>Article files or folders to read, taken exactly as written.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? SourceLiteralPath { get; set; }

        /// <summary>Also read the subfolders of the folders -SourcePath or -SourceLiteralPath name.</summary>
        [Parameter]
        public SwitchParameter Recurse { get; set; }

        /// <summary>The page's heading.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string Title { get; set; } = "Case report";

        /// <summary>Do not overwrite an existing file.</summary>
        [Parameter]
        [Alias("NoOverwrite")]
        public SwitchParameter NoClobber { get; set; }

        /// <summary>Overwrite a read-only file.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <summary>Write the file's FileInfo once it is written.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            if (InputObject != null)
            {
                piped.AddRange(InputObject);
            }
        }

        protected override void EndProcessing()
        {
            var target = Target();
            if ((piped.Count > 0 ? 1 : 0) + (SourcePath != null ? 1 : 0) + (SourceLiteralPath != null ? 1 : 0) > 1)
            {
                ThrowTerminatingError(ArticleErrors.Create("SourcesTwice", ErrorCategory.InvalidArgument, "Give the sources one way: piped from Get-CaseSource, -SourcePath or -SourceLiteralPath.", this));
            }

            var articles = piped.Count > 0 ? Distinct(piped) : Read();
            if (articles.Count == 0)
            {
                WriteError(ArticleErrors.Create("NoSources", ErrorCategory.ObjectNotFound, "No source could be read: no report was written.", target));
                return;
            }

            if (!ShouldProcess(target, $"Write the case report of {articles.Count} sources"))
            {
                return;
            }

            if (File.Exists(target) && !MayReplace(target))
            {
                return;
            }

            WriteVerbose($"Reporting on {articles.Count} sources.");
            // As every cmdlet: a source whose analysis or drawing fails is left out with its error, the others reported.
            var failures = new List<ArticleReadException>();
            var page = Confined.Corpus(articles, sources => ReportPage.Render(CaseReport.Build(sources, Title)), failures, WriteWarning);
            foreach (var failure in failures)
            {
                WriteError(ArticleErrors.From(failure));
            }

            if (page == null)
            {
                return;
            }

            try
            {
                AtomicFile.WriteAllText(target, page);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                ThrowTerminatingError(ArticleErrors.Create("WriteFailed", ErrorCategory.WriteError, $"'{target}' could not be written: {e.Message}", target, e));
            }

            if (PassThru)
            {
                WriteObject(new FileInfo(target));
            }
        }

        /// <summary>The file to write, as the provider resolves it; -Path may hold a wildcard matching one file.</summary>
        private string Target()
        {
            var path = LiteralPath ?? Path!;
            string target;
            if (LiteralPath == null && WildcardPattern.ContainsWildcardCharacters(path))
            {
                var matches = SessionState.Path.GetResolvedProviderPathFromPSPath(path, out _);
                if (matches.Count != 1)
                {
                    ThrowTerminatingError(ArticleErrors.Create("PathNotSingle", ErrorCategory.InvalidArgument, $"'{path}' names {matches.Count} files; name one.", path));
                }

                target = matches[0];
            }
            else
            {
                target = SessionState.Path.GetUnresolvedProviderPathFromPSPath(path);
            }

            var folder = System.IO.Path.GetDirectoryName(target);
            if (Directory.Exists(target) || (folder != null && !Directory.Exists(folder)))
            {
                ThrowTerminatingError(ArticleErrors.Create("PathNotFile", ErrorCategory.InvalidArgument, Directory.Exists(target) ? $"'{target}' is a folder: name the file to write." : $"The folder of '{target}' does not exist.", target));
            }

            return target;
        }

        /// <summary>Export-Csv's rules: -NoClobber keeps the file; a read-only file is replaced only with -Force.</summary>
        private bool MayReplace(string target)
        {
            if (NoClobber)
            {
                WriteError(ArticleErrors.Create("FileExists", ErrorCategory.ResourceExists, $"'{target}' exists and -NoClobber is given: nothing was written.", target));
                return false;
            }

            var attributes = File.GetAttributes(target);
            if ((attributes & FileAttributes.ReadOnly) != 0)
            {
                if (!Force)
                {
                    WriteError(ArticleErrors.Create("FileReadOnly", ErrorCategory.PermissionDenied, $"'{target}' is read-only: use -Force to replace it.", target));
                    return false;
                }

                File.SetAttributes(target, attributes & ~FileAttributes.ReadOnly);
            }

            return true;
        }

        /// <summary>Piped sources once each; two with one Id from different files are an error, as in the other cmdlets.</summary>
        private List<Article> Distinct(IEnumerable<CaseSource> sources)
        {
            var articles = new List<Article>();
            foreach (var group in sources.GroupBy(s => s.Article.Id, StringComparer.OrdinalIgnoreCase))
            {
                articles.Add(group.First().Article);
                foreach (var other in group.Skip(1).Where(s => s.Article.Path != group.First().Article.Path))
                {
                    WriteError(ArticleErrors.Create(ArticleErrors.DuplicateSourceId, ErrorCategory.InvalidData,
                        $"'{other.Article.Path}' has the Id '{other.Article.Id}' of '{group.First().Article.Path}'; it is left out. Read both in one Get-CaseSource call, which gives it another Id.", other));
                }
            }

            return articles;
        }

        /// <summary>The articles Get-CaseSource reads from -SourcePath, -SourceLiteralPath or the bundled corpus, its errors passed on.</summary>
        private List<Article> Read()
        {
            using var reader = PowerShell.Create(RunspaceMode.CurrentRunspace);
            reader.AddCommand(new CmdletInfo("Get-CaseSource", typeof(GetCaseSourceCommand)));
            if (SourceLiteralPath != null)
            {
                reader.AddParameter("LiteralPath", SourceLiteralPath);
            }
            else if (SourcePath != null)
            {
                reader.AddParameter("Path", SourcePath);
            }

            if (Recurse)
            {
                reader.AddParameter("Recurse");
            }

            var sources = reader.Invoke<CaseSource>();
            foreach (var warning in reader.Streams.Warning)
            {
                WriteWarning(warning.Message);
            }

            foreach (var error in reader.Streams.Error)
            {
                WriteError(error);
            }

            return sources.Select(s => s.Article).ToList();
        }
    }
}
