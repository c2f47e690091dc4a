using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.IO;
using System.Linq;
using System.Management.Automation;
using ParlerCase.Commands;
using ParlerCase.Core.Articles;
using ParlerCase.Core.Metadata;
using ParlerCase.Core.Reading;

namespace ParlerCase.Paths
{
    /// <summary>
    /// Turns -Path (wildcards) and -LiteralPath arguments into article files, the way FileSystem cmdlets do:
    /// provider paths, folders expanded to the articles they hold, errors for what does not exist.
    /// </summary>
    internal sealed class ArticlePaths
    {
        private readonly ArticleCommandBase cmdlet;
        private readonly ArticleReaders readers;

        public ArticlePaths(ArticleCommandBase cmdlet, ArticleReaders readers)
        {
            this.cmdlet = cmdlet;
            this.readers = readers;
        }

        /// <summary>The article files a -Path argument names; wildcards expanded.</summary>
        public IEnumerable<string> FromPath(string path, bool recurse)
        {
            Collection<string> resolved;
            ProviderInfo provider;
            try
            {
                resolved = cmdlet.GetResolvedProviderPathFromPSPath(path, out provider);
            }
            catch (Exception e) when (IsPathError(e))
            {
                cmdlet.WriteError(PathError(path, e));
                return Enumerable.Empty<string>();
            }

            if (!IsFileSystem(provider, path))
            {
                return Enumerable.Empty<string>();
            }

            if (resolved.Count == 0 && WildcardPattern.ContainsWildcardCharacters(path))
            {
                cmdlet.WriteError(ArticleErrors.Create(ArticleErrors.PathNotFound, ErrorCategory.ObjectNotFound, $"No file matches '{path}'.", path));
            }

            return resolved.SelectMany(p => Expand(p, recurse, explicitFile: !WildcardPattern.ContainsWildcardCharacters(path)));
        }

        /// <summary>The article files a -LiteralPath argument names; no wildcard expansion.</summary>
        public IEnumerable<string> FromLiteralPath(string path, bool recurse)
        {
            string resolved;
            ProviderInfo provider;
            try
            {
                resolved = cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(path, out provider, out _);
            }
            catch (Exception e) when (IsPathError(e))
            {
                cmdlet.WriteError(PathError(path, e));
                return Enumerable.Empty<string>();
            }

            if (!IsFileSystem(provider, path))
            {
                return Enumerable.Empty<string>();
            }

            if (!File.Exists(resolved) && !Directory.Exists(resolved))
            {
                cmdlet.WriteError(ArticleErrors.Create(ArticleErrors.PathNotFound, ErrorCategory.ObjectNotFound, $"Cannot find path '{resolved}' because it does not exist.", path));
                return Enumerable.Empty<string>();
            }

            return Expand(resolved, recurse, explicitFile: true);
        }

        /// <summary>
        /// A folder gives the files in it that a reader takes (other files, such as metadata.csv, are not
        /// articles); a file named on its own is read whatever its extension, so a wrong format is reported.
        /// </summary>
        public IEnumerable<string> Expand(string path, bool recurse, bool explicitFile)
        {
            if (!Directory.Exists(path))
            {
                // The metadata file describes the articles beside it (Get-ChildItem <folder> | Get-CaseSource pipes it too).
                if (string.Equals(System.IO.Path.GetFileName(path), MetadataFile.FileName, StringComparison.OrdinalIgnoreCase))
                {
                    cmdlet.WriteVerbose($"'{path}' is the metadata of the articles beside it, not an article.");
                    yield break;
                }

                if (explicitFile || readers.CanRead(path))
                {
                    yield return path;
                }

                yield break;
            }

            var files = ArticleFolder.Files(path, recurse, Unreadable).Where(readers.CanRead).ToList();
            if (files.Count == 0)
            {
                cmdlet.WriteError(ArticleErrors.Create(ArticleErrors.NoArticlesInFolder, ErrorCategory.ObjectNotFound, $"'{path}' holds no article files ({string.Join(", ", readers.Extensions)}).", path));
            }

            foreach (var file in files)
            {
                yield return file;
            }
        }

        private void Unreadable(string folder, Exception e) =>
            cmdlet.WriteError(ArticleErrors.Create(ArticleErrors.FolderNotReadable, ErrorCategory.PermissionDenied, $"The folder '{folder}' could not be listed: {e.Message} Its articles are not read.", folder, e));

        /// <summary>What resolving a path throws for a path that names nothing readable: one error for that path, the others go on.</summary>
        private static bool IsPathError(Exception e) =>
            e is SessionStateException || e is ProviderInvocationException || e is PSArgumentException || e is PSNotSupportedException || e is NotSupportedException || e is ArgumentException;

        private static ErrorRecord PathError(string path, Exception e)
        {
            // 'https://...' reads as a drive named https; HTML text piped by mistake as a drive-less path.
            var hint = Uri.TryCreate(path, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
                ? " The module fetches nothing: pipe the page from Invoke-WebRequest, or give its HTML with -Content."
                : path.TrimStart().StartsWith("<", StringComparison.Ordinal) || path.IndexOf('\n') >= 0
                    ? " A web page's HTML is given with -Content, not as a path."
                    : path.StartsWith("@{", StringComparison.Ordinal) && path.EndsWith("}", StringComparison.Ordinal)
                        ? " That is an object piped in that names no file (no Path, PSPath or FullName): pipe paths, Get-ChildItem or Resolve-Path output, sources from Get-CaseSource, or give HTML with -Content."
                        : string.Empty;
            return e switch
            {
                ProviderNotFoundException _ => ArticleErrors.Create(ArticleErrors.NotFileSystemPath, ErrorCategory.InvalidArgument, $"'{path}' names no provider PowerShell has ({e.Message}); articles are read from the file system only.{hint}", path, e),
                System.Management.Automation.DriveNotFoundException _ => ArticleErrors.Create(ArticleErrors.PathNotFound, ErrorCategory.ObjectNotFound, $"Cannot find path '{path}': {e.Message}{hint}", path, e),
                ItemNotFoundException _ => ArticleErrors.Create(ArticleErrors.PathNotFound, ErrorCategory.ObjectNotFound, $"Cannot find path '{path}' because it does not exist.{hint}", path, e),
                _ => ArticleErrors.Create(ArticleErrors.PathNotFound, ErrorCategory.InvalidArgument, $"'{path}' is not a path articles can be read from: {e.Message}{hint}", path, e),
            };
        }

        private bool IsFileSystem(ProviderInfo provider, string path)
        {
            if (provider.ImplementingType == typeof(Microsoft.PowerShell.Commands.FileSystemProvider))
            {
                return true;
            }

            cmdlet.WriteError(ArticleErrors.Create(ArticleErrors.NotFileSystemPath, ErrorCategory.InvalidArgument, $"'{path}' is on the {provider.Name} provider; articles are read from the file system only.", path));
            return false;
        }
    }
}
