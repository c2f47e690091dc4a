using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using ParlerCase.Core.Common;
using ParlerCase.Core.Languages;

namespace ParlerCase.Core.Temporal
{
    /// <summary>
    /// The date vocabulary of one language (Languages/&lt;code&gt;/months.txt, weekdays.txt, relative-days.txt,
    /// relative-periods.txt, time-units.txt, numbers.txt, time-zones.txt, temporal.txt) and the patterns built
    /// from it, once per language. The patterns are language-neutral templates filled with the words.
    /// </summary>
    internal sealed class TemporalLexicon
    {
        private const string Before = @"(?<![\p{L}\p{N}])";
        private const string After = @"(?![\p{L}\p{N}])";
        private static readonly Pattern Digits = Patterns.Compile(@"[0-9]+");
        private static readonly Pattern AfterNoon = Patterns.Compile(@"p\.?\s?m");
        private static readonly Pattern BeforeNoon = Patterns.Compile(@"a\.?\s?m");

        private static readonly Dictionary<string, Lazy<TemporalLexicon>> Cache =
            LanguageData.Supported.ToDictionary(code => code, code => new Lazy<TemporalLexicon>(() => new TemporalLexicon(code)), StringComparer.OrdinalIgnoreCase);

        /// <summary>The value in relative-periods.txt of a phrase for the year that begins nearest the anchor.</summary>
        private const string NearestYear = "nearest year";

        private static readonly Pattern LowerWordAfter = Patterns.Compile(@"\G\s+\p{Ll}");

        private readonly Dictionary<string, string[]> settings;
        private readonly HashSet<string> monthWords;

        // The words each family of patterns needs (month names, weekday names, relative phrases, units): a
        // sentence is only run through the patterns whose words it has.
        private readonly WordClasses wordClasses = new WordClasses((int)DateWords.Digit);

        private TemporalLexicon(string code)
        {
            Code = code;
            settings = LanguageData.ReadTable(code, "temporal.txt")
                .ToDictionary(p => p.Key, p => p.Value.Split(',').Select(s => s.Trim()).Where(s => s.Length > 0).ToArray());
            // The patterns keep the names as written (English capitalises them); lookups use the Key form.
            var months = IntTable(code, "months.txt");
            var weekdays = IntTable(code, "weekdays.txt");
            var numbers = IntTable(code, "numbers.txt");
            var zones = IntTable(code, "time-zones.txt");
            var holidays = LanguageData.ReadTable(code, "holidays.txt").ToList();
            Holidays = holidays.ToDictionary(p => Key(p.Key), p => ParseMonthDay(p.Value), StringComparer.Ordinal);
            Months = ByKey(months);
            Weekdays = ByKey(weekdays);
            Numbers = ByKey(numbers);
            Zones = ByKey(zones);
            // Offsets and relative periods count in calendar units; the TimeML layer (TimexLexicon) reads the others.
            Units = LanguageData.ReadTable(code, "time-units.txt")
                .Where(p => Enum.IsDefined(typeof(CalendarUnit), Capitalised(p.Value)))
                .ToDictionary(p => Key(p.Key), p => ParseUnit(p.Value), StringComparer.Ordinal);
            RelativeDays = LanguageData.ReadTable(code, "relative-days.txt")
                .ToDictionary(p => Key(p.Key), p => ParseRelativeDay(p.Value), StringComparer.Ordinal);
            var periods = LanguageData.ReadTable(code, "relative-periods.txt").ToList();
            NearestYears = new HashSet<string>(periods.Where(p => p.Value.Trim() == NearestYear).Select(p => Key(p.Key)), StringComparer.Ordinal);
            RelativePeriods = periods.ToDictionary(p => Key(p.Key), p => NearestYears.Contains(Key(p.Key)) ? new CalendarOffset(0, CalendarUnit.Year) : ParseOffset(p.Value), StringComparer.Ordinal);
            var modifiers = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var kind in new[] { "early", "mid", "late", "later", "earlier" })
            {
                foreach (var word in Setting(kind))
                {
                    modifiers[Key(word)] = kind;
                }
            }

            foreach (var word in Setting("period-prepositions"))
            {
                modifiers[Key(word)] = "in";
            }

