using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;

namespace ParlerCase
{
    /// <summary>
    /// Compare-Source -Wide: a fact with one column per source of the corpus holding what that source says (empty
    /// where it says nothing), a coverage matrix for Export-Csv. Its columns depend on the corpus, so it is built
    /// with note properties, the same on every fact of one comparison; it grows as facts times sources, which is
    /// for a small corpus.
    /// </summary>
    internal static class WideFact
    {
        public const string TypeName = SourceFact.TypeName + "#Wide";

        /// <summary>The fact's own columns, around the source columns.</summary>
        private static readonly string[] FixedColumns = { "Topic", "Kind", "Status", "SourceCount", "Sources", "Evidence", "Rule" };

        /// <summary>
        /// The column of each source of the corpus: its Id, unless the Id is one of the fixed columns or a column
        /// already taken (property names ignore case): then the Id and ' (source)', and a number after that if
        /// need be. A source named 'Status' never overwrites the fact's Status.
        /// </summary>
        public static IReadOnlyList<KeyValuePair<string, string>> SourceColumns(IReadOnlyList<string> corpus)
        {
            var taken = new HashSet<string>(FixedColumns, StringComparer.OrdinalIgnoreCase);
            var columns = new List<KeyValuePair<string, string>>();
            foreach (var source in corpus)
            {
                var name = source;
                for (var n = 1; !taken.Add(name); n++)
                {
                    name = n == 1 ? source + " (source)" : string.Format(CultureInfo.InvariantCulture, "{0} (source {1})", source, n);
                }

                columns.Add(new KeyValuePair<string, string>(source, name));
            }

            return columns;
        }

        public static PSObject Create(SourceFact fact, IReadOnlyList<KeyValuePair<string, string>> sourceColumns)
        {
            var item = new PSObject();
            item.TypeNames.Insert(0, SourceFact.TypeName);
            item.TypeNames.Insert(0, TypeName);
            var said = fact.Mentions.GroupBy(m => m.Source, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => string.Join("; ", g.Select(m => m.Value).Distinct(StringComparer.Ordinal)), StringComparer.Ordinal);
            item.Properties.Add(new PSNoteProperty("Topic", fact.Topic));
            item.Properties.Add(new PSNoteProperty("Kind", fact.Kind));
            item.Properties.Add(new PSNoteProperty("Status", fact.Status));
            item.Properties.Add(new PSNoteProperty("SourceCount", fact.SourceCount));
            item.Properties.Add(new PSNoteProperty("Sources", fact.Sources));
            foreach (var column in sourceColumns)
            {
                item.Properties.Add(new PSNoteProperty(column.Value, said.TryGetValue(column.Key, out var value) ? value : string.Empty));
            }

            item.Properties.Add(new PSNoteProperty("Evidence", fact.Evidence));
            item.Properties.Add(new PSNoteProperty("Rule", fact.Rule));
            return item;
        }
    }
}
