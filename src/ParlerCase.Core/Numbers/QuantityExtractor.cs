using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using ParlerCase.Core.Documents;

namespace ParlerCase.Core.Numbers
{
    /// <summary>
    /// Finds the quantities an article states ('12 millions d’utilisateurs', '4.9 million followers', 'préavis de
    /// 30 jours', 'des dizaines de millions d’adeptes') and normalises them: French and English separators, number
    /// words and scales, the counted noun to a canonical unit. Years, dates, times and names ('l’article 230')
    /// are not quantities.
    /// </summary>
    public static class QuantityExtractor
    {
        private const int FirstYear = 1800;
        private const int LastYear = 2100;

        public static IEnumerable<Quantity> Find(Document document)
        {
            var lexicon = QuantityLexicon.For(document.Language);
            foreach (var sentence in document.Sentences)
            {
                foreach (Match match in lexicon.Pattern.Matches(sentence.Text))
                {
                    var quantity = Interpret(match, sentence, lexicon);
                    if (quantity != null)
                    {
                        yield return quantity;
                    }
                }
            }
        }

        private static Quantity? Interpret(Match match, Sentence sentence, QuantityLexicon lexicon)
        {
            var unitGroup = match.Groups["unit"];
            var unitText = unitGroup.Success ? unitGroup.Value : string.Empty;
            if (lexicon.NotUnits.Contains(unitText) || lexicon.Identifiers.Contains(PreviousWord(sentence.Text, match.Index)))
            {
                return null;
            }

            var unit = unitText.Length == 0 ? string.Empty : CanonicalUnit(unitText, lexicon);
            var qualifier = match.Groups["qualifier"].Success ? match.Groups["qualifier"].Value : null;
            var end = unitGroup.Success ? unitGroup.Index + unitGroup.Length : TrimmedEnd(match);
            var text = sentence.Text.Substring(match.Index, end - match.Index);
            var head = HeadNoun(sentence.Text, qualifier != null ? match.Index : match.Groups["number"].Index, lexicon);

            if (match.Groups["vague"].Success)
            {
                // 'des dizaines de' with nothing counted after it says nothing.
                return unit.Length == 0 ? null : new Quantity(sentence.Start + match.Index, text, null, unit, unitText, head, qualifier, sentence, "number-vague");
            }

            var number = match.Groups["number"].Value;
            var scale = match.Groups["scale"];
            var isWord = !char.IsDigit(number[0]);
            var value = isWord ? lexicon.Words[number.ToLowerInvariant()] : ParseDigits(number, lexicon.DecimalComma);
            if (value == null)
            {
                return null;
            }

            if (scale.Success)
            {
                value *= lexicon.Scales[scale.Value.ToLowerInvariant()];
            }
            else if (unit.Length == 0 || (!isWord && value >= FirstYear && value <= LastYear && value % 1 == 0 && number.Length == 4))
            {
                // A bare number counts nothing we can name; a bare four-digit number in range is a year.
                return null;
            }

            return new Quantity(sentence.Start + match.Index, text, value, unit, unitText, head, qualifier, sentence, isWord ? "number-words" : "number-digits");
        }

        /// <summary>'4,9' / '1 000' / '1.000' in French, '4.9' / '1,000' in English.</summary>
        internal static double? ParseDigits(string number, bool decimalComma)
        {
            var compact = new string(number.Where(c => !char.IsWhiteSpace(c)).ToArray());
            var decimalMark = decimalComma ? ',' : '.';
            var groupMark = decimalComma ? '.' : ',';
            var groups = compact.Split(groupMark);
            if (groups.Length > 1)
            {
                // The group mark groups thousands only when every group after it has three digits ('1,000,000');
                // otherwise a lone one is a decimal written the other language's way ('4.9' in a French text).
                var thousands = groups.Skip(1).Select(g => g.Split(decimalMark)[0]).All(g => g.Length == 3);
                if (!thousands && groups.Length > 2)
                {
                    return null;
                }

                compact = thousands ? string.Concat(groups) : groups[0] + decimalMark + groups[1];
            }

            return double.TryParse(compact.Replace(decimalMark, '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : (double?)null;
        }

        private static string CanonicalUnit(string unitText, QuantityLexicon lexicon)
        {
            var word = unitText.ToLowerInvariant();
            if (lexicon.Units.TryGetValue(word, out var unit))
            {
                return unit;
            }

            var singular = word.Length > 3 && (word.EndsWith("s", StringComparison.Ordinal) || word.EndsWith("x", StringComparison.Ordinal)) ? word.Substring(0, word.Length - 1) : word;
            return lexicon.Units.TryGetValue(singular, out unit) ? unit : singular;
        }

        /// <summary>The noun before 'de'/'of' ahead of the number: 'préavis' in 'un préavis de 30 jours'.</summary>
        private static string? HeadNoun(string text, int numberStart, QuantityLexicon lexicon)
        {
            var before = text.Substring(0, numberStart).TrimEnd();
            var preposition = lexicon.Code == Languages.LanguageData.French ? "de" : "of";
            if (!before.EndsWith(" " + preposition, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            var word = PreviousWord(before, before.Length - preposition.Length);
            return word.Length > 2 ? word : null;
        }

        private static string PreviousWord(string text, int index)
        {
            var end = index;
            while (end > 0 && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            var start = end;
            while (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] == '°' || text[start - 1] == '.'))
            {
                start--;
            }

            // An elided article ('l’article') belongs to the word after it.
            return text.Substring(start, end - start).TrimEnd('.');
        }

        private static int TrimmedEnd(Match match)
        {
            var end = match.Index + match.Length;
            while (end > match.Index && char.IsWhiteSpace(match.Value[end - match.Index - 1]))
            {
                end--;
            }

            return end;
        }
    }
}
