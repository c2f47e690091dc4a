using System;
using System.Collections.Generic;

namespace ParlerCase.Core.Events
{
    /// <summary>
    /// Actor names with a constant-time test for a related name: the same name, or one named after the other
    /// ('Orbis' and 'Orbis Cloud Services').
    /// </summary>
    internal sealed class ActorSet
    {
        private readonly HashSet<string> names = new HashSet<string>(StringComparer.Ordinal);

        // Every leading run of words of every name: 'Orbis', 'Orbis Web' for 'Orbis Cloud Services'.
        private readonly HashSet<string> leads = new HashSet<string>(StringComparer.Ordinal);

        public int Count => names.Count;

        public void Add(string name)
        {
            if (!names.Add(name))
            {
                return;
            }

            foreach (var lead in Leads(name))
            {
                leads.Add(lead);
            }
        }

        public bool HasRelated(string name)
        {
            if (names.Contains(name) || leads.Contains(name))
            {
                return true;
            }

            foreach (var lead in Leads(name))
            {
                if (names.Contains(lead))
                {
                    return true;
                }
            }

            return false;
        }

        public static bool Related(string a, string b) =>
            a == b || b.StartsWith(a + " ", StringComparison.Ordinal) || a.StartsWith(b + " ", StringComparison.Ordinal);

        /// <summary>The leading runs of words of a name, shorter than the name.</summary>
        public static IEnumerable<string> Leads(string name)
        {
            for (var i = name.IndexOf(' '); i > 0; i = name.IndexOf(' ', i + 1))
            {
                yield return name.Substring(0, i);
            }
        }
    }
}