            Modifiers = modifiers;

            Last = new HashSet<string>(Setting("last").Select(Key), StringComparer.Ordinal);
            Next = new HashSet<string>(Setting("next").Select(Key), StringComparer.Ordinal);
            DayFirst = Setting("numeric-order").FirstOrDefault() != "mdy";
            LaterWords = new HashSet<string>(Setting("later-words").Select(Key), StringComparer.Ordinal);
            DirectionPrepositions = new HashSet<string>(Setting("direction-prepositions").Select(Key), StringComparer.Ordinal);

            wordClasses.Add(Months.Keys, (int)DateWords.Month);
            wordClasses.Add(Weekdays.Keys, (int)DateWords.Weekday);
            wordClasses.Add(Units.Keys, (int)DateWords.Unit);
            wordClasses.Add(RelativeDays.Keys, (int)DateWords.RelativeDay);
            wordClasses.Add(RelativePeriods.Keys, (int)DateWords.RelativePeriod);
            wordClasses.Add(Holidays.Keys, (int)DateWords.Holiday);

            var namesCaseSensitive = CapitalisedNames = Setting("capitalised-names").FirstOrDefault() == "true";
            var month = Alternation(months.Keys, namesCaseSensitive, abbreviationDot: true);
            var weekday = Alternation(weekdays.Keys, namesCaseSensitive, abbreviationDot: true);
            var weekdayFull = Alternation(weekdays.Keys.Where(w => w.Length > 4), namesCaseSensitive, abbreviationDot: false);
            var ordinal = Alternation(Setting("ordinals"), false);
            var part = Alternation(LanguageData.ReadTable(code, "parts-of-day.txt").Select(p => p.Key), false);
            var relative = Alternation(Setting("last").Concat(Setting("next")), false);
            var preRelative = Alternation(Setting("last").Concat(Setting("next")).Concat(Setting("this")), false);
            var number = @"(?:[0-9]{1,3}|" + Alternation(numbers.Keys, false) + ")";
            var unit = Alternation(Units.Keys, false);
            var modifierWords = Alternation(Modifiers.Keys.Where(m => !m.EndsWith("-", StringComparison.Ordinal)), false);
            var modifierHyphen = Alternation(Modifiers.Keys.Where(m => m.EndsWith("-", StringComparison.Ordinal)), false);
            var year = @"(?<year>(?:1[89]|20)[0-9]{2})(?![0-9])";
            var zone = Alternation(zones.Keys, true);

            // Wire copy writes a time as four digits before its zone: '0759 GMT'.
            var time = @"(?:" + Alternation(Setting("midnight").Concat(Setting("noon")), false)
                + @"|[0-9]{1,2}\s?h\s?[0-9]{2}|[0-9]{1,2}\s?h" + After + @"|[0-9]{1,2}[:.][0-9]{2}(?:\s?[ap]\.?\s?m\.?)?|[0-9]{1,2}\s?[ap]\.?\s?m\.?|(?:[01][0-9]|2[0-3])[0-5][0-9](?=\s+" + zone + "))";
            var approximately = Alternation(Setting("approximately"), false);
            var dayArticle = Alternation(Setting("day-articles"), false);

