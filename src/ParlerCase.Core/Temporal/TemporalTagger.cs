using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using ParlerCase.Core.Common;
using ParlerCase.Core.Dates;
using ParlerCase.Core.Documents;

namespace ParlerCase.Core.Temporal
{
    /// <summary>
    /// Finds the date expressions of a document and resolves them, in text order, against the publication date
    /// (the anchor), the date of a document the sentence cites ('une lettre datée du 8 janvier'), the day a quotation
    /// was said ('« ... dimanche », a déclaré l'hébergeur vendredi'), or the last date the text resolved ('un mois
    /// plus tard'). Bare weekdays and months take past or future from the tense of
    /// the verb that governs them. Nothing is guessed: what cannot be resolved carries no value and a warning.
    /// </summary>
    public static class TemporalTagger
    {
        private static readonly Pattern OpeningParenthesis = Patterns.Compile(@"^\s*\(");

        /// <summary>Every temporal expression of the document as TimeML draws them, in text order: what Get-CaseDate writes.</summary>
        public static IReadOnlyList<TemporalExpression> Tag(Document document, PartialDate? anchor) => TimexAnnotator.Tag(document, anchor, Find(document, anchor));

        public static IReadOnlyList<TemporalExpression> Find(Document document, PartialDate? anchor)
        {
            var lexicon = TemporalLexicon.For(document.Language);
            var tenses = TenseCues.For(document.Language);
            var found = new List<TemporalExpression>();
            PartialDate? previous = null;
            var sentenceIndex = 0;
            var previousDaySentence = int.MinValue;
            foreach (var sentence in document.Sentences)
            {
                sentenceIndex++;
                var words = lexicon.WordsIn(sentence.Text);
                if (words == DateWords.None)
                {
                    continue;
                }

                // A day number alone is a date only right after a day the text dated (this sentence or the one before).
                var afterDay = previous is PartialDate last && last.Precision == DatePrecision.Day && sentenceIndex - previousDaySentence <= 1;
                var candidates = Select(Candidates(lexicon, sentence.Text, words).Where(c => c.Kind != CandidateKinds.BareDay || afterDay));
                foreach (var c in candidates)
                {
                    ExtendWithTime(lexicon, sentence.Text, c);
                }

                MarkRestatements(sentence.Text, candidates);
                var context = new SentenceResolver(lexicon, tenses, sentence, anchor);

                // A document's own date ('une lettre datée du 8 janvier') anchors what the sentence says after it.
                foreach (var c in candidates.Where(c => IsDocumentDate(lexicon, sentence.Text, c)))
                {
                    c.Result = context.Resolve(c, previous);
                    if (c.Result.Value is DateRange value)
                    {
                        context.SetDocument(value.Start, c.End);
                    }
                }

                // What a quotation says counts from the day it was said, when the words around it give that day
                // ('« Nous fermerons dimanche », a déclaré l'hébergeur vendredi').
                var quotes = QuoteRegions.Find(sentence.Text);
                if (candidates.Any(c => quotes.IsInside(c.Start)))
                {
                    foreach (var c in candidates.Where(c => c.Result == null && c.RestatementOf == null && !quotes.IsInside(c.Start)))
                    {
                        c.Result = context.Resolve(c, previous);
                        if (c.Result.Value is DateRange said && said.Precision == DatePrecision.Day && !said.IsInterval)
                        {
                            context.SetSpeech(said.Start, quotes);
                            break;
                        }
                    }
                }

                foreach (var c in candidates)
                {
                    c.Result ??= c.RestatementOf?.Result is TemporalExpression main
                        ? context.Restate(c, main)
                        : context.Resolve(c, previous);
                    if (!c.Result.IsRestatement && c.Result.Value is DateRange v)
                    {
                        previous = v.End;
                        previousDaySentence = v.Precision == DatePrecision.Day ? sentenceIndex : previousDaySentence;
                    }

                    found.Add(c.Result);
                }
            }

            return found;
        }

