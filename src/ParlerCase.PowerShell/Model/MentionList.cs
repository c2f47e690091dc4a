using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace ParlerCase
{
    /// <summary>
    /// A case event's mentions: a list to pipeline (`ForEach-Object Mentions`) that writes itself as plain text,
    /// which is what Export-Csv prints for it instead of a collection's type name.
    /// </summary>
    public sealed class MentionList : ReadOnlyCollection<CaseEventMention>
    {
        internal MentionList(IList<CaseEventMention> mentions)
            : base(mentions)
        {
        }

        /// <summary>'source@offset [date as written = date] evidence' for each mention, separated by ' | '.</summary>
        public override string ToString() =>
            string.Join(" | ", this.Select(m => $"{m.Source}@{m.Offset} [{(m.DateText.Length > 0 ? m.DateText : "-")} = {(m.When != CaseEvent.Undated ? m.When : "-")}] {m.Evidence}"));
    }
}
