using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace ParlerCase.Completion
{
    /// <summary>
    /// The values completers found, per command and corpus. PowerShell makes a new completer for every Tab, so
    /// the cache outlives them; it is keyed by the sources' paths and contents (never stale) and holds a few
    /// corpora only.
    /// </summary>
    internal static class CompletionCache
    {
        private const int Capacity = 8;

        private static readonly object Gate = new object();
        private static readonly LinkedList<KeyValuePair<string, IReadOnlyList<string>>> Entries = new LinkedList<KeyValuePair<string, IReadOnlyList<string>>>();

        public static IReadOnlyList<string> GetOrAdd(string command, IReadOnlyList<PSObject> sources, Func<IReadOnlyList<string>> compute)
        {
            var key = command + "\n" + string.Join("\n", sources.Select(Fingerprint));
            lock (Gate)
            {
                var hit = Entries.FirstOrDefault(e => e.Key == key);
                if (hit.Value != null)
                {
                    return hit.Value;
                }
            }

            var values = compute();
            lock (Gate)
            {
                Entries.AddFirst(new KeyValuePair<string, IReadOnlyList<string>>(key, values));
                while (Entries.Count > Capacity)
                {
                    Entries.RemoveLast();
                }
            }

            return values;
        }

        private static string Fingerprint(PSObject source) =>
            source.BaseObject is CaseSource s ? s.Path + "|" + s.Text.Length + "|" + s.Text.GetHashCode() : source.ToString();
    }
}
