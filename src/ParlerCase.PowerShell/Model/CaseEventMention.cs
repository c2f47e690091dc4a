using System;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using ParlerCase.Core.Dates;
using ParlerCase.Core.Events;

namespace ParlerCase
{
    /// <summary>One source's report of a case event (Get-CaseEvent | ForEach-Object Mentions), with the evidence of its date.</summary>
    public sealed class CaseEventMention
    {
        internal CaseEventMention(CaseMention mention)
        {
            var m = mention.Mention;
            Source = m.Source;
            Kind = m.Kind;
            Label = m.Label ?? string.Empty;
            Agent = m.Agent ?? string.Empty;
            Evidence = m.Evidence;
            Offset = m.Offset;
            Trigger = string.Join("; ", m.Triggers.Select(t => t.Text));
            KindRule = string.Join("; ", m.Triggers.Select(t => t.Pattern).Distinct());
            Actors = string.Join("; ", m.Actors);
            DateText = m.Date?.Text ?? string.Empty;
            DateOffset = m.Date?.Offset;
            When = mention.When?.Iso ?? CaseEvent.Undated;
            Date = mention.When?.Start.Date;
            DatePrecision = mention.When?.Precision;
            Rule = mention.Rule;
            Anchor = m.Date?.Anchor is PartialDate anchor ? anchor.Iso + " (" + m.Date.AnchorSource + ")" : string.Empty;
            Tense = m.Date?.Tense.ToString() ?? string.Empty;
            Published = m.Published?.Iso ?? string.Empty;
            Warning = mention.Warning ?? string.Empty;
        }

        /// <summary>The article Id.</summary>
        public string Source { get; }

        public EventKind Kind { get; }

        /// <summary>What was done, as the trigger's line of the lexicon says ('removed', 'denied'); empty when the kind says it all.</summary>
        public string Label { get; }

        /// <summary>The party the sentence plainly says acts ('Orbis a fait appel', 'a lawsuit filed by Orbis'); empty when it does not say.</summary>
        public string Agent { get; }

        /// <summary>The sentence that reports the event.</summary>
        public string Evidence { get; }

        /// <summary>Offset of the sentence in the source's Text.</summary>
        public int Offset { get; }

        /// <summary>The words that name the event.</summary>
        public string Trigger { get; }

        /// <summary>The trigger lexicon line that gave the kind ('supprim* = Action removed @store').</summary>
        public string KindRule { get; }

        public string Actors { get; }

        /// <summary>The date expression as written; empty when the sentence gives no date of its own.</summary>
        public string DateText { get; }

        /// <summary>Offset of the date expression in the source's Text.</summary>
        public int? DateOffset { get; }

        /// <summary>ISO 8601 at its precision ('2021-01-10', '2021-01', '2021-01-08/2021-01-09'); from the case event when its own text has none; 'undated' when neither dates it.</summary>
        public string When { get; }

        /// <summary>The first day When can name, to sort and compare with dates; hidden from Export-Csv, which writes When.</summary>
        [Hidden]
        public DateTime? Date { get; }

        public DatePrecision? DatePrecision { get; }

        /// <summary>The rule that dated it ('weekday-past', 'offset-from-previous', 'case-event'...).</summary>
        public string Rule { get; }

        /// <summary>The date the expression was resolved against, and what it is: '2021-01-12 (publication)'.</summary>
        public string Anchor { get; }

        /// <summary>The tense that decided past or future for a weekday or a month.</summary>
        public string Tense { get; }

        /// <summary>When the source was published: when the event was reported, apart from when it happened.</summary>
        public string Published { get; }

        /// <summary>Any inconsistency in the date, and which reading was kept and why.</summary>
        public string Warning { get; }

        public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0}@{1} {2}", Source, Offset, When);
    }
}