        private static IEnumerable<Candidate> Candidates(TemporalLexicon lexicon, string text, DateWords words)
        {
            var rules = new (Pattern Pattern, string Kind, DateWords Needs)[]
            {
                (lexicon.IsoDate, CandidateKinds.Iso, DateWords.Digit),
                (lexicon.NumericDate, CandidateKinds.Numeric, DateWords.Digit),
                (lexicon.DayMonth, CandidateKinds.DayMonth, DateWords.Digit | DateWords.Month),
                (lexicon.MonthDay, CandidateKinds.DayMonth, DateWords.Digit | DateWords.Month),
                (lexicon.BareDay, CandidateKinds.BareDay, DateWords.Digit),
                (lexicon.Holiday, CandidateKinds.Holiday, DateWords.Holiday),
                (lexicon.WeekdayRange, CandidateKinds.WeekdayRange, DateWords.Weekday),
                (lexicon.Offset, CandidateKinds.Offset, DateWords.Unit),
                (lexicon.Ago, CandidateKinds.Ago, DateWords.Unit),
                (lexicon.RelativePeriod, CandidateKinds.RelativePeriod, DateWords.RelativePeriod),
                (lexicon.RelativeDay, CandidateKinds.RelativeDay, DateWords.RelativeDay),
                (lexicon.MonthPeriod, CandidateKinds.Month, DateWords.Month),
                (lexicon.YearPeriod, CandidateKinds.Year, DateWords.Digit),
                (lexicon.Weekday, CandidateKinds.Weekday, DateWords.Weekday),
            };
            for (var priority = 0; priority < rules.Length; priority++)
            {
                if ((words & rules[priority].Needs) != rules[priority].Needs)
                {
                    continue;
                }

                foreach (Match m in rules[priority].Pattern.Matches(text))
                {
                    // A month standing alone needs a modifier or a year ('en janvier', 'janvier 2021') or to qualify a
                    // noun ('the November deadline'): a bare 'mars' or 'May' is too often something else.
                    if (rules[priority].Kind == CandidateKinds.Month && !m.Groups["modifier"].Success && !m.Groups["year"].Success && !lexicon.IsMonthBeforeNoun(text, m))
                    {
                        continue;
                    }

                    yield return new Candidate(m, rules[priority].Kind, priority);
                }
            }
        }

        /// <summary>The longest candidates that do not overlap, in text order.</summary>
        private static List<Candidate> Select(IEnumerable<Candidate> candidates)
        {
            var kept = new List<Candidate>();
            var end = 0;
            foreach (var c in candidates.OrderBy(c => c.Start).ThenByDescending(c => c.End - c.Start).ThenBy(c => c.Priority))
            {
                if (c.Start >= end)
                {
                    kept.Add(c);
                    end = c.End;
                }
            }

            return kept;
        }

        /// <summary>Takes in a time and zone written around a day: 'peu avant minuit le dimanche, heure normale du Pacifique'.</summary>
        private static void ExtendWithTime(TemporalLexicon lexicon, string text, Candidate c)
        {
            if (c.Kind != CandidateKinds.Weekday && c.Kind != CandidateKinds.DayMonth && c.Kind != CandidateKinds.RelativeDay && c.Kind != CandidateKinds.Iso)
            {
                return;
            }

            var from = Math.Max(0, c.Start - 60);
            var before = lexicon.TimeBefore.Match(text.Substring(from, c.Start - from));
            if (before.Success)
            {
                c.Start = from + before.Index;
                c.Time = before.Groups["time"].Value;
                c.Zone = before.Groups["zone"].Success ? before.Groups["zone"].Value : null;
            }

            var after = lexicon.TimeAfter.Match(text.Substring(c.End, Math.Min(80, text.Length - c.End)));
            if (after.Success && (after.Groups["time"].Success || after.Groups["zone"].Success))
            {
                if (after.Groups["time"].Success && c.Time == null)
                {
                    c.Time = after.Groups["time"].Value;
                }

                if (after.Groups["zone"].Success && c.Zone == null)
                {
                    c.Zone = after.Groups["zone"].Value;
                }

                c.End += after.Index + after.Length;
            }

            if (c.Time != null && lexicon.MinutesOf(c.Time) is int minutes)
            {
                c.Minutes = minutes;
            }
        }

        /// <summary>A zoned time in parentheses right after another restates the same instant: '(07 h 59 GMT le lundi)'.</summary>
        private static void MarkRestatements(string text, List<Candidate> candidates)
        {
            for (var i = 1; i < candidates.Count; i++)
            {
                var main = candidates[i - 1];
                var inner = candidates[i];
                if (main.Zone == null || inner.Zone == null || inner.Minutes == null)
                {
                    continue;
                }

                var open = OpeningParenthesis.Match(text.Substring(main.End, inner.Start - main.End));
                var close = text.IndexOf(')', inner.Start);
                if (open.Success && main.End + open.Length == inner.Start && close >= inner.End)
                {
                    inner.RestatementOf = main;
                }
            }
        }

        private static bool IsDocumentDate(TemporalLexicon lexicon, string text, Candidate c)
        {
            var from = Math.Max(0, c.Start - 60);
            return lexicon.DocumentBefore.IsMatch(text.Substring(from, c.Start - from));
        }

    }
}
