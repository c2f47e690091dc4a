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
    /// The expressions of a document as TimeML draws them, from the dates the tagger resolved for events: a day and
    /// its time become two expressions ('mardi' and '21 h 45', the time taking the day), a range its two ends, a
    /// preposition leaves the extent ('en 2018' gives '2018') and the French article joins it ('le 30 juin'); then
    /// what only TimeML counts: times of day, parts of day, durations, repetitions, bare years and months, seasons,
    /// weekends, decades, centuries and references to the present, past or future in general.
    /// </summary>
    internal static class TimexAnnotator
    {
        private static readonly Pattern NumberBefore = Patterns.Compile(@"[0-9][\s.,]?$|[$€£]\s?$");
        private static readonly Pattern SeasonIntroduced = Patterns.Compile(@"(?:(?<![\p{L}])(?i:en|d['’])\s*)$");
        private static readonly Pattern NameBefore = Patterns.Compile(@"\p{Lu}\p{L}*\s+d['’]$");
        private static readonly Pattern ModalAfter = Patterns.Compile(@"^\s+(?:be|have|not|also|well|I|we|you|he|she|it|they)(?!\p{L})");
        private static readonly Pattern LastWord = Patterns.Compile(@"(\p{L}+)['’]?\s*$");
        private static readonly Pattern Determiner = Patterns.Compile("^(?i:le|la|l|un|une|du|au|ce|the|a|an)$");

        public static IReadOnlyList<TemporalExpression> Tag(Document document, PartialDate? anchor, IReadOnlyList<TemporalExpression> resolved)
        {
            var lexicon = TimexLexicon.For(document.Language);
            var dates = TemporalLexicon.For(document.Language);
            var items = resolved.SelectMany(e => Pieces(document, lexicon, dates, e)).SelectMany(i => DayMonth(document.Text, lexicon, i, anchor)).ToList();
            var tenses = TenseCues.For(document.Language);
            var atoms = document.Sentences.SelectMany(s => Atoms(lexicon, dates, tenses.Read(s.Text), s, anchor)).ToList();
            var kept = Merge(lexicon, document.Text, items, atoms);
            return Resolve(document, anchor, kept);
        }

        /// <summary>One resolved date as TimeML expressions: its two ends for a range of days, else one.</summary>
        private static IEnumerable<Item> Pieces(Document document, TimexLexicon lexicon, TemporalLexicon dates, TemporalExpression e)
        {
            if (e.Value is DateRange range && range.IsInterval && e.Rule.StartsWith("weekday-range", StringComparison.Ordinal))
            {
                var days = dates.Weekday.Matches(e.Text).Cast<Match>().ToList();
                if (days.Count == 2)
                {
                    yield return Piece(document, lexicon, dates, e, e.Offset + days[0].Index, e.Offset + days[0].Index + days[0].Length, range.Start.Iso);
                    yield return Piece(document, lexicon, dates, e, e.Offset + days[1].Index, e.End, range.End.Iso);
                    yield break;
                }
            }

            string? value = e.Value is DateRange v
                ? (v.IsInterval && e.Rule == "relative-period" ? Calendar.Within(() => Week(v.Start.Date)) : v.Start.Iso)
                : null;
            if (e.Rule == "weekday-habitual" && dates.Weekday.Match(e.Text) is { Success: true } weekday)
            {
                var item = Piece(document, lexicon, dates, e, e.Offset, e.End, "XXXX-WXX-" + dates.Weekdays[TemporalLexicon.Key(weekday.Groups["weekday"].Value)].ToString(CultureInfo.InvariantCulture));
                item.Type = TimexType.Set;
                yield return item;
                yield break;
            }

            yield return Piece(document, lexicon, dates, e, e.Offset, e.End, value);
        }

        private static Item Piece(Document document, TimexLexicon lexicon, TemporalLexicon dates, TemporalExpression e, int start, int end, string? value)
        {
            var text = document.Text;
            var signal = lexicon.Signal.Match(text.Substring(start, end - start));
            if (signal.Success && signal.Length < end - start)
            {
                start += signal.Length;
            }

            // The French article belongs to a day ('le 30 juin', 'le mercredi'), not a preposition that contracts it ('du 30 juin').
            if (e.Rule.Contains("day-month") || e.Rule == "weekday-habitual")
            {
                var before = text.Substring(Math.Max(0, start - 8), Math.Min(8, start));
                var article = lexicon.Article.Match(before);
                if (article.Success)
                {
                    start -= before.Length - article.Groups["article"].Index;
                }
            }

            var item = new Item(start, end, TimexType.Date, value, e.Rule) { Expression = e };
            if (e.Rule.Contains("-early"))
            {
                item.Mod = "START";
            }
            else if (e.Rule.Contains("-mid"))
            {
                item.Mod = "MID";
            }
            else if (e.Rule.Contains("-late"))
            {
                item.Mod = "END";
            }

            if (lexicon.GeneralToday.Contains(TemporalLexicon.Key(text.Substring(start, end - start))) && text.Substring(0, start).TrimEnd() is var head
                && (head.Length == 0 || ".!?»\n".IndexOf(head[head.Length - 1]) >= 0) && end < text.Length && text[end] == ',')
            {
                item.Value = "PRESENT_REF";
                item.Rule = "general-present";
            }

            return item;
        }

        /// <summary>
        /// A day and month without a year, with what the composite dates leave around it: 'dernier' or 'prochains'
        /// after it (the year then comes from the anchor, before or after it), a two-digit year ('le 10 novembre
        /// 93'), the first day of a list sharing its month ('les 6 et 13 avril').
        /// </summary>
        private static IEnumerable<Item> DayMonth(string text, TimexLexicon lexicon, Item item, PartialDate? anchor)
        {
            if (item.Expression == null || !item.Rule.EndsWith("day-month", StringComparison.Ordinal) || item.Value == null || item.Value.Length != 10)
            {
                yield return item;
                yield break;
            }

            var date = DateTime.ParseExact(item.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var after = text.Substring(item.End, Math.Min(12, text.Length - item.End));
            var relation = lexicon.RelationAfter.Match(after);
            var shortYear = lexicon.ShortYearAfter.Match(after);
            if (relation.Success && anchor is PartialDate a)
            {
                var rel = TemporalLexicon.Key(relation.Groups["rel"].Value);
                var year = a.Date.Year;
                var past = lexicon.Last.Contains(rel);
                if (past && Calendar.IsValid(year, date.Month, date.Day) && new DateTime(year, date.Month, date.Day) > a.Date)
                {
                    year--;
                }
                else if (!past && Calendar.IsValid(year, date.Month, date.Day) && new DateTime(year, date.Month, date.Day) < a.Date)
                {
                    year++;
                }

                if (Calendar.IsValid(year, date.Month, date.Day))
                {
                    date = new DateTime(year, date.Month, date.Day);
                }

                item.End += relation.Length;
            }
            else if (shortYear.Success && Calendar.IsValid(TwoDigitYear(int.Parse(shortYear.Groups["year"].Value, CultureInfo.InvariantCulture), anchor), date.Month, date.Day))
            {
                date = new DateTime(TwoDigitYear(int.Parse(shortYear.Groups["year"].Value, CultureInfo.InvariantCulture), anchor), date.Month, date.Day);
                item.End += shortYear.Length;
            }

            item.Value = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var before = text.Substring(Math.Max(0, item.Start - 16), Math.Min(16, item.Start));
            var first = lexicon.DayBefore.Match(before);
            if (first.Success && Calendar.IsValid(date.Year, date.Month, int.Parse(first.Groups["day"].Value, CultureInfo.InvariantCulture)))
            {
                var start = item.Start - before.Length + first.Index;
                var end = item.Start - before.Length + first.Groups["day"].Index + first.Groups["day"].Length;
                var day = new DateTime(date.Year, date.Month, int.Parse(first.Groups["day"].Value, CultureInfo.InvariantCulture));
                yield return new Item(start, end, TimexType.Date, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), item.Rule + "-list") { Expression = item.Expression };
            }

            yield return item;
        }

        /// <summary>What only TimeML counts, in one sentence.</summary>
        private static IEnumerable<Item> Atoms(TimexLexicon lexicon, TemporalLexicon dates, TenseCues.Reading tenses, Sentence sentence, PartialDate? anchor)
        {
            var text = sentence.Text;
            var words = lexicon.WordsIn(text);
            Item At(Match m, TimexType type, string? value, string rule) => new Item(sentence.Start + m.Index, sentence.Start + m.Index + m.Length, type, value, rule);

            // Each pattern runs only where one of the words it needs is.
            IEnumerable<Match> Find(Pattern pattern, TimexWords needs) =>
                (words & needs) != 0 ? pattern.Matches(text).Cast<Match>() : Enumerable.Empty<Match>();

            foreach (var m in Find(lexicon.Clock, TimexWords.Digit | TimexWords.NamedTime))
            {
                // '18 heures' is a time after 'à', 'vers', 'dès'...; else a duration ('18 heures de garde à vue').
                if (m.Groups["hourword"].Success && !ClockPreposition(dates, text.Substring(0, m.Index)))
                {
                    continue;
                }

                var clock = ClockValue(lexicon, m);
                if (clock != null)
                {
                    yield return new Item(sentence.Start + m.Index, sentence.Start + m.Index + m.Length, TimexType.Time, clock, "clock") { Mod = ModOf(lexicon, m), NeedsDay = true };
                }
            }

            foreach (var m in Find(lexicon.DayPart, TimexWords.DayPart))
            {
                var code = lexicon.Parts[TemporalLexicon.Key(m.Groups["part"].Value)];
                var item = At(m, TimexType.Time, "T" + code, "part-of-day");
                item.NeedsDay = true;
                item.OwnDay = lexicon.This.Contains(TemporalLexicon.Key(m.Groups["det"].Value));
                yield return item;
            }

            foreach (var m in Find(lexicon.Duration, TimexWords.Unit))
            {
                var before = text.Substring(0, m.Index);
                var after = text.Substring(m.Index + m.Length);
                var years = m.Groups["unit"].Success && lexicon.Units[TemporalLexicon.Key(m.Groups["unit"].Value)] == "year";
                if ((years && lexicon.AgeBefore.IsMatch(before)) || after.StartsWith(" old", StringComparison.Ordinal) || after.StartsWith("-old", StringComparison.Ordinal)
                    || (before.TrimEnd().EndsWith(",", StringComparison.Ordinal) && after.TrimStart().StartsWith(",", StringComparison.Ordinal)))
                {
                    continue;
                }

                var value = DurationValue(lexicon, m);
                if (value != null)
                {
                    yield return new Item(sentence.Start + m.Index, sentence.Start + m.Index + m.Length, TimexType.Duration, value, "duration") { Mod = ModOf(lexicon, m) };
                }
            }

            foreach (var m in Find(lexicon.Every, TimexWords.Every))
            {
                string? value = m.Groups["unit"].Success
                    ? Period(lexicon.Units[TemporalLexicon.Key(m.Groups["unit"].Value)], m.Groups["count"].Success ? lexicon.Count(m.Groups["count"].Value) ?? 1 : 1)
                    : m.Groups["weekdays"].Success && dates.Weekdays.TryGetValue(TemporalLexicon.Key(m.Groups["weekdays"].Value).TrimEnd('s'), out var day)
                        ? "XXXX-WXX-" + day.ToString(CultureInfo.InvariantCulture)
                        : m.Groups["season"].Success ? "XXXX-" + lexicon.Seasons[TemporalLexicon.Key(m.Groups["season"].Value)] : null;
                yield return At(m, TimexType.Set, value, "every");
            }

            foreach (var m in Find(lexicon.Per, TimexWords.Unit))
            {
                yield return At(m, TimexType.Set, Period(lexicon.Units[TemporalLexicon.Key(m.Groups["unit"].Value)], 1), "per");
            }

            foreach (var m in Find(lexicon.SetWord, TimexWords.SetWord))
            {
                // 'le quotidien', 'un hebdomadaire': a newspaper, not a repetition.
                if (!lexicon.DeterminedSetWords || !Determined(text.Substring(0, m.Index)))
                {
                    yield return At(m, TimexType.Set, lexicon.SetWords[TemporalLexicon.Key(m.Value)], "set-word");
                }
            }

            foreach (var m in Find(lexicon.Reference, TimexWords.Reference))
            {
                yield return At(m, TimexType.Date, lexicon.References[TemporalLexicon.Key(m.Value)], "general-reference");
            }

            foreach (var m in Find(lexicon.Year, TimexWords.Digit))
            {
                var before = text.Substring(0, m.Index);
                if (lexicon.YearCounted.IsMatch(text.Substring(m.Index + m.Length)) || NumberBefore.IsMatch(before))
                {
                    continue;
                }

                yield return At(m, TimexType.Date, m.Groups["year"].Value, "year");
            }

            foreach (var m in Find(lexicon.Month, TimexWords.Month))
            {
                if (dates.Code != "en" && char.IsUpper(m.Groups["month"].Value[0]) && m.Index > 0 && !m.Groups["year"].Success)
                {
                    continue;
                }

                if (dates.Code == "en" && ModalAfter.IsMatch(text.Substring(m.Index + m.Length)))
                {
                    continue;
                }

                yield return At(m, TimexType.Date, MonthValue(lexicon, dates, tenses, sentence, m, anchor), "month");
            }

            foreach (var m in Find(lexicon.Season, TimexWords.Season))
            {
                var season = lexicon.Seasons[TemporalLexicon.Key(m.Groups["season"].Value)];
                var det = m.Groups["det"].Success ? TemporalLexicon.Key(m.Groups["det"].Value) : null;
                var ambiguous = lexicon.AmbiguousSeason.Contains(TemporalLexicon.Key(m.Groups["season"].Value));
                var opening = m.Index == 0 && char.IsUpper(m.Value[0]);
                var introduced = SeasonIntroduced.IsMatch(text.Substring(0, m.Index));
                // 'les Jeux d'hiver': a season inside a name.
                if ((ambiguous && det == null && !m.Groups["year"].Success && !m.Groups["rel"].Success && !opening && !introduced)
                    || NameBefore.IsMatch(text.Substring(0, m.Index)))
                {
                    continue;
                }

                yield return At(m, TimexType.Date, SeasonValue(lexicon, m, det, season, anchor), "season");
            }

            foreach (var m in Find(lexicon.Weekend, TimexWords.Weekend))
            {
                yield return At(m, TimexType.Date, Calendar.Within(() => WeekendValue(lexicon, tenses, sentence, m, anchor)), "weekend");
            }

            foreach (var m in Find(lexicon.Decade, TimexWords.Digit))
            {
                var digits = m.Groups["decade"].Value;
                var value = digits.Length == 4 ? digits.Substring(0, 3) + "X"
                    : anchor is PartialDate a ? (int.Parse(digits, CultureInfo.InvariantCulture) > a.Date.Year % 100 ? a.Date.Year / 100 - 1 : a.Date.Year / 100).ToString("00", CultureInfo.InvariantCulture) + digits.Substring(0, 1) + "X"
                    : null;
                yield return At(m, TimexType.Date, value, "decade");
            }

            foreach (var m in Find(lexicon.Century, TimexWords.Century))
            {
                var number = Roman(m.Groups["century"].Value);
                yield return At(m, TimexType.Date, number > 0 ? (number - 1).ToString("00", CultureInfo.InvariantCulture) : null, "century");
            }
        }

        /// <summary>
        /// The resolved dates and the new expressions, without overlaps: a time inside a date is cut out of it; a
        /// duration inside an offset stands for it where TimeML says so (French); otherwise the longer one stays.
        /// </summary>
        private static List<Item> Merge(TimexLexicon lexicon, string text, List<Item> pieces, List<Item> atoms)
        {
            foreach (var clock in atoms.Where(a => a.Rule == "clock" || a.Rule == "part-of-day"))
            {
                foreach (var piece in pieces.Where(p => p.Start < clock.End && clock.Start < p.End && !(clock.Start <= p.Start && p.End <= clock.End)))
                {
                    var head = clock.Start - piece.Start;
                    var tail = piece.End - clock.End;
                    if (head >= tail)
                    {
                        piece.End = clock.Start;
                    }
                    else
                    {
                        piece.Start = clock.End;
                    }

                    Trim(lexicon, text, piece);
                }
            }

            pieces.RemoveAll(p => p.End <= p.Start);
            var all = new List<Item>();
            foreach (var item in pieces.Concat(atoms).OrderBy(i => i.Start).ThenByDescending(i => i.End - i.Start))
            {
                var clash = all.FirstOrDefault(k => k.Start < item.End && item.Start < k.End);
                if (clash == null)
                {
                    all.Add(item);
                    continue;
                }

                if (Replaces(lexicon, item, clash))
                {
                    all.Remove(clash);
                    all.Add(item);
                }
            }

            return all.OrderBy(i => i.Start).ToList();
        }

        private static bool Replaces(TimexLexicon lexicon, Item item, Item kept)
        {
            // 'il y a quelques mois', 'trois jours plus tard': French TimeBank tags the duration, the offset's words are signals.
            if (item.Type == TimexType.Duration && kept.Expression != null && kept.Rule.StartsWith("offset", StringComparison.Ordinal))
            {
                return lexicon.OffsetIsDuration;
            }

            if (kept.Type == TimexType.Duration && item.Expression != null && item.Rule.StartsWith("offset", StringComparison.Ordinal))
            {
                return !lexicon.OffsetIsDuration;
            }

            if ((item.Rule == "clock" || item.Rule == "part-of-day") && kept.Expression != null)
            {
                // 'hier matin', 'dimanche après-midi': the resolved day with its part of day is one expression.
                return false;
            }

            return item.End - item.Start > kept.End - kept.Start;
        }

        private static void Trim(TimexLexicon lexicon, string text, Item piece)
        {
            if (piece.End <= piece.Start)
            {
                return;
            }

            var span = text.Substring(piece.Start, piece.End - piece.Start);
            foreach (Match m in lexicon.Joiner.Matches(span))
            {
                if (m.Length == 0)
                {
                    continue;
                }

                if (m.Index == 0)
                {
                    piece.Start += m.Length;
                }
                else if (m.Index + m.Length == span.Length)
                {
                    piece.End -= m.Length;
                }
            }
        }

        /// <summary>Turns the items into expressions, giving a time without its own day the day the text last named.</summary>
        private static IReadOnlyList<TemporalExpression> Resolve(Document document, PartialDate? anchor, List<Item> items)
        {
            var result = new List<TemporalExpression>(items.Count);
            var lexicon = TimexLexicon.For(document.Language);
            for (var i = 0; i < items.Count; i++)
            {
                var item = items[i];
                var text = document.Text.Substring(item.Start, item.End - item.Start);
                var e = item.Expression;
                if (e != null && item.Value != null && item.Value.Length == 10)
                {
                    var part = lexicon.PartAtEnd.Match(text);
                    if (part.Success)
                    {
                        item.Value += "T" + lexicon.Parts[TemporalLexicon.Key(part.Groups["part"].Value)];
                        item.Type = TimexType.Time;
                    }
                }

                PartialDate? dayAnchor = null;
                var anchorSource = e?.AnchorSource ?? "none";
                if (item.NeedsDay)
                {
                    var day = item.OwnDay ? anchor : DayFor(document, items, i) ?? anchor;
                    if (day is PartialDate d && d.Precision == DatePrecision.Day && item.Value != null)
                    {
                        item.Value = d.Iso + item.Value.Substring(item.Value.IndexOf('T'));
                        dayAnchor = d;
                        anchorSource = item.OwnDay || day.Equals(anchor) ? "publication" : "previous";
                    }
                    else
                    {
                        item.Value = null;
                    }
                }

                var timexValue = item.Value;
                result.Add(new TemporalExpression(
                    text,
                    item.Start,
                    item.Rule,
                    e?.Value,
                    e?.Anchor ?? dayAnchor,
                    e != null ? anchorSource : dayAnchor != null ? anchorSource : "none",
                    e?.Tense ?? Tense.Unknown,
                    e?.Warning ?? (timexValue == null ? "not resolved" : null),
                    e?.Alternative,
                    e?.RelativeToEvent,
                    type: item.Type,
                    timex: timexValue ?? string.Empty,
                    mod: item.Mod));
            }

            return result;
        }

        /// <summary>The day a time of day belongs to: a day just before it in the sentence, or just after it ('Vers 0 h 40, jeudi'), else the day the text last named.</summary>
        private static PartialDate? DayFor(Document document, List<Item> items, int index)
        {
            var item = items[index];
            var sentence = document.SentenceAt(item.Start);
            PartialDate? Day(Item i) => i.Expression?.Value is DateRange r && !r.IsInterval && r.Precision == DatePrecision.Day ? r.Start : (PartialDate?)null;
            for (var j = index - 1; j >= 0; j--)
            {
                if (Day(items[j]) is PartialDate before)
                {
                    var sameSentence = sentence != null && items[j].Start >= sentence.Start;
                    if (sameSentence)
                    {
                        return before;
                    }

                    var next = items.Skip(index + 1).FirstOrDefault(n => Day(n) != null);
                    if (next != null && sentence != null && next.Start < sentence.End && next.Start - item.End < 20)
                    {
                        return Day(next);
                    }

                    return before;
                }
            }

            var following = items.Skip(index + 1).FirstOrDefault(n => Day(n) != null);
            return following != null && sentence != null && following.Start < sentence.End ? Day(following) : null;
        }

        private static string? ClockValue(TimexLexicon lexicon, Match m)
        {
            int hour, minute = 0;
            if (m.Groups["named"].Success)
            {
                hour = lexicon.Midnight.Contains(TemporalLexicon.Key(m.Groups["named"].Value)) ? 24 : 12;
            }
            else
            {
                hour = int.Parse(m.Groups["hour"].Value, CultureInfo.InvariantCulture);
                minute = m.Groups["minute"].Success ? int.Parse(m.Groups["minute"].Value, CultureInfo.InvariantCulture) : 0;
                var ampm = m.Groups["ampm"].Value.ToLowerInvariant();
                if (ampm.StartsWith("p", StringComparison.Ordinal) && hour < 12)
                {
                    hour += 12;
                }
                else if (ampm.StartsWith("a", StringComparison.Ordinal) && hour == 12)
                {
                    hour = 0;
                }
                else if (m.Groups["part"].Success && hour < 12 && lexicon.Parts[TemporalLexicon.Key(m.Groups["part"].Value)] is "AF" or "EV" or "NI" && hour >= 1)
                {
                    hour += hour >= 6 || lexicon.Parts[TemporalLexicon.Key(m.Groups["part"].Value)] != "NI" ? 12 : 0;
                }
            }

            if (hour > 24 || (hour == 24 && minute > 0))
            {
                return null;
            }

            return "T" + hour.ToString("00", CultureInfo.InvariantCulture) + ":" + minute.ToString("00", CultureInfo.InvariantCulture);
        }

        private static string? DurationValue(TimexLexicon lexicon, Match m)
        {
            if (m.Groups["noun"].Success)
            {
                return lexicon.DurationNouns[TemporalLexicon.Key(m.Groups["noun"].Value)];
            }

            var unit = lexicon.Units[TemporalLexicon.Key(m.Groups["unit"].Value)];
            if (m.Groups["recent"].Success)
            {
                return Period(unit, null);
            }

            if (m.Groups["quarterof"].Success)
            {
                return Period(unit, 0.25);
            }

            var count = lexicon.Count(m.Groups["count"].Value);
            if (count == 0)
            {
                return null;
            }

            if (count != null && m.Groups["half"].Success)
            {
                count += 0.5;
            }

            return Period(unit, count);
        }

        /// <summary>A TIMEX3 duration: 'P3D', 'P18M', 'PT30.4S', 'PXY' (an unknown count).</summary>
        private static string? Period(string unit, double? count)
        {
            var (designator, time, factor) = unit switch
            {
                "second" => ("S", true, 1),
                "minute" => ("M", true, 1),
                "hour" => ("H", true, 1),
                "day" => ("D", false, 1),
                "week" => ("W", false, 1),
                "weekend" => ("WE", false, 1),
                "fortnight" => ("W", false, 2),
                "month" => ("M", false, 1),
                "quarter" => ("M", false, 3),
                "half" => ("M", false, 6),
                "year" => ("Y", false, 1),
                "decade" => ("Y", false, 10),
                "century" => ("Y", false, 100),
                _ => (null, false, 0),
            };
            if (designator == null)
            {
                return null;
            }

            var prefix = time ? "PT" : "P";
            if (count == null)
            {
                return prefix + "X" + designator;
            }

            var amount = count.Value * factor;
            if (amount != Math.Floor(amount) && !time)
            {
                // A year and a half is eighteen months; half a day, twelve hours.
                (amount, designator, prefix) = designator switch
                {
                    "Y" => (amount * 12, "M", "P"),
                    "M" => (amount * 30, "D", "P"),
                    "W" => (amount * 7, "D", "P"),
                    _ => (amount * 24, "H", "PT"),
                };
            }
            else if (amount != Math.Floor(amount) && designator == "H")
            {
                var minutes = Math.Round((amount - Math.Floor(amount)) * 60).ToString(CultureInfo.InvariantCulture) + "M";
                return amount < 1 ? "PT" + minutes : "PT" + Math.Floor(amount).ToString(CultureInfo.InvariantCulture) + "H" + minutes;
            }

            return prefix + amount.ToString("0.###", CultureInfo.InvariantCulture) + designator;
        }

        private static string? MonthValue(TimexLexicon lexicon, TemporalLexicon dates, TenseCues.Reading tenses, Sentence sentence, Match m, PartialDate? anchor)
        {
            var month = dates.Months[TemporalLexicon.Key(m.Groups["month"].Value)];
            if (m.Groups["year"].Success)
            {
                var digits = m.Groups["year"].Value.TrimStart('\'');
                var year = int.Parse(digits, CultureInfo.InvariantCulture);
                if (digits.Length == 2)
                {
                    year = TwoDigitYear(year, anchor);
                }

                return Month(year, month);
            }

            if (anchor is not PartialDate a)
            {
                return "XXXX-" + month.ToString("00", CultureInfo.InvariantCulture);
            }

            var rel = m.Groups["rel"].Success ? TemporalLexicon.Key(m.Groups["rel"].Value) : null;
            var tense = rel != null && lexicon.Last.Contains(rel) ? Tense.Past
                : rel != null && lexicon.Next.Contains(rel) ? Tense.Future
                : tenses.Govern(m.Index, m.Index + m.Length).Tense;
            var current = a.Date.Month;
            var y = a.Date.Year;
            if (tense == Tense.Past && (month > current || (rel != null && month == current)))
            {
                y--;
            }
            else if (tense == Tense.Future && (month < current || (rel != null && month == current)))
            {
                y++;
            }

            return Month(y, month);
        }

        private static string Month(int year, int month) =>
            year.ToString("0000", CultureInfo.InvariantCulture) + "-" + month.ToString("00", CultureInfo.InvariantCulture);

        private static int TwoDigitYear(int year, PartialDate? anchor)
        {
            var now = anchor?.Date.Year ?? DateTime.UtcNow.Year;
            var century = now / 100 * 100;
            return century + year > now + 10 ? century - 100 + year : century + year;
        }

        private static string SeasonValue(TimexLexicon lexicon, Match m, string? det, string season, PartialDate? anchor)
        {
            if (m.Groups["year"].Success)
            {
                return m.Groups["year"].Value + "-" + season;
            }

            var rel = m.Groups["rel"].Success ? TemporalLexicon.Key(m.Groups["rel"].Value) : det;
            if (anchor is not PartialDate a || rel == null)
            {
                return "XXXX-" + season;
            }

            var year = a.Date.Year;
            if (lexicon.Last.Contains(rel))
            {
                year--;
            }
            else if (lexicon.Next.Contains(rel))
            {
                year++;
            }
            else if (!lexicon.This.Contains(rel))
            {
                return "XXXX-" + season;
            }

            return year.ToString("0000", CultureInfo.InvariantCulture) + "-" + season;
        }

        private static string? WeekendValue(TimexLexicon lexicon, TenseCues.Reading tenses, Sentence sentence, Match m, PartialDate? anchor)
        {
            if (anchor is not PartialDate a || a.Precision != DatePrecision.Day)
            {
                return null;
            }

            var rel = m.Groups["rel"].Success ? TemporalLexicon.Key(m.Groups["rel"].Value) : TemporalLexicon.Key(m.Groups["det"].Value);
            var tense = lexicon.Last.Contains(rel) ? Tense.Past : lexicon.Next.Contains(rel) ? Tense.Future : tenses.Govern(m.Index, m.Index + m.Length).Tense;
            var saturday = Calendar.OnWeekday(a.Date, 6, tense == Tense.Past ? (lexicon.Last.Contains(rel) ? "last" : "past") : tense == Tense.Future ? "future" : "nearest");
            return Week(saturday) + "-WE";
        }

        /// <summary>The ISO week of a day: '2021-W02'.</summary>
        private static string Week(DateTime day)
        {
            var thursday = day.AddDays(4 - Calendar.IsoDay(day));
            var week = ((thursday.DayOfYear - 1) / 7) + 1;
            return thursday.Year.ToString("0000", CultureInfo.InvariantCulture) + "-W" + week.ToString("00", CultureInfo.InvariantCulture);
        }

        private static int Roman(string text)
        {
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                return n;
            }

            var values = new Dictionary<char, int> { ['I'] = 1, ['V'] = 5, ['X'] = 10, ['L'] = 50 };
            var total = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var v = values[text[i]];
                total += i + 1 < text.Length && values[text[i + 1]] > v ? -v : v;
            }

            return total;
        }

        private static string? ModOf(TimexLexicon lexicon, Match m) =>
            m.Groups["mod"].Success && lexicon.Mods.TryGetValue(TemporalLexicon.Key(m.Groups["mod"].Value), out var mod) ? mod : null;

        private static bool ClockPreposition(TemporalLexicon dates, string before) =>
            dates.Setting("clock-prepositions").Any(p => before.TrimEnd().EndsWith(" " + p, StringComparison.OrdinalIgnoreCase) || before.TrimEnd().Equals(p, StringComparison.OrdinalIgnoreCase));

        private static bool Determined(string before)
        {
            var word = LastWord.Match(before);
            return word.Success && Determiner.IsMatch(word.Groups[1].Value);
        }

        /// <summary>A span of the text on its way to being an expression.</summary>
        private sealed class Item
        {
            public Item(int start, int end, TimexType type, string? value, string rule)
            {
                Start = start;
                End = end;
                Type = type;
                Value = value;
                Rule = rule;
            }

            public int Start { get; set; }

            public int End { get; set; }

            public TimexType Type { get; set; }

            public string? Value { get; set; }

            public string Rule { get; set; }

            public string? Mod { get; set; }

            /// <summary>The resolved date it comes from, when it does.</summary>
            public TemporalExpression? Expression { get; set; }

            /// <summary>A time ('T18:30', 'TEV') that takes the day the text names around it.</summary>
            public bool NeedsDay { get; set; }

            /// <summary>'ce soir', 'this morning': the anchor's own day.</summary>
            public bool OwnDay { get; set; }
        }
    }
}
