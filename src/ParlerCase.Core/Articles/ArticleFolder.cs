using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace ParlerCase.Core.Articles
{
    /// <summary>
    /// The files of a folder, and with recursion of its subfolders: each real folder once, however many links
    /// lead to it (a link to an ancestor would otherwise read every article once per level, forever), and a
    /// subfolder that cannot be listed reported and passed over while the others are read.
    /// </summary>
    public static class ArticleFolder
    {
        private static readonly StringComparer PathComparer =
            Path.DirectorySeparatorChar == '\\' ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

        // FileSystemInfo.ResolveLinkTarget exists from .NET 6 (PowerShell 7); on .NET Framework links are not followed.
        private static readonly MethodInfo? ResolveLinkTarget = typeof(FileSystemInfo).GetMethod("ResolveLinkTarget", new[] { typeof(bool) });

        /// <summary>
        /// Every file under <paramref name="folder"/> (in it only, unless <paramref name="recurse"/>), in ordinal
        /// order of path. <paramref name="unreadable"/> hears of each folder that could not be listed.
        /// <paramref name="list"/> lists a folder's entries (a seam for tests).
        /// </summary>
        public static IReadOnlyList<string> Files(string folder, bool recurse, Action<string, Exception> unreadable, Func<DirectoryInfo, IEnumerable<FileSystemInfo>>? list = null)
        {
            list ??= d => d.EnumerateFileSystemInfos();
            var files = new List<string>();
            var visited = new HashSet<string>(PathComparer);
            var pending = new Stack<(DirectoryInfo Folder, string RealPath)>();
            var root = new DirectoryInfo(folder);
            pending.Push((root, RealPath(root) ?? root.FullName));
            while (pending.Count > 0)
            {
                var (current, real) = pending.Pop();
                if (!visited.Add(real.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)))
                {
                    continue;
                }

                List<FileSystemInfo> entries;
                try
                {
                    entries = list(current).ToList();
                }
                catch (Exception e) when (e is UnauthorizedAccessException || e is IOException || e is System.Security.SecurityException)
                {
                    unreadable(current.FullName, e);
                    continue;
                }

                foreach (var entry in entries)
                {
                    if (entry is DirectoryInfo sub)
                    {
                        if (recurse && ChildRealPath(sub, real) is { } subReal)
                        {
                            pending.Push((sub, subReal));
                        }
                    }
                    else
                    {
                        files.Add(entry.FullName);
                    }
                }
            }

            files.Sort(StringComparer.Ordinal);
            return files;
        }

        /// <summary>A subfolder's real path: its parent's real path and its name, or a link's final target; null for a link that cannot be resolved.</summary>
        private static string? ChildRealPath(DirectoryInfo sub, string parentReal) =>
            (sub.Attributes & FileAttributes.ReparsePoint) == 0 ? Path.Combine(parentReal, sub.Name) : RealPath(sub);

        private static string? RealPath(DirectoryInfo folder)
        {
            if ((folder.Attributes & FileAttributes.ReparsePoint) == 0)
            {
                return folder.FullName;
            }

            try
            {
                return (ResolveLinkTarget?.Invoke(folder, new object[] { true }) as FileSystemInfo)?.FullName;
            }
            catch (TargetInvocationException)
            {
                // A dangling or unreadable link leads nowhere.
                return null;
            }
        }
    }
}
