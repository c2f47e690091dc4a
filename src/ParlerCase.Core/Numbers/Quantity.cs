using ParlerCase.Core.Documents;

namespace ParlerCase.Core.Numbers
{
    /// <summary>A number an article states, with what it counts: '12 millions d’utilisateurs', 'préavis de 30 jours'.</summary>
    public sealed class Quantity
    {
        public Quantity(int start, string text, double? value, string unit, string unitText, string? head, string? qualifier, Sentence sentence, string rule)
        {
            Start = start;
            Text = text;
            Value = value;
            Unit = unit;
            UnitText = unitText;
            Head = head;
            Qualifier = qualifier;
            Sentence = sentence;
            Rule = rule;
        }

        /// <summary>Offset of the quantity in the document text.</summary>
        public int Start { get; }

        public int Length => Text.Length;

        /// <summary>As written.</summary>
        public string Text { get; }

        /// <summary>The amount, scales applied (4,9 millions = 4900000); null for a vague amount ('des dizaines de millions').</summary>
        public double? Value { get; }

        /// <summary>What is counted, canonical across languages ('users', 'days'); empty when the text leaves it implicit.</summary>
        public string Unit { get; }

        /// <summary>The counted noun as written ('d’utilisateurs').</summary>
        public string UnitText { get; }

        /// <summary>The noun the quantity measures, when the text names one ('préavis' in 'préavis de 30 jours').</summary>
        public string? Head { get; }

        /// <summary>'environ', 'more than'..., when the amount is qualified.</summary>
        public string? Qualifier { get; }

        public Sentence Sentence { get; }

        /// <summary>The rule that found it: 'number-digits', 'number-words' or 'number-vague'.</summary>
        public string Rule { get; }

        public override string ToString() => Text;
    }
}