            DayMonth = Patterns.Compile($@"{Before}(?:(?<weekday>{weekday}),?\s+)?(?<day>[0-9]{{1,2}})(?:{ordinal})?\s+(?<month>{month})(?:,?\s+{year})?", RegexOptions.ExplicitCapture);
            var monthArticles = Setting("month-articles");
            MonthArticleBefore = monthArticles.Length == 0 ? null : Patterns.Compile($@"{Before}(?:{Alternation(monthArticles, false)})\s+$", RegexOptions.ExplicitCapture);
            monthWords = new HashSet<string>(Setting("month-names-also-words").Select(Key), StringComparer.Ordinal);
            var notBeforeHoliday = Setting("not-before-holiday");
            Holiday = Patterns.Compile(
                (notBeforeHoliday.Length == 0 ? string.Empty : $@"(?<!(?:{Alternation(notBeforeHoliday, true)})\s+)")
                + $@"{Before}(?<holiday>{Alternation(holidays.Select(p => p.Key), true)})(?:\s+{year})?{After}(?!\s+\p{{Lu}})",
                RegexOptions.ExplicitCapture);
            BareDay = Patterns.Compile($@"{Before}(?:{Alternation(Setting("bare-day-articles"), false)})\s+(?<day>[0-9]{{1,2}})(?:{ordinal})?(?=\s*[,;]|\s*\.(?![0-9])|\s*$)", RegexOptions.ExplicitCapture);
            MonthDay = Patterns.Compile($@"{Before}(?:(?<weekday>{weekday}),?\s+)?(?<month>{month})\s+(?<day>[0-9]{{1,2}})(?![0-9])(?:{ordinal})?{After}(?:,?\s+{year})?", RegexOptions.ExplicitCapture);
            IsoDate = Patterns.Compile($@"{Before}(?<year>[0-9]{{4}})-(?<month>[0-9]{{2}})-(?<day>[0-9]{{2}})(?![0-9])", RegexOptions.ExplicitCapture);
            NumericDate = Patterns.Compile($@"{Before}(?<first>[0-9]{{1,2}})[/.](?<second>[0-9]{{1,2}})[/.]{year}", RegexOptions.ExplicitCapture);
            MonthPeriod = Patterns.Compile($@"(?:{Before}(?<modifier>{modifierWords})\s+|{Before}(?<modifier>{modifierHyphen})\s?)?{Before}(?<month>{month})(?:\s+(?:de\s+|of\s+)?{year})?", RegexOptions.ExplicitCapture);
            YearPeriod = Patterns.Compile($@"(?:{Before}(?<modifier>{modifierWords})\s+|{Before}(?<modifier>{modifierHyphen})\s?){year}", RegexOptions.ExplicitCapture);
            WeekdayRange = Patterns.Compile($@"{Before}(?:(?<open>{Alternation(Setting("range-open"), false)})\s+)?(?<weekday>{weekdayFull})\s+(?:{Alternation(Setting("range-join"), false)})\s+(?<weekday2>{weekdayFull})(?:\s+(?<part>{part}))?(?:\s+(?<relative>{relative}))?", RegexOptions.ExplicitCapture);
            Weekday = Patterns.Compile($@"{Before}(?:(?<prerelative>{preRelative})\s+)?(?<weekday>{weekdayFull})(?:\s+(?<part>{part}))?(?:\s+(?<relative>{relative}))?", RegexOptions.ExplicitCapture);
            RelativeDay = Patterns.Compile($@"{Before}(?<phrase>{Alternation(RelativeDays.Keys, false)})(?:\s+(?<part>{part}))?", RegexOptions.ExplicitCapture);
            RelativePeriod = Patterns.Compile($@"{Before}(?<phrase>{Alternation(RelativePeriods.Keys, false)})", RegexOptions.ExplicitCapture);
            Offset = Patterns.Compile($@"{Before}(?<count>{number})\s+(?<unit>{unit})\s+(?<direction>{Alternation(Setting("later-words").Concat(Setting("earlier-words")), false)})", RegexOptions.ExplicitCapture);
            var agoPrefix = Setting("ago-prefix");
            var agoSuffix = Setting("ago-suffix");
            Ago = agoPrefix.Length > 0
                ? Patterns.Compile($@"{Before}(?:{Alternation(agoPrefix, false)})\s+(?<count>{number})\s+(?<unit>{unit})", RegexOptions.ExplicitCapture)
                : Patterns.Compile($@"{Before}(?<count>{number})\s+(?<unit>{unit})\s+(?:{Alternation(agoSuffix, false)})", RegexOptions.ExplicitCapture);
            TimeBefore = Patterns.Compile($@"(?:{Before}(?<approx>{approximately})\s+)?{Before}(?<time>{time})(?:\s+(?<zone>{zone}))?\s*,?\s+(?:{dayArticle}\s+)?$", RegexOptions.ExplicitCapture);
            TimeAfter = Patterns.Compile($@"^\s*,?\s*(?:(?:{approximately})\s+(?<time>{time})\s*,?\s*)?(?<zone>{zone})?", RegexOptions.ExplicitCapture);
            HabitualBefore = Patterns.Compile($@"{Before}(?:{Alternation(Setting("habitual-articles"), false)})\s+$", RegexOptions.ExplicitCapture);
            DocumentBefore = Patterns.Compile($@"{Before}(?:{Alternation(Setting("documents"), false)})(?:\s+[\p{{L}}-]+){{0,2}}?\s+(?:{Alternation(Setting("document-dated"), false)})(?:\s+(?:{Alternation(Setting("document-dated"), false)}))?\s*$", RegexOptions.ExplicitCapture);
            // A date line prints its time after the date ('à 10h32', ', 14:05', '3:45 PM ET', 'T10:32:00Z') or before
            // it ('10:32 AM EST, January 12, 2021'); AM and PM in either case, a zone with or without its offset, in
            // parentheses or not (a date line's parts are cut at their parentheses: the closing one may be gone).
            var clock = @"(?:[0-9]{1,2}\s?h\s?[0-9]{2}(?![0-9])|[0-9]{1,2}\s?h" + After + @"|[0-9]{1,2}[:.][0-9]{2}(?![0-9])(?:\s?(?i:[ap]\.?\s?m\.?)(?!\p{L}))?|[0-9]{1,2}\s?(?i:[ap]\.?\s?m\.?)(?!\p{L}))";
            var zoned = $@"{zone}(?:\s?[+−-]\s?[0-9]{{1,2}}(?::?[0-9]{{2}})?)?";
            var clockZone = $@"(?<time>{clock})(?:\s*\(?(?<zone>{zoned})\)?)?";
            var isoTime = @"T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?(?:Z|[+-][0-9]{2}:?[0-9]{2})?";
            DatelineTime = Patterns.Compile($@"^(?:{isoTime}|(?:\s*[,–—-])?\s*(?:(?:{Alternation(Setting("time-prepositions"), false)})\s+)?{clockZone})\s*$", RegexOptions.ExplicitCapture);
            DatelineLeadingTime = Patterns.Compile($@"^{clockZone}\s*[,–—|·-]?\s*(?=\p{{L}}|[0-9])", RegexOptions.ExplicitCapture);
            DatelineArticle = Patterns.Compile($@"^(?:{Alternation(Setting("dateline-articles"), false)})\s+(?=\p{{L}}|[0-9])", RegexOptions.ExplicitCapture);
            EventConnector = Patterns.Compile($@"^\s*(?:{Alternation(Setting("event-connectors"), false)})\s*(?=\p{{L}})", RegexOptions.ExplicitCapture);
        }

