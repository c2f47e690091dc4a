using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using ParlerCase.Core.Comparison;

namespace ParlerCase
{
    /// <summary>
    /// One fact of Compare-Source as PowerShell sees it: Topic, Kind, Status, SourceCount, Sources, then one
    /// column per source of the corpus with what that source says (empty where it says nothing), then the
    /// evidence. The source columns depend on the corpus, so the object is built with note properties, the same
    /// set on every fact of one comparison, which makes Export-Csv a coverage matrix.
    /// </summary>
    internal static class SourceFact
    {
        public const string TypeName = "ParlerCase.SourceFact";

        /// <summary>The fact's own columns, before and after the source columns.</summary>
        public static readonly IReadOnlyList<string> FixedColumns = new[] { "Topic", "Kind", "Status", "SourceCount", "Sources", "Evidence", "Rule" };

        /// <summary>
        /// The column of each source of the corpus: its Id, unless the Id is one of the fixed columns or a column
        /// already taken (property names ignore case): then the Id and ' (source)', and a number after that if
        /// need be. A source named 'Status' never overwrites the fact's Status.
        /// </summary>
        public static IReadOnlyList<KeyValuePair<string, string>> SourceColumns(IReadOnlyList<string> corpus)
        {
            var taken = new HashSet<string>(FixedColumns, System.StringComparer.OrdinalIgnoreCase);
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

        public static PSObject Create(Fact fact, IReadOnlyList<KeyValuePair<string, string>> sourceColumns)
        {
            var item = new PSObject();
            item.TypeNames.Insert(0, TypeName);
            item.Properties.Add(new PSNoteProperty("Topic", fact.Topic));
            item.Properties.Add(new PSNoteProperty("Kind", fact.Kind));
            item.Properties.Add(new PSNoteProperty("Status", fact.Status));
            item.Properties.Add(new PSNoteProperty("SourceCount", fact.Sources.Count));
            item.Properties.Add(new PSNoteProperty("Sources", string.Join("; ", fact.Sources)));
            foreach (var column in sourceColumns)
            {
                item.Properties.Add(new PSNoteProperty(column.Value, string.Join("; ", fact.Mentions.Where(m => m.Source == column.Key).Select(m => m.Value).Distinct())));
            }

            item.Properties.Add(new PSNoteProperty("Evidence", Evidence(fact.Mentions)));
            item.Properties.Add(new PSNoteProperty("Rule", fact.Rule));
            return item;
        }

        /// <summary>'source@offset: sentence' for each mention, one per line.</summary>
        public static string Evidence(IEnumerable<FactMention> mentions) =>
            string.Join("\n", mentions.Select(m => string.Format(CultureInfo.InvariantCulture, "{0}@{1}: {2}", m.Source, m.Offset, m.Evidence)));
    }
}
