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
        private static readonly Regex OpeningParenthesis = Patterns.Compile(@"^\s*\(");
        private static readonly Regex ReferentEnd = Patterns.Compile(@"[,;:.!?()«»“”""\[\]]");
        private static readonly Regex WordAhead = Patterns.Compile(@"^\s+\p{L}");

        public static IReadOnlyList<TemporalExpression> Find(Document document, PartialDate? anchor)
        {
            var lexicon = TemporalLexicon.For(document.Language);
            var tenses = TenseCues.For(document.Language);
            var found = new List<TemporalExpression>();
            PartialDate? previous = null;
            foreach (var sentence in document.Sentences)
            {
                var words = lexicon.WordsIn(sentence.Text);
                if (words == DateWords.None)
                {
                    continue;
                }

                var candidates = Select(Candidates(lexicon, sentence.Text, words));
                foreach (var c in candidates)
                {
                    ExtendWithTime(lexicon, sentence.Text, c);
                }

                MarkRestatements(sentence.Text, candidates);
                var context = new SentenceContext(lexicon, tenses, sentence, anchor);

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
                    }

                    found.Add(c.Result);
                }
            }

            return found;
        }

        private static IEnumerable<Candidate> Candidates(TemporalLexicon lexicon, string text, DateWords words)
        {
            var rules = new (Regex Pattern, string Kind, DateWords Needs)[]
            {
                (lexicon.IsoDate, Kinds.Iso, DateWords.Digit),
                (lexicon.NumericDate, Kinds.Numeric, DateWords.Digit),
                (lexicon.DayMonth, Kinds.DayMonth, DateWords.Digit | DateWords.Month),
                (lexicon.MonthDay, Kinds.DayMonth, DateWords.Digit | DateWords.Month),
                (lexicon.WeekdayRange, Kinds.WeekdayRange, DateWords.Weekday),
                (lexicon.Offset, Kinds.Offset, DateWords.Unit),
                (lexicon.Ago, Kinds.Ago, DateWords.Unit),
                (lexicon.RelativePeriod, Kinds.RelativePeriod, DateWords.RelativePeriod),
                (lexicon.RelativeDay, Kinds.RelativeDay, DateWords.RelativeDay),
                (lexicon.MonthPeriod, Kinds.Month, DateWords.Month),
                (lexicon.YearPeriod, Kinds.Year, DateWords.Digit),
                (lexicon.Weekday, Kinds.Weekday, DateWords.Weekday),
            };
            for (var priority = 0; priority < rules.Length; priority++)
            {
                if ((words & rules[priority].Needs) != rules[priority].Needs)
                {
                    continue;
                }

                foreach (Match m in rules[priority].Pattern.Matches(text))
                {
                    // A month standing alone needs a modifier or a year ('en janvier', 'janvier 2021'): a bare
                    // 'mars' or 'May' is too often something else.
                    if (rules[priority].Kind == Kinds.Month && !m.Groups["modifier"].Success && !m.Groups["year"].Success)
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
            if (c.Kind != Kinds.Weekday && c.Kind != Kinds.DayMonth && c.Kind != Kinds.RelativeDay && c.Kind != Kinds.Iso)
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

        private static class Kinds
        {
            public const string Iso = "iso";
            public const string Numeric = "numeric";
            public const string DayMonth = "day-month";
            public const string WeekdayRange = "weekday-range";
            public const string Offset = "offset";
            public const string Ago = "ago";
            public const string RelativePeriod = "relative-period";
            public const string RelativeDay = "relative-day";
            public const string Month = "month";
            public const string Year = "year";
            public const string Weekday = "weekday";
        }

        private sealed class Candidate
        {
            public Candidate(Match match, string kind, int priority)
            {
                Match = match;
                Kind = kind;
                Priority = priority;
                Start = match.Index;
                End = match.Index + match.Length;
            }

            public Match Match { get; }

            public string Kind { get; }

            public int Priority { get; }

            public int Start { get; set; }

            public int End { get; set; }

            public string? Time { get; set; }

            public string? Zone { get; set; }

            public int? Minutes { get; set; }

            public Candidate? RestatementOf { get; set; }

            public TemporalExpression? Result { get; set; }
        }

        /// <summary>Resolution of the candidates of one sentence.</summary>
        private sealed class SentenceContext
        {
            private readonly TemporalLexicon lexicon;
            private readonly TenseCues tenses;
            private readonly Sentence sentence;
            private readonly PartialDate? publication;

            public SentenceContext(TemporalLexicon lexicon, TenseCues tenses, Sentence sentence, PartialDate? publication)
            {
                this.lexicon = lexicon;
                this.tenses = tenses;
                this.sentence = sentence;
                this.publication = publication;
            }

            private PartialDate? document;
            private int documentEnd;
            private bool inDocument;

            private PartialDate? speech;
            private QuoteRegions? quotes;
            private bool inSpeech;

            private PartialDate? Anchor => inDocument ? document : inSpeech ? speech : publication;

            private string AnchorSource => inDocument ? "document" : inSpeech ? "speech" : "publication";

            public void SetDocument(PartialDate date, int end)
            {
                document = date;
                documentEnd = end;
            }

            public void SetSpeech(PartialDate date, QuoteRegions regions)
            {
                speech = date;
                quotes = regions;
            }

            public TemporalExpression Resolve(Candidate c, PartialDate? previous)
            {
                inDocument = document != null && c.Start >= documentEnd;
                inSpeech = speech != null && quotes!.IsInside(c.Start);
                var m = c.Match;
                return c.Kind switch
                {
                    Kinds.Iso => Absolute(c, Int(m, "year"), Int(m, "month"), Int(m, "day"), "iso-date"),
                    Kinds.Numeric => lexicon.DayFirst
                        ? Absolute(c, Int(m, "year"), Int(m, "second"), Int(m, "first"), "numeric-date-dmy")
                        : Absolute(c, Int(m, "year"), Int(m, "first"), Int(m, "second"), "numeric-date-mdy"),
                    Kinds.DayMonth => DayMonth(c),
                    Kinds.Month => Month(c),
                    Kinds.Year => Year(c),
                    Kinds.Weekday => Weekday(c),
                    Kinds.WeekdayRange => WeekdayRange(c),
                    Kinds.RelativeDay => RelativeDay(c, previous),
                    Kinds.RelativePeriod => RelativePeriod(c),
                    Kinds.Offset => Offset(c, previous),
                    _ => Ago(c),
                };
            }

            /// <summary>The same instant in another zone: its day comes from converting the main time, then is checked.</summary>
            public TemporalExpression Restate(Candidate c, TemporalExpression main)
            {
                var mainCandidate = c.RestatementOf!;
                var fromZone = lexicon.Zones[TemporalLexicon.Key(mainCandidate.Zone!)];
                var toZone = lexicon.Zones[TemporalLexicon.Key(c.Zone!)];
                if (main.Value is not DateRange day || mainCandidate.Minutes is not int minutes)
                {
                    return Build(c, "time-zone-restatement", null, null, Tense.Unknown, "restates a time that could not be resolved");
                }

                var instant = day.Start.Date.AddMinutes(minutes).AddHours(toZone - fromZone);
                var value = PartialDate.Day(instant.Year, instant.Month, instant.Day);
                string? warning = null;
                var restated = instant.Date.AddMinutes(c.Minutes!.Value);
                if (Math.Abs((restated - instant).TotalMinutes) > 60 && Math.Abs((restated.AddDays(-1) - instant).TotalMinutes) > 60)
                {
                    warning = $"the restated time {c.Time} {c.Zone} is not {mainCandidate.Time} {mainCandidate.Zone}";
                }

                if (c.Match.Groups["weekday"].Success && lexicon.Weekdays[TemporalLexicon.Key(c.Match.Groups["weekday"].Value)] != IsoDay(value.Date))
                {
                    warning = $"'{c.Match.Groups["weekday"].Value}' does not fall on {value.Iso}, the day {main.Text} is in {c.Zone}";
                }

                return new TemporalExpression(Text(c), sentence.Start + c.Start, "time-zone-restatement", new DateRange(value), day.Start, "previous",
                    Tense.Unknown, warning, timeOfDay: c.Time + " " + c.Zone, isRestatement: true);
            }

            private TemporalExpression Absolute(Candidate c, int year, int month, int day, string rule)
            {
                if (!IsValid(year, month, day))
                {
                    return Build(c, rule, null, null, Tense.Unknown, "not a calendar date");
                }

                return Build(c, rule, new DateRange(PartialDate.Day(year, month, day)), null, Tense.Unknown, null, anchored: false);
            }

            private TemporalExpression DayMonth(Candidate c)
            {
                var m = c.Match;
                var month = MonthOf(m);
                var day = Int(m, "day");
                var (tense, _) = TenseOf(c);
                int year;
                var rule = "day-month-year";
                var anchored = false;
                if (m.Groups["year"].Success)
                {
                    year = Int(m, "year");
                }
                else if (Anchor is PartialDate anchor && InferYear(month, day, anchor, tense) is int inferred)
                {
                    year = inferred;
                    rule = "day-month";
                    anchored = true;
                }
                else
                {
                    return Build(c, "day-month", null, null, tense, Anchor == null ? "no year and no publication date" : "not a calendar date");
                }

                if (!IsValid(year, month, day))
                {
                    return Build(c, rule, null, null, tense, "not a calendar date");
                }

                var date = PartialDate.Day(year, month, day);
                if (!m.Groups["weekday"].Success)
                {
                    return Build(c, rule, new DateRange(date), null, anchored ? tense : Tense.Unknown, null, anchored);
                }

                // The weekday is checked against the date; on a mismatch the day number is kept (it is the more
                // specific of the two) and the weekday's reading, the nearest such day, is given as the alternative.
                var weekdayName = m.Groups["weekday"].Value;
                var weekday = lexicon.Weekdays[TemporalLexicon.Key(weekdayName)];
                if (weekday == IsoDay(date.Date))
                {
                    return Build(c, "weekday-" + rule, new DateRange(date), null, anchored ? tense : Tense.Unknown, null, anchored);
                }

                var shift = ((weekday - IsoDay(date.Date) + 10) % 7) - 3;
                var alternative = PartialDate.Day(date.Date.AddDays(shift).Year, date.Date.AddDays(shift).Month, date.Date.AddDays(shift).Day);
                var warning = string.Format(
                    CultureInfo.InvariantCulture,
                    "weekday mismatch: {0} is a {1}, not '{2}'; kept the day number ({0}); the weekday names {3}",
                    date.Iso,
                    date.Date.DayOfWeek,
                    weekdayName,
                    alternative.Iso);
                return Build(c, "weekday-" + rule, new DateRange(date), new DateRange(alternative), anchored ? tense : Tense.Unknown, warning, anchored);
            }

            private TemporalExpression Month(Candidate c)
            {
                var m = c.Match;
                var month = MonthOf(m);
                var modifier = m.Groups["modifier"].Success ? lexicon.Modifiers[TemporalLexicon.Key(m.Groups["modifier"].Value)] : "in";
                var rule = modifier == "in" ? "month" : "month-" + modifier;
                if (m.Groups["year"].Success)
                {
                    return Build(c, rule + "-year", new DateRange(new PartialDate(new DateTime(Int(m, "year"), month, 1), DatePrecision.Month)), null, Tense.Unknown, null, anchored: false);
                }

                var (tense, _) = TenseOf(c);
                if (Anchor is not PartialDate anchor)
                {
                    return Build(c, rule, null, null, tense, "no year and no publication date");
                }

                // The nearest such month before (past) or after (future) the anchor; the nearest when no tense says.
                var options = Enumerable.Range(anchor.Date.Year - 1, 3).Select(y => new DateTime(y, month, 1)).ToList();
                var anchorMonth = new DateTime(anchor.Date.Year, anchor.Date.Month, 1);
                var chosen = anchor.Precision == DatePrecision.Year
                    ? new DateTime(anchor.Date.Year, month, 1)
                    : tense switch
                    {
                        Tense.Past => options.Where(d => d <= anchorMonth).Max(),
                        Tense.Future => options.Where(d => d >= anchorMonth).Min(),
                        _ => options.OrderBy(d => Math.Abs((d - anchorMonth).TotalDays)).First(),
                    };
                return Build(c, rule, new DateRange(new PartialDate(chosen, DatePrecision.Month)), null, tense, null);
            }

            private TemporalExpression Year(Candidate c)
            {
                var modifier = lexicon.Modifiers[TemporalLexicon.Key(c.Match.Groups["modifier"].Value)];
                var year = new PartialDate(new DateTime(Int(c.Match, "year"), 1, 1), DatePrecision.Year);
                return Build(c, modifier == "in" ? "year" : "year-" + modifier, new DateRange(year), null, Tense.Unknown, null, anchored: false);
            }

            private TemporalExpression Weekday(Candidate c)
            {
                var m = c.Match;
                var weekday = lexicon.Weekdays[TemporalLexicon.Key(m.Groups["weekday"].Value)];
                var (mode, tense) = WeekdayMode(c);
                if (Anchor is not PartialDate anchor || anchor.Precision != DatePrecision.Day)
                {
                    return Build(c, "weekday-" + mode, null, null, tense, "a weekday needs a publication date known to the day");
                }

                // 'le dimanche' alone is every Sunday; with a time ('minuit le dimanche') it is one.
                var before = sentence.Text.Substring(Math.Max(0, c.Start - 10), Math.Min(10, c.Start));
                if (c.Time == null && c.Zone == null && !m.Groups["part"].Success && !m.Groups["relative"].Success && !m.Groups["prerelative"].Success
                    && lexicon.HabitualBefore.IsMatch(before))
                {
                    return Build(c, "weekday-habitual", null, null, tense, "a weekday after an article is a habit, not a day");
                }

                var date = OnWeekday(anchor.Date, weekday, mode);
                var warning = mode == "nearest" ? "no tense cue: took the nearest such day" : null;
                return Build(c, "weekday-" + mode, new DateRange(Day(date)), null, tense, warning);
            }

            private TemporalExpression WeekdayRange(Candidate c)
            {
                var m = c.Match;
                var first = lexicon.Weekdays[TemporalLexicon.Key(m.Groups["weekday"].Value)];
                var second = lexicon.Weekdays[TemporalLexicon.Key(m.Groups["weekday2"].Value)];
                var (mode, tense) = WeekdayMode(c);
                if (Anchor is not PartialDate anchor || anchor.Precision != DatePrecision.Day)
                {
                    return Build(c, "weekday-range-" + mode, null, null, tense, "a weekday needs a publication date known to the day");
                }

                // 'dernier' after the last day applies to both: the range ends on that day and starts on the first
                // day before it.
                var end = OnWeekday(anchor.Date, second, mode);
                var start = end.AddDays(-((second - first + 7) % 7));
                return Build(c, "weekday-range-" + mode, new DateRange(Day(start), Day(end)), null, tense, null);
            }

            private TemporalExpression RelativeDay(Candidate c, PartialDate? previous)
            {
                var (days, fromPrevious) = lexicon.RelativeDays[TemporalLexicon.Key(c.Match.Groups["phrase"].Value)];
                var shift = new CalendarOffset(days, CalendarUnit.Day);
                if (!fromPrevious)
                {
                    return FromAnchor(c, shift, "relative-day");
                }

                if (EventAfter(c, requireConnector: true) is EventReference reference)
                {
                    return EventRelative(c, reference, shift, "relative-day-from-event");
                }

                return FromPrevious(c, previous, shift, "relative-day-from-previous");
            }

            private TemporalExpression RelativePeriod(Candidate c)
            {
                var offset = lexicon.RelativePeriods[TemporalLexicon.Key(c.Match.Groups["phrase"].Value)];
                if (Anchor is not PartialDate anchor)
                {
                    return Build(c, "relative-period", null, null, Tense.Unknown, "no publication date");
                }

                var shifted = anchor.Date;
                switch (offset.Unit)
                {
                    case CalendarUnit.Year:
                        return Build(c, "relative-period", new DateRange(new PartialDate(shifted.AddYears(offset.Amount), DatePrecision.Year)), null, Tense.Unknown, null);
                    case CalendarUnit.Month when anchor.Precision <= DatePrecision.Month:
                        return Build(c, "relative-period", new DateRange(new PartialDate(shifted.AddMonths(offset.Amount), DatePrecision.Month)), null, Tense.Unknown, null);
                    case CalendarUnit.Week when anchor.Precision == DatePrecision.Day:
                        // A week is the Monday-to-Sunday interval.
                        var monday = shifted.AddDays((7 * offset.Amount) - (IsoDay(shifted) - 1));
                        return Build(c, "relative-period", new DateRange(Day(monday), Day(monday.AddDays(6))), null, Tense.Unknown, null);
                    default:
                        return Build(c, "relative-period", null, null, Tense.Unknown, "the publication date is not precise enough");
                }
            }

            private TemporalExpression Offset(Candidate c, PartialDate? previous)
            {
                var shift = OffsetOf(c);
                var direction = TemporalLexicon.Key(c.Match.Groups["direction"].Value);
                if (!lexicon.LaterWords.Contains(direction))
                {
                    shift = new CalendarOffset(-shift.Amount, shift.Unit);
                }

                var preposition = lexicon.DirectionPrepositions.Contains(direction);
                if (EventAfter(c, requireConnector: !preposition) is EventReference reference)
                {
                    return EventRelative(c, reference, shift, "offset-from-event");
                }

                return FromPrevious(c, previous, shift, "offset-from-previous");
            }

            private TemporalExpression Ago(Candidate c)
            {
                var shift = OffsetOf(c);
                return FromAnchor(c, new CalendarOffset(-shift.Amount, shift.Unit), "offset-ago");
            }

            private TemporalExpression FromAnchor(Candidate c, CalendarOffset shift, string rule)
            {
                if (Anchor is not PartialDate anchor)
                {
                    return Build(c, rule, null, null, Tense.Unknown, "no publication date");
                }

                if (shift.Amount == 0 && IsUnknownCount(c))
                {
                    return Build(c, rule, null, null, Tense.Unknown, "an unknown number of units");
                }

                return Build(c, rule, new DateRange(shift.ApplyTo(anchor)), null, Tense.Unknown, null);
            }

            private TemporalExpression FromPrevious(Candidate c, PartialDate? previous, CalendarOffset shift, string rule)
            {
                if (previous is not PartialDate from)
                {
                    return Build(c, rule, null, null, Tense.Unknown, "no earlier date in the text to count from");
                }

                if (IsUnknownCount(c))
                {
                    return new TemporalExpression(Text(c), sentence.Start + c.Start, rule, null, from, "previous", Tense.Unknown, "an unknown number of units");
                }

                return new TemporalExpression(Text(c), sentence.Start + c.Start, rule, new DateRange(shift.ApplyTo(from)), from, "previous", Tense.Unknown);
            }

            private TemporalExpression EventRelative(Candidate c, EventReference reference, CalendarOffset shift, string rule)
            {
                var warning = IsUnknownCount(c) ? "an unknown number of units" : null;
                return new TemporalExpression(Text(c), sentence.Start + c.Start, rule, null, null, "event", Tense.Unknown, warning,
                    relativeToEvent: new EventReference(reference.Text, reference.Offset, shift));
            }

            /// <summary>The noun phrase of an event right after an expression ('de la suspension du service'), up to punctuation.</summary>
            private EventReference? EventAfter(Candidate c, bool requireConnector)
            {
                var rest = sentence.Text.Substring(c.End);
                var connector = lexicon.EventConnector.Match(rest);
                if (!connector.Success && (requireConnector || !WordAhead.IsMatch(rest)))
                {
                    return null;
                }

                var start = c.End + (connector.Success ? connector.Index + connector.Length : 0);
                while (start < sentence.Text.Length && char.IsWhiteSpace(sentence.Text[start]))
                {
                    start++;
                }

                var endMatch = ReferentEnd.Match(sentence.Text, start);
                var end = endMatch.Success ? endMatch.Index : sentence.Text.Length;
                if (end <= start)
                {
                    return null;
                }

                return new EventReference(sentence.Text.Substring(start, end - start).TrimEnd(), sentence.Start + start, default);
            }

            private (string Mode, Tense Tense) WeekdayMode(Candidate c)
            {
                var m = c.Match;
                var relative = m.Groups["relative"].Success ? m.Groups["relative"].Value : m.Groups["prerelative"].Success ? m.Groups["prerelative"].Value : null;
                if (relative != null && lexicon.Last.Contains(TemporalLexicon.Key(relative)))
                {
                    return ("last", Tense.Past);
                }

                if (relative != null && lexicon.Next.Contains(TemporalLexicon.Key(relative)))
                {
                    return ("next", Tense.Future);
                }

                var (tense, _) = TenseOf(c);
                return (tense == Tense.Past ? "past" : tense == Tense.Future ? "future" : "nearest", tense);
            }

            private (Tense, string?) TenseOf(Candidate c) => tenses.Detect(sentence.Text, c.Start, c.End);

            private TemporalExpression Build(Candidate c, string rule, DateRange? value, DateRange? alternative, Tense tense, string? warning, bool anchored = true)
            {
                var anchor = anchored ? Anchor : null;
                var timeOfDay = c.Time != null || c.Zone != null ? string.Join(" ", new[] { c.Time, c.Zone }.Where(s => s != null)) : null;
                return new TemporalExpression(Text(c), sentence.Start + c.Start, rule, value, anchor, anchored ? AnchorSource : "none", tense, warning, alternative,
                    timeOfDay: timeOfDay);
            }

            private string Text(Candidate c) => sentence.Text.Substring(c.Start, c.End - c.Start).TrimEnd(' ', ',');

            private int MonthOf(Match m) => lexicon.Months[TemporalLexicon.Key(m.Groups["month"].Value)];

            private CalendarOffset OffsetOf(Candidate c)
            {
                var count = c.Match.Groups["count"].Value;
                var amount = int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : lexicon.Numbers[TemporalLexicon.Key(count)];
                return new CalendarOffset(amount, lexicon.Units[TemporalLexicon.Key(c.Match.Groups["unit"].Value)]);
            }

            // 'quelques jours', 'a few days': the table gives 0 for an unknown count.
            private bool IsUnknownCount(Candidate c) =>
                c.Match.Groups["count"].Success && !char.IsDigit(c.Match.Groups["count"].Value[0]) && lexicon.Numbers[TemporalLexicon.Key(c.Match.Groups["count"].Value)] == 0;
        }

        private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

        private static bool IsValid(int year, int month, int day) =>
            year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

        private static int IsoDay(DateTime date) => date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek;

        private static PartialDate Day(DateTime date) => PartialDate.Day(date.Year, date.Month, date.Day);

        /// <summary>
        /// The day of a weekday relative to the anchor: 'last' strictly before, 'next' strictly after, 'past' on or
        /// before, 'future' on or after, 'nearest' within three days either way.
        /// </summary>
        private static DateTime OnWeekday(DateTime anchor, int weekday, string mode)
        {
            var back = (IsoDay(anchor) - weekday + 7) % 7;
            var forward = (weekday - IsoDay(anchor) + 7) % 7;
            return mode switch
            {
                "last" => anchor.AddDays(back == 0 ? -7 : -back),
                "next" => anchor.AddDays(forward == 0 ? 7 : forward),
                "past" => anchor.AddDays(-back),
                "future" => anchor.AddDays(forward),
                _ => back <= forward ? anchor.AddDays(-back) : anchor.AddDays(forward),
            };
        }

        /// <summary>The year of a day and month written without one: before the anchor in the past tense, after it in the future, else the nearest.</summary>
        private static int? InferYear(int month, int day, PartialDate anchor, Tense tense)
        {
            if (anchor.Precision == DatePrecision.Year)
            {
                return anchor.Date.Year;
            }

            var options = Enumerable.Range(anchor.Date.Year - 1, 3).Where(y => IsValid(y, month, day)).Select(y => new DateTime(y, month, day)).ToList();
            var first = anchor.Date;
            var last = new DateRange(anchor).LastDay;
            var chosen = tense switch
            {
                Tense.Past => options.Where(d => d <= last).DefaultIfEmpty().Max(),
                Tense.Future => options.Where(d => d >= first).DefaultIfEmpty(DateTime.MaxValue).Min(),
                _ => options.OrderBy(d => d < first ? (first - d).TotalDays : d > last ? (d - last).TotalDays : 0).FirstOrDefault(),
            };
            return chosen == default || chosen == DateTime.MaxValue ? (int?)null : chosen.Year;
        }
    }
}
