using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ParlerCase.Core.Numbers;

namespace ParlerCase.Core.Comparison
{
    /// <summary>
    /// Quantities across sources: the same amount of the same unit is one fact (Agree when several sources give it,
    /// Single when one does); the same measured thing ('préavis', 'notice') given different amounts by different
    /// sources is a Conflict.
    /// </summary>
    public static class NumberFacts
    {
        public static IEnumerable<Fact> Facts(IEnumerable<(string Source, Quantity Quantity)> quantities)
        {
            var all = quantities.ToList();
            var conflicting = new HashSet<Quantity>();
            foreach (var measured in all.Where(q => q.Quantity.Head != null && q.Quantity.Value != null).GroupBy(q => (q.Quantity.Head!.ToLowerInvariant(), q.Quantity.Unit)))
            {
                var values = measured.Select(q => q.Quantity.Value).Distinct().Count();
                if (values > 1 && measured.Select(q => q.Source).Distinct().Count() > 1)
                {
                    conflicting.UnionWith(measured.Select(q => q.Quantity));
                    var mentions = measured.Select(q => Mention(q.Source, q.Quantity)).ToList();
                    yield return new Fact($"{measured.Key.Item1} ({measured.Key.Unit})", FactKind.Number, FactStatus.Conflict, mentions, "same-measure-different-amount");
                }
            }

            foreach (var same in all.Where(q => !conflicting.Contains(q.Quantity)).GroupBy(q => (q.Quantity.Value, q.Quantity.Unit, Vague: q.Quantity.Value == null ? q.Quantity.Text.ToLowerInvariant() : null)))
            {
                var mentions = same.Select(q => Mention(q.Source, q.Quantity)).ToList();
                yield return new Fact(Topic(same.First().Quantity), FactKind.Number, Fact.StatusOf(mentions, true), mentions, "same-amount-same-unit");
            }
        }

        private static FactMention Mention(string source, Quantity quantity) =>
            new FactMention(source, quantity.Text, quantity.Sentence.Text, quantity.Start);

        private static string Topic(Quantity quantity)
        {
            var amount = quantity.Value == null ? quantity.Text : quantity.Value.Value.ToString("#,0.##", CultureInfo.InvariantCulture);
            var unit = quantity.Unit.Length > 0 ? " " + quantity.Unit : string.Empty;
            var head = quantity.Head != null ? $" ({quantity.Head})" : string.Empty;
            return quantity.Value == null ? amount + head : amount + unit + head;
        }
    }
}