        public string Code { get; }

        /// <summary>Whether month and weekday names are capitalised in running text (English), so a lower-case word is not one.</summary>
        public bool CapitalisedNames { get; }

        public IReadOnlyDictionary<string, int> Months { get; }

        public IReadOnlyDictionary<string, int> Weekdays { get; }

        public IReadOnlyDictionary<string, int> Numbers { get; }

        /// <summary>UTC offset in hours of each zone name.</summary>
        public IReadOnlyDictionary<string, int> Zones { get; }

        public IReadOnlyDictionary<string, CalendarUnit> Units { get; }

        public IReadOnlyDictionary<string, (int Days, bool FromPrevious)> RelativeDays { get; }

        public IReadOnlyDictionary<string, CalendarOffset> RelativePeriods { get; }

        /// <summary>Phrases of the year that begins nearest the anchor ('la nouvelle année': this year in January, the next in December).</summary>
        public ISet<string> NearestYears { get; }

        /// <summary>Month and year modifiers = 'early', 'mid', 'late', 'later', 'earlier' or 'in'.</summary>
        public IReadOnlyDictionary<string, string> Modifiers { get; }

        public ISet<string> Last { get; }

        public ISet<string> Next { get; }

        public ISet<string> LaterWords { get; }

        /// <summary>Offset words that take an object ('après', 'after'): with one, the offset counts from an event.</summary>
        public ISet<string> DirectionPrepositions { get; }

        /// <summary>06/01/2021 is 6 January (French) rather than June 1 (English).</summary>
        public bool DayFirst { get; }

        /// <summary>'6 janvier 2021', 'lundi 12 janvier', '6 January'.</summary>
        public Pattern DayMonth { get; }

