using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.IO;
using System.Linq;
using System.Management.Automation;
using ParlerCase.Commands;
using ParlerCase.Core.Articles;
using ParlerCase.Core.Reading;

namespace ParlerCase.Paths
{
    /// <summary>
    /// Turns -Path (wildcards) and -LiteralPath arguments into article files, the way FileSystem cmdlets do:
    /// provider paths, folders expanded to the articles they hold, errors for what does not exist.
    /// </summary>
    internal sealed class ArticlePaths
    {
        private readonly PSCmdlet cmdlet;
        private readonly ArticleReaders readers;

        public ArticlePaths(PSCmdlet cmdlet, ArticleReaders readers)
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
            catch (ItemNotFoundException e)
            {
                cmdlet.WriteError(ArticleErrors.Create(ArticleErrors.PathNotFound, ErrorCategory.ObjectNotFound, $"Cannot find path '{path}' because it does not exist.", path, e));
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
            var resolved = cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(path, out var provider, out _);
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
