using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace ParlerCase.Completion
{
    /// <summary>
    /// The values completers found, per command and batch of sources. PowerShell makes a new completer for every
    /// Tab, so the cache outlives them; it is keyed by the sources' paths and contents (never stale) and holds the
    /// batches of a few corpora only.
    /// </summary>
    internal static class CompletionCache
    {
        private const int Capacity = 128;

        private static readonly object Gate = new object();
        private static readonly LinkedList<KeyValuePair<string, IReadOnlyList<string>>> Entries = new LinkedList<KeyValuePair<string, IReadOnlyList<string>>>();

        /// <summary>The values found before for these sources, or null.</summary>
        public static IReadOnlyList<string>? Get(string command, IReadOnlyList<PSObject> sources)
        {
            var key = Key(command, sources);
            lock (Gate)
            {
                return Entries.FirstOrDefault(e => e.Key == key).Value;
            }
        }

        public static void Add(string command, IReadOnlyList<PSObject> sources, IReadOnlyList<string> values)
        {
            var key = Key(command, sources);
            lock (Gate)
            {
                Entries.AddFirst(new KeyValuePair<string, IReadOnlyList<string>>(key, values));
                while (Entries.Count > Capacity)
                {
                    Entries.RemoveLast();
                }
            }
        }

        private static string Key(string command, IReadOnlyList<PSObject> sources) => command + "\n" + string.Join("\n", sources.Select(Fingerprint));

        private static string Fingerprint(PSObject source) =>
            source.BaseObject is CaseSource s ? s.Path + "|" + s.Text.Length + "|" + s.Text.GetHashCode() : source.ToString();
    }
}