        /// <summary>'the ' before a month alone ('the November deadline'); null in a language that does not write it.</summary>
        private Pattern? MonthArticleBefore { get; }

        /// <summary>
        /// A month alone between an article and a lower-case noun, a month ('the November deadline'), unless its name
        /// is also a common word ('the May government').
        /// </summary>
        public bool IsMonthBeforeNoun(string text, Match month) =>
            MonthArticleBefore != null
            && !monthWords.Contains(Key(month.Groups["month"].Value))
            && MonthArticleBefore.IsMatch(text.Substring(Math.Max(0, month.Index - 8), Math.Min(8, month.Index)))
            && LowerWordAfter.IsMatch(text, month.Index + month.Length);

        /// <summary>Holidays on a fixed day: their month and day.</summary>
        public IReadOnlyDictionary<string, (int Month, int Day)> Holidays { get; }

        /// <summary>'Noël', 'à la Toussaint 2020', 'Christmas Eve': a holiday on a fixed day, not inside a name ('Christmas Island').</summary>
        public Pattern Holiday { get; }

        /// <summary>'Le 16,', 'the 16th.': a day number alone, a day of the month the text has just dated.</summary>
        public Pattern BareDay { get; }

        /// <summary>'January 6, 2021', 'Jan. 6', 'Monday, January 11'.</summary>
        public Pattern MonthDay { get; }

        public Pattern IsoDate { get; }

        /// <summary>'06/01/2021', read in the language's order.</summary>
        public Pattern NumericDate { get; }

        /// <summary>'en janvier', 'plus tard en janvier', 'mi-mars', 'late January', 'janvier 2021'.</summary>
        public Pattern MonthPeriod { get; }

        /// <summary>'en 2018', 'fin 2020', 'in 2018'.</summary>
        public Pattern YearPeriod { get; }

        /// <summary>'entre vendredi et samedi dernier', 'between Friday and Saturday'.</summary>
        public Pattern WeekdayRange { get; }

        /// <summary>'samedi', 'dimanche soir', 'vendredi dernier', 'last Friday'.</summary>
        public Pattern Weekday { get; }

        public Pattern RelativeDay { get; }

        public Pattern RelativePeriod { get; }

        /// <summary>'un mois plus tard', 'trois jours après', 'two days later'.</summary>
        public Pattern Offset { get; }

        /// <summary>'il y a deux jours', 'two days ago'.</summary>
        public Pattern Ago { get; }

        /// <summary>A time (and zone) written just before a date: 'peu avant minuit le ', '07 h 59 GMT le '.</summary>
        public Pattern TimeBefore { get; }

        /// <summary>A time or zone written just after a date: ', heure normale du Pacifique', ' at 11:59 p.m. PT'.</summary>
        public Pattern TimeAfter { get; }

        /// <summary>An article that makes the weekday after it a habit: 'le dimanche' (never matches where the table is empty).</summary>
        public Pattern HabitualBefore { get; }

        /// <summary>A document noun just before a date that is then the document's date: 'une lettre datée du '.</summary>
        public Pattern DocumentBefore { get; }

        /// <summary>What may follow the date of a date line: its time and zone ('à 10h32', ', 14:05', '3:45 PM ET'), and nothing else.</summary>
        public Pattern DatelineTime { get; }

        /// <summary>A time and zone a date line prints before its date: '10:32 AM EST, '.</summary>
        public Pattern DatelineLeadingTime { get; }

        /// <summary>The article before a date standing alone: 'Le ' (never matches where the table is empty).</summary>
        public Pattern DatelineArticle { get; }

        /// <summary>The start of an event noun phrase after 'au lendemain', 'the day after': 'de la ', 'the '.</summary>
        public Pattern EventConnector { get; }

        /// <summary>Which kinds of date words a sentence has, from one pass over its words.</summary>
        public DateWords WordsIn(string sentence) => (DateWords)wordClasses.In(sentence);

        public static TemporalLexicon For(string? code) =>
            (code != null && Cache.TryGetValue(code, out var lazy) ? lazy : Cache[LanguageData.English]).Value;

