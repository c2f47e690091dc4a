using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ParlerCase.Core.Articles;
using ParlerCase.Core.Common;
using ParlerCase.Core.Dates;
using ParlerCase.Core.Documents;
using ParlerCase.Core.Languages;
using ParlerCase.Core.Metadata;
using ParlerCase.Core.Temporal;

namespace ParlerCase.Core.Checks
{
    /// <summary>
    /// Checks one source for what should make an analyst careful with it: quotation marks that do not balance, a
    /// publication date missing or weak, repeated paragraphs, furniture left in the body, mis-decoded text and
    /// machine-translation artefacts. Each check is a small method; each finding cites its evidence.
    /// </summary>
    public static class SourceChecks
    {
        private static readonly Lazy<PatternSet> Leftovers = new Lazy<PatternSet>(() => PatternSet.Load("common", "leftover-clutter.txt"));

        private static readonly Lazy<IReadOnlyList<string>> Mojibake =
            new Lazy<IReadOnlyList<string>>(() => LanguageData.ReadList("common", "mojibake.txt").ToList());

        private static readonly Dictionary<string, Lazy<PatternSet>> Suspects =
            LanguageData.Supported.ToDictionary(
                code => code,
                code => new Lazy<PatternSet>(() => PatternSet.Load(code, "suspect-sequences.txt")),
                StringComparer.OrdinalIgnoreCase);

        public static IEnumerable<Finding> Run(Article article) =>
            WeekdayMismatches(article)
                .Concat(PublicationDate(article))
                .Concat(UnbalancedQuotes(article.Body))
                .Concat(RepeatedParagraphs(article))
                .Concat(LeftoverClutter(article.Body))
                .Concat(GarbledText(article.Body))
                .Concat(MachineTranslation(article.Body));

        /// <summary>A weekday written with a date it does not fall on: the tagger kept one reading and says which.</summary>
        private static IEnumerable<Finding> WeekdayMismatches(Article article) =>
            TemporalTagger.Find(article.Body, article.Published.HasValue ? article.Published.Value : (PartialDate?)null)
                .Where(e => e.Alternative != null && e.Warning != null)
                .Select(e => new Finding(CheckKind.WeekdayMismatch, Severity.Warning, $"'{e.Text}': {e.Warning}.", article.Body.SentenceAt(e.Offset)?.Text ?? e.Text, e.Offset, e.Rule));

        private static IEnumerable<Finding> PublicationDate(Article article)
        {
            var published = article.Published;
            if (!published.HasValue)
            {
                yield return new Finding(CheckKind.PublicationDate, Severity.Warning, "No publication date: relative dates ('hier', 'last Friday') in this source are not resolved.", "no metadata file entry, header or page date", null, "publication-date-missing");
                yield break;
            }

            if (published.Origin == MetadataOrigin.Inferred)
            {
                yield return new Finding(CheckKind.PublicationDate, Severity.Warning, $"The publication date {published.Value.Iso} is only inferred from the text.", published.Evidence ?? string.Empty, null, "publication-date-inferred");
            }

            if (published.Value.Precision != DatePrecision.Day)
            {
                yield return new Finding(CheckKind.PublicationDate, Severity.Info, $"The publication date is known only to the {published.Value.Precision.ToString().ToLowerInvariant()} ({published.Value.Iso}): relative dates resolve no finer.", published.Evidence ?? string.Empty, null, "publication-date-imprecise");
            }
        }

        private static IEnumerable<Finding> UnbalancedQuotes(Document body)
        {
            foreach (var paragraph in body.Paragraphs)
            {
                foreach (var at in QuoteRegions.Find(paragraph.Text).Unmatched)
                {
                    yield return QuoteFinding(body, paragraph, at, "has no partner in its paragraph: a quote may be cut or run on", "unmatched-quote-mark");
                }

                foreach (var at in MisplacedStraightQuotes(paragraph.Text))
                {
                    yield return QuoteFinding(body, paragraph, at, "faces the wrong way for its place (an opening mark where a closing one belongs, or the reverse): the quote's limits are unsure", "misplaced-quote-mark");
                }
            }
        }

        /// <summary>
        /// Straight marks alternate open, close, open...: an opening mark stands before a word ('"Nous'), a closing
        /// one after ('nous."'). A mark whose neighbours say the opposite of its turn was misplaced, often by a
        /// translation that moved the marks ('intentionnellement. "Elle a noté que" l’allégation').
        /// </summary>
        private static IEnumerable<int> MisplacedStraightQuotes(string text)
        {
            var opening = true;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] != '"')
                {
                    continue;
                }

                var spaceBefore = i == 0 || char.IsWhiteSpace(text[i - 1]);
                var spaceAfter = i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]) || char.IsPunctuation(text[i + 1]);
                if ((opening && !spaceBefore && spaceAfter) || (!opening && spaceBefore && !spaceAfter))
                {
                    yield return i;
                }

                opening = !opening;
            }
        }

        private static Finding QuoteFinding(Document body, Paragraph paragraph, int at, string what, string rule)
        {
            var offset = paragraph.Start + at;
            return new Finding(CheckKind.UnbalancedQuotes, Severity.Warning, $"The quotation mark {paragraph.Text[at]} at offset {offset.ToString(CultureInfo.InvariantCulture)} {what}.", body.SentenceAt(offset)?.Text ?? paragraph.Text, offset, rule);
        }

        private static IEnumerable<Finding> RepeatedParagraphs(Article article) =>
            article.Removed
                .Where(r => r.Rule == "repeated-line")
                .Select(r => new Finding(CheckKind.RepeatedParagraph, Severity.Info, $"Line {r.LineNumber.ToString(CultureInfo.InvariantCulture)} repeats an earlier line; it was kept once.", r.Text, null, "repeated-line"));

        private static IEnumerable<Finding> LeftoverClutter(Document body) =>
            Matches(body, Leftovers.Value, CheckKind.LeftoverClutter, Severity.Info, "Page furniture left in the body");

        private static IEnumerable<Finding> MachineTranslation(Document body) =>
            Suspects.TryGetValue(body.Language, out var patterns)
                ? Matches(body, patterns.Value, CheckKind.MachineTranslation, Severity.Warning, "A word sequence typical of machine translation or a garbled edit")
                : Enumerable.Empty<Finding>();

        private static IEnumerable<Finding> GarbledText(Document body)
        {
            foreach (var sentence in body.Sentences)
            {
                foreach (var marker in Mojibake.Value)
                {
                    var at = sentence.Text.IndexOf(marker, StringComparison.Ordinal);
                    if (at >= 0)
                    {
                        yield return new Finding(CheckKind.GarbledText, Severity.Warning, $"'{marker}' looks like text decoded with the wrong character set.", sentence.Text, sentence.Start + at, "mojibake");
                        break;
                    }
                }
            }
        }

        private static IEnumerable<Finding> Matches(Document body, PatternSet patterns, CheckKind check, Severity severity, string what)
        {
            foreach (var sentence in body.Sentences)
            {
                foreach (var (rule, match) in patterns.MatchEach(sentence.Text))
                {
                    yield return new Finding(check, severity, $"{what}: '{match.Value.Trim()}'.", sentence.Text, sentence.Start + match.Index, rule);
                }
            }
        }
    }
}
