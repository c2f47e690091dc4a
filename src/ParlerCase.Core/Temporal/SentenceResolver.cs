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
    /// Resolves the date candidates of one sentence against the publication date, the date of a document or a
    /// quotation the sentence gives, or the previous date of the text; past or future from the tense.
    /// </summary>
    internal sealed class SentenceResolver
    {
        private static readonly Pattern ReferentEnd = Patterns.Compile(@"[,;:.!?()«»“”""\[\]]");
        private static readonly Pattern WordAhead = Patterns.Compile(@"^\s+\p{L}");

        private readonly TemporalLexicon lexicon;
        private readonly TenseCues.Reading tenses;
        private readonly Sentence sentence;
        private readonly PartialDate? publication;

        // The date of a document the sentence cites, from where it is named on; the day a quotation was said.
        private PartialDate? document;
        private int documentEnd;
        private bool inDocument;
        private PartialDate? speech;
        private QuoteRegions? quotes;
        private bool inSpeech;

        public SentenceResolver(TemporalLexicon lexicon, TenseCues tenses, Sentence sentence, PartialDate? publication)
        {
            this.lexicon = lexicon;
            this.tenses = tenses.Read(sentence.Text);
            this.sentence = sentence;
            this.publication = publication;
        }

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

        /// <summary>
        /// The candidate's date. A date the calendar cannot hold ('le lendemain' of 9999-12-31, a month before
        /// 0001-01-01) is no date: the expression stays, unresolved, with a warning.
        /// </summary>
        public TemporalExpression Resolve(Candidate c, PartialDate? previous)
        {
            try
            {
                return ResolveWithin(c, previous);
            }
            catch (ArgumentOutOfRangeException)
            {
                return Build(c, "outside-calendar", null, null, Tense.Unknown, "the date falls outside the calendar (years 1 to 9999)");
            }
        }

        private TemporalExpression ResolveWithin(Candidate c, PartialDate? previous)
        {
            inDocument = document != null && c.Start >= documentEnd;
            inSpeech = speech != null && quotes!.IsInside(c.Start);
            var m = c.Match;
            return c.Kind switch
            {
                CandidateKinds.Iso => Absolute(c, Int(m, "year"), Int(m, "month"), Int(m, "day"), "iso-date"),
                CandidateKinds.Numeric => lexicon.DayFirst
                    ? Absolute(c, Int(m, "year"), Int(m, "second"), Int(m, "first"), "numeric-date-dmy")
                    : Absolute(c, Int(m, "year"), Int(m, "first"), Int(m, "second"), "numeric-date-mdy"),
                CandidateKinds.DayMonth => DayMonth(c, previous),
                CandidateKinds.BareDay => BareDay(c, previous),
                CandidateKinds.Holiday => Holiday(c),
                CandidateKinds.Month => Month(c),
                CandidateKinds.Year => Year(c),
                CandidateKinds.Weekday => Weekday(c),
                CandidateKinds.WeekdayRange => WeekdayRange(c),
                CandidateKinds.RelativeDay => RelativeDay(c, previous),
                CandidateKinds.RelativePeriod => RelativePeriod(c),
                CandidateKinds.Offset => Offset(c, previous),
                _ => Ago(c),
            };
        }

        /// <summary>The same instant in another zone: its day comes from converting the main time, then is checked.</summary>
        public TemporalExpression Restate(Candidate c, TemporalExpression main)
        {
            try
            {
                return RestateWithin(c, main);
            }
            catch (ArgumentOutOfRangeException)
            {
                return Build(c, "outside-calendar", null, null, Tense.Unknown, "the date falls outside the calendar (years 1 to 9999)");
            }
        }

        private TemporalExpression RestateWithin(Candidate c, TemporalExpression main)
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

            if (c.Match.Groups["weekday"].Success && lexicon.Weekdays[TemporalLexicon.Key(c.Match.Groups["weekday"].Value)] != Calendar.IsoDay(value.Date))
            {
                warning = $"'{c.Match.Groups["weekday"].Value}' does not fall on {value.Iso}, the day {main.Text} is in {c.Zone}";
            }

            return new TemporalExpression(Text(c), sentence.Start + c.Start, "time-zone-restatement", new DateRange(value), day.Start, "previous",
                Tense.Unknown, warning, timeOfDay: c.Time + " " + c.Zone, isRestatement: true);
        }

        private TemporalExpression Absolute(Candidate c, int year, int month, int day, string rule)
        {
            if (!Calendar.IsValid(year, month, day))
            {
                return Build(c, rule, null, null, Tense.Unknown, "not a calendar date");
            }

            return Build(c, rule, new DateRange(PartialDate.Day(year, month, day)), null, Tense.Unknown, null, anchored: false);
        }

        private TemporalExpression DayMonth(Candidate c, PartialDate? previous)
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
            else if (Anchor is PartialDate anchor && Calendar.InferYear(month, day, anchor, tense) is int inferred)
            {
                year = Calendar.NarrativeYear(month, day, inferred, anchor, tense, previous);
                rule = year == inferred ? "day-month" : "day-month-narrative-year";
                anchored = true;
            }
            else
            {
                return Build(c, "day-month", null, null, tense, Anchor == null ? "no year and no publication date" : "not a calendar date");
            }

            if (!Calendar.IsValid(year, month, day))
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
            if (weekday == Calendar.IsoDay(date.Date))
            {
                return Build(c, "weekday-" + rule, new DateRange(date), null, anchored ? tense : Tense.Unknown, null, anchored);
            }

            var shift = ((weekday - Calendar.IsoDay(date.Date) + 10) % 7) - 3;
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

        /// <summary>'à Noël', 'Christmas 2019': the holiday's day, in the year written, else the one tense and anchor give.</summary>
        private TemporalExpression Holiday(Candidate c)
        {
            var m = c.Match;
            var (month, day) = lexicon.Holidays[TemporalLexicon.Key(m.Groups["holiday"].Value)];
            if (m.Groups["year"].Success)
            {
                return Build(c, "holiday-year", new DateRange(PartialDate.Day(Int(m, "year"), month, day)), null, Tense.Unknown, null, anchored: false);
            }

            var (tense, _) = TenseOf(c);
            if (Anchor is not PartialDate anchor || Calendar.InferYear(month, day, anchor, tense) is not int year)
            {
                return Build(c, "holiday", null, null, tense, "no year and no publication date");
            }

            return Build(c, "holiday", new DateRange(PartialDate.Day(year, month, day)), null, tense, null);
        }

        /// <summary>'Le 12 septembre, ... Le 16, ...': the day of the month and year of the day the text last dated.</summary>
        private TemporalExpression BareDay(Candidate c, PartialDate? previous)
        {
            var day = Int(c.Match, "day");
            if (previous is not PartialDate last || !Calendar.IsValid(last.Date.Year, last.Date.Month, day))
            {
                return Build(c, "bare-day", null, null, Tense.Unknown, "no dated day before it gives its month", anchored: false);
            }

            var date = PartialDate.Day(last.Date.Year, last.Date.Month, day);
            return new TemporalExpression(Text(c), sentence.Start + c.Start, "bare-day", new DateRange(date), last, "previous", TenseOf(c).Item1);
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

            var date = Calendar.OnWeekday(anchor.Date, weekday, mode);
            var warning = mode == "nearest" ? "no tense cue: took the nearest such day" : null;
            return Build(c, "weekday-" + mode, new DateRange(Calendar.Day(date)), null, tense, warning);
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
            var end = Calendar.OnWeekday(anchor.Date, second, mode);
            var start = end.AddDays(-((second - first + 7) % 7));
            return Build(c, "weekday-range-" + mode, new DateRange(Calendar.Day(start), Calendar.Day(end)), null, tense, null);
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
            var phrase = TemporalLexicon.Key(c.Match.Groups["phrase"].Value);
            var offset = lexicon.RelativePeriods[phrase];
            if (Anchor is not PartialDate anchor)
            {
                return Build(c, "relative-period", null, null, Tense.Unknown, "no publication date");
            }

            if (lexicon.NearestYears.Contains(phrase))
            {
                if (anchor.Precision == DatePrecision.Year)
                {
                    return Build(c, "relative-period-nearest-year", null, null, Tense.Unknown, "the publication date is not precise enough");
                }

                var year = anchor.Date.Month > 6 ? anchor.Date.Year + 1 : anchor.Date.Year;
                return Build(c, "relative-period-nearest-year", new DateRange(new PartialDate(new DateTime(year, 1, 1), DatePrecision.Year)), null, Tense.Unknown, null);
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
                    var monday = shifted.AddDays((7 * offset.Amount) - (Calendar.IsoDay(shifted) - 1));
                    return Build(c, "relative-period", new DateRange(Calendar.Day(monday), Calendar.Day(monday.AddDays(6))), null, Tense.Unknown, null);
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

        private (Tense, string?) TenseOf(Candidate c) => tenses.Govern(c.Start, c.End);

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

        private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);
    }
}