        /// <summary>The lookup form of a phrase: lower case, straight apostrophes, single spaces, no final period.</summary>
        public static string Key(string phrase)
        {
            var trimmed = phrase.Trim().TrimEnd('.');
            var key = new System.Text.StringBuilder(trimmed.Length);
            foreach (var c in trimmed)
            {
                if (char.IsWhiteSpace(c))
                {
                    if (key.Length > 0 && key[key.Length - 1] != ' ')
                    {
                        key.Append(' ');
                    }
                }
                else
                {
                    key.Append(c == '’' ? '\'' : char.ToLowerInvariant(c));
                }
            }

            return key.ToString();
        }

        /// <summary>A time as written, in minutes after midnight of its day ('minuit' = 24:00, the end of the day).</summary>
        public int? MinutesOf(string time)
        {
            var key = Key(time);
            if (Setting("midnight").Any(w => Key(w) == key))
            {
                return 24 * 60;
            }

            if (Setting("noon").Any(w => Key(w) == key))
            {
                return 12 * 60;
            }

            var groups = Digits.Matches(key).Cast<Match>().Select(m => m.Value).ToList();
            if (groups.Count == 1 && groups[0].Length == 4)
            {
                groups = new List<string> { groups[0].Substring(0, 2), groups[0].Substring(2) };
            }

            var digits = groups.Select(g => int.Parse(g, CultureInfo.InvariantCulture)).ToList();
            if (digits.Count == 0 || digits[0] > 24)
            {
                return null;
            }

            var hours = digits[0];
            var pm = AfterNoon.IsMatch(key);
            var am = BeforeNoon.IsMatch(key);
            if (pm && hours < 12)
            {
                hours += 12;
            }
            else if (am && hours == 12)
            {
                hours = 0;
            }

            return (hours * 60) + (digits.Count > 1 ? digits[1] : 0);
        }

        internal string[] Setting(string key) => settings.TryGetValue(key, out var value) ? value : Array.Empty<string>();

        private static Dictionary<string, int> ByKey(Dictionary<string, int> table)
        {
            var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var pair in table)
            {
                byKey[Key(pair.Key)] = pair.Value;
            }

            return byKey;
        }

        private static Dictionary<string, int> IntTable(string code, string file) =>
            LanguageData.ReadTable(code, file).ToDictionary(p => p.Key, p => int.Parse(p.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture), StringComparer.Ordinal);

        /// <summary>A regex alternation of phrases, longest first; spaces match any white space, apostrophes either form.</summary>
        internal static string Alternation(IEnumerable<string> phrases, bool caseSensitive, bool abbreviationDot = false)
        {
            var items = phrases.Distinct().OrderByDescending(p => p.Length).Select(p =>
            {
                var pattern = Regex.Escape(p.Replace('’', '\'')).Replace(@"\ ", @"\s+").Replace("'", "['’]");
                if (char.IsLetterOrDigit(p[p.Length - 1]))
                {
                    pattern += After;
                }

                // An abbreviated name may carry its period ('Jan.', 'janv.').
                return abbreviationDot && p.Length <= 4 ? pattern + @"(?:\.(?=,|\s+[0-9]))?" : pattern;
            }).ToList();
            if (items.Count == 0)
            {
                return "(?!)";
            }

            var body = string.Join("|", items);
            return caseSensitive ? "(?:" + body + ")" : "(?i:" + body + ")";
        }

        private static string Capitalised(string value) => value.Length == 0 ? value : char.ToUpperInvariant(value[0]) + value.Substring(1);

        private static CalendarUnit ParseUnit(string value) => (CalendarUnit)Enum.Parse(typeof(CalendarUnit), value, ignoreCase: true);

        private static (int, bool) ParseRelativeDay(string value)
        {
            var parts = value.Split(' ');
            return (int.Parse(parts[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture), parts[1] == "previous");
        }

        private static (int Month, int Day) ParseMonthDay(string value)
        {
            var parts = value.Split('-');
            return (int.Parse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture), int.Parse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture));
        }

        private static CalendarOffset ParseOffset(string value)
        {
            var parts = value.Split(' ');
            return new CalendarOffset(int.Parse(parts[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture), ParseUnit(parts[1]));
        }
    }
}
