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
    /// The vocabulary of the TimeML layer of one language: times of day, parts of day, units down to the second,
    /// seasons, repetitions, general references, ordinals and number words (Languages/&lt;code&gt;/seasons.txt,
    /// parts-of-day.txt, time-units.txt, set-words.txt, generic-refs.txt, duration-nouns.txt, temporal-numbers.txt,
    /// temporal.txt), and the patterns built from it once per language.
    /// </summary>
    internal sealed class TimexLexicon
    {
        private const string Before = @"(?<![\p{L}\p{N}-])";
        private const string After = @"(?![\p{L}\p{N}])";

        private static readonly Dictionary<string, Lazy<TimexLexicon>> Cache =
            LanguageData.Supported.ToDictionary(code => code, code => new Lazy<TimexLexicon>(() => new TimexLexicon(code)), StringComparer.OrdinalIgnoreCase);

        private static readonly Pattern NumberPart = Patterns.Compile(@"\p{L}+");

        private static readonly string[] WeekendNames = { "week-end", "weekend" };

        private readonly WordClasses wordClasses = new WordClasses((int)TimexWords.Digit);

        private TimexLexicon(string code)
        {
            var dates = TemporalLexicon.For(code);
            string[] Setting(string key) => dates.Setting(key);
            string Words(IEnumerable<string> phrases) => TemporalLexicon.Alternation(phrases, false);
            Dictionary<string, string> Table(string file) =>
                LanguageData.ReadTable(code, file).ToDictionary(p => TemporalLexicon.Key(p.Key), p => p.Value, StringComparer.Ordinal);

            Parts = Table("parts-of-day.txt");
            Seasons = Table("seasons.txt");
            Units = Table("time-units.txt");
            SetWords = Table("set-words.txt");
            References = Table("generic-refs.txt");
            DurationNouns = Table("duration-nouns.txt");
            Numbers = Table("temporal-numbers.txt").ToDictionary(p => p.Key, p => int.Parse(p.Value, CultureInfo.InvariantCulture), StringComparer.Ordinal);
            Vague = new HashSet<string>(Setting("vague-counts").Select(TemporalLexicon.Key), StringComparer.Ordinal);
            OffsetIsDuration = Setting("offset-timex").FirstOrDefault() == "duration";
            Midnight = new HashSet<string>(Setting("midnight").Select(TemporalLexicon.Key), StringComparer.Ordinal);
            var mods = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (key, value) in new[] { ("approx", "APPROX"), ("less-than", "LESS_THAN"), ("more-than", "MORE_THAN"), ("equal-or-more", "EQUAL_OR_MORE"), ("equal-or-less", "EQUAL_OR_LESS") })
            {
                foreach (var word in Setting(key))
                {
                    mods[TemporalLexicon.Key(word)] = value;
                }
            }

            Mods = mods;

            var number = Words(Numbers.Keys);
            var numberWords = $@"(?:{number})(?:(?:-|\s+(?:et|and)\s+|-et-|\s+)(?:{number}))*";
            var count = $@"(?<count>[0-9]+(?:[.,][0-9]+)?|{numberWords}|{Words(Setting("vague-counts"))})";
            var unit = $"(?<unit>{Words(Units.Keys)})";
            var mod = $@"(?:(?<mod>{Words(Mods.Keys)})\s+)?";
            var part = $"(?<part>{Words(Parts.Keys)})";
            var zone = TemporalLexicon.Alternation(LanguageData.ReadTable(code, "time-zones.txt").Select(p => p.Key), true);
            var local = Words(Setting("local-time"));
            var hourMark = Setting("hour-marks").Length > 0 ? $@"\s?(?:{Words(Setting("hour-marks"))})(?:\s?(?<minute>[0-5][0-9]))?{After}|" : string.Empty;
            var hourWords = Setting("hour-words").Length > 0 ? $@"\s+(?<hourword>{Words(Setting("hour-words"))})(?:\s+(?<minute>[0-5][0-9]){After})?|" : string.Empty;
            var ampm = @"\s?(?<ampm>[aApP]\.?\s?[mM]\.?)(?!\p{L})";
            var partAfter = $@"(?:\s+(?:{Words(Setting("hour-part-prefixes"))})\s+{part})?";

            Clock = Patterns.Compile(
                $@"{Before}{mod}(?:(?<named>{Words(Setting("midnight").Concat(Setting("noon")))})|(?<hour>[0-2]?[0-9])(?:{hourMark}{hourWords}:(?<minute>[0-5][0-9])(?:{ampm})?|{ampm})){partAfter}(?:\s+(?<zone>{zone}|{local}))?{After}",
                RegexOptions.ExplicitCapture);
            var determiners = Words(Setting("this").Concat(Setting("articles")));
            DayPart = Patterns.Compile($@"{Before}(?<det>{determiners})\s*{part}(?:\s+(?<same>{Words(Setting("same"))}))?{After}", RegexOptions.ExplicitCapture);
            PartAtEnd = Patterns.Compile($@"{Before}{part}\W*$", RegexOptions.ExplicitCapture);
            var recent = Words(Setting("recent-spans"));
            var half = Words(Setting("half-after"));
            Duration = Patterns.Compile(
                $@"{Before}{mod}(?:(?<recent>{recent})\s+{unit}|(?<quarterof>{Words(Setting("quarter-of"))})\s*{unit}|(?:(?<article>les|the)\s+)?{count}(?:\s+|-)(?:(?<last>{Words(Setting("counted-last"))})\s+)?{unit}(?:\s+(?<half>{half}))?|(?<noun>{Words(DurationNouns.Keys)})){After}",
                RegexOptions.ExplicitCapture);
            var weekdayPlural = Words(dates.Weekdays.Keys.Where(w => w.Length > 4).Select(w => w + "s"));
            Every = Patterns.Compile(
                $@"{Before}(?:{Words(Setting("every"))})\s+(?:(?<count>[0-9]+|{numberWords})\s+)?(?:{unit}|(?<weekdays>{Words(dates.Weekdays.Keys.Where(w => w.Length > 4))}|{weekdayPlural})|(?<season>{Words(Seasons.Keys)})){After}",
                RegexOptions.ExplicitCapture);
            Per = Patterns.Compile($@"(?<=(?:{Words(Setting("per"))})\s+){unit}{After}", RegexOptions.ExplicitCapture);
            SetWord = Patterns.Compile($@"{Before}(?<set>{Words(SetWords.Keys)}){After}", RegexOptions.ExplicitCapture);
            Reference = Patterns.Compile($@"{Before}(?<ref>{Words(References.Keys)}){After}", RegexOptions.ExplicitCapture);
            Year = Patterns.Compile($@"{Before}(?:(?<noun>{Words(Setting("year-nouns"))})\s+)?(?<year>(?:1[5-9]|20)[0-9]{{2}})(?![0-9]|[.,][0-9])", RegexOptions.ExplicitCapture);
            YearCounted = Patterns.Compile($@"^\s*(?:%|(?:{Words(Setting("year-counted"))}){After})", RegexOptions.ExplicitCapture);
            // Full names only: an abbreviation standing alone is too often a word ('sept', 'Mar').
            var monthTable = LanguageData.ReadTable(code, "months.txt").ToList();
            var months = TemporalLexicon.Alternation(
                monthTable.Where(m => !monthTable.Any(o => o.Key != m.Key && o.Value == m.Value && o.Key.StartsWith(m.Key, StringComparison.OrdinalIgnoreCase))).Select(m => m.Key),
                dates.CapitalisedNames);
            var rel = Words(Setting("last").Concat(Setting("next")));
            Month = Patterns.Compile(
                $@"{Before}(?:(?<mn>{Words(Setting("month-nouns"))})\s*|(?<rel>{rel})\s+)?(?<month>{months})(?:\s+(?<year>(?:1[5-9]|20)[0-9]{{2}}|'?[0-9]{{2}})(?![0-9]))?(?:\s+(?<rel>{rel}))?{After}",
                RegexOptions.ExplicitCapture);
            DeterminedSetWords = Setting("set-words-as-nouns").FirstOrDefault() == "true";
            Season = Patterns.Compile(
                $@"{Before}(?:(?<det>{determiners}|{Words(Setting("last").Concat(Setting("next")))})\s*)?(?<season>{Words(Seasons.Keys)})(?:\s+(?:de\s+)?(?<year>(?:1[5-9]|20)[0-9]{{2}})(?![0-9]))?(?:\s+(?<rel>{rel}))?{After}",
                RegexOptions.ExplicitCapture);
            AmbiguousSeason = new HashSet<string>(Seasons.Keys.Where(k => dates.Code == LanguageData.French && (k == "été" || k == "ete")), StringComparer.Ordinal);
            Weekend = Patterns.Compile(
                $@"{Before}(?<det>{Words(Setting("this").Concat(Setting("articles")).Concat(Setting("last")).Concat(Setting("next")))})\s+(?:{string.Join("|", WeekendNames)})(?:\s+(?<rel>{rel}))?{After}",
                RegexOptions.ExplicitCapture);
            Decade = Patterns.Compile(
                $@"{Before}(?:(?:{Words(Setting("decade-nouns").DefaultIfEmpty("(?!)"))})\s+(?<decade>(?:1[5-9]|20)?[0-9]0)|(?:the\s+)?'?(?<decade>(?:1[5-9]|20)?[0-9]0)'?s){After}",
                RegexOptions.ExplicitCapture);
            Century = Patterns.Compile(
                $@"{Before}(?:(?:{Words(Setting("articles"))})\s+)?(?<century>[0-9]{{1,2}}|[IVXL]{{1,5}})(?:{Words(Setting("ordinal-suffixes"))})\s+(?:{Words(Setting("century-nouns"))}){After}",
                RegexOptions.ExplicitCapture);
            Signal = Patterns.Compile($@"^(?:{Words(Setting("signals").Concat(Setting("approximately")))})\s+", RegexOptions.ExplicitCapture);
            Article = Patterns.Compile($@"(?:^|[\s«(])(?<article>{Words(Setting("articles"))})\s*$", RegexOptions.ExplicitCapture);
            Joiner = Patterns.Compile($@"^[\s,;:(]*(?:(?:{Words(Setting("day-articles").Concat(Setting("approximately")).Concat(Setting("time-prepositions")))})\s+)*|[\s,;:(]*(?:\s(?:{Words(Setting("day-articles").Concat(Setting("approximately")).Concat(Setting("time-prepositions")).Concat(Setting("range-join")))}))*[\s,;:(]*$", RegexOptions.ExplicitCapture);
            // 'un boulanger de 51 ans', 'une Alsacienne de 6 ans': a person, then 'de' and the age.
            AgeBefore = Patterns.Compile(
                $@"(?:{Words(Setting("age-before"))})\s+$|(?:{Words(Setting("age-nouns"))})(?:\s+[\p{{L}}-]+){{0,2}}\s+(?:de|d')\s+$|(?<![\p{{L}}])(?i:un|une)\s+\p{{Lu}}\p{{Ll}}+\s+de\s+$|[(]\s*$|(?<![\p{{L}}])(?i:les|des)\s+$",
                RegexOptions.ExplicitCapture);
            RelationAfter = Patterns.Compile($@"^\s+(?<rel>{rel}){After}", RegexOptions.ExplicitCapture);
            ShortYearAfter = Patterns.Compile(@"^\s+'?(?<year>[0-9]{2})(?![0-9])(?=\s*(?:[,.;:)!?]|$))", RegexOptions.ExplicitCapture);
            DayBefore = Patterns.Compile(
                $@"(?:(?<![\p{{L}}])(?:{Words(Setting("articles"))})\s+)?(?<![\p{{L}}\p{{N}}])(?<day>[0-9]{{1,2}})(?:{Words(Setting("ordinals"))})?\s*(?:{Words(Setting("list-join").Concat(Setting("range-join")))}|[-–])\s*$",
                RegexOptions.ExplicitCapture);
            wordClasses.Add(Setting("midnight").Concat(Setting("noon")), (int)TimexWords.NamedTime);
            wordClasses.Add(Parts.Keys, (int)TimexWords.DayPart);
            wordClasses.Add(Units.Keys.Concat(DurationNouns.Keys), (int)TimexWords.Unit);
            wordClasses.Add(Setting("every"), (int)TimexWords.Every);
            wordClasses.Add(SetWords.Keys, (int)TimexWords.SetWord);
            wordClasses.Add(References.Keys, (int)TimexWords.Reference);
            wordClasses.Add(monthTable.Select(m => m.Key), (int)TimexWords.Month);
            wordClasses.Add(Seasons.Keys, (int)TimexWords.Season);
            wordClasses.Add(WeekendNames, (int)TimexWords.Weekend);
            wordClasses.Add(Setting("century-nouns"), (int)TimexWords.Century);
            var thisWords = Setting("this").Select(TemporalLexicon.Key).ToList();
            This = new HashSet<string>(thisWords, StringComparer.Ordinal);
            Last = dates.Last;
            Next = dates.Next;
            GeneralToday = new HashSet<string>(Setting("general-today").Select(TemporalLexicon.Key), StringComparer.Ordinal);
        }

        public IReadOnlyDictionary<string, string> Parts { get; }

        /// <summary>Which kinds of TimeML words a sentence has, from one pass over its words.</summary>
        public TimexWords WordsIn(string sentence) => (TimexWords)wordClasses.In(sentence);


        public IReadOnlyDictionary<string, string> Seasons { get; }

        /// <summary>Every time unit as written = 'second', 'minute', 'hour', 'day', 'week', ..., 'century'.</summary>
        public IReadOnlyDictionary<string, string> Units { get; }

        public IReadOnlyDictionary<string, string> SetWords { get; }

        public IReadOnlyDictionary<string, string> References { get; }

        public IReadOnlyDictionary<string, string> DurationNouns { get; }

        public IReadOnlyDictionary<string, int> Numbers { get; }

        /// <summary>Words before a time or a duration = TIMEX3 mod ('vers' = APPROX, 'plus de' = MORE_THAN).</summary>
        public IReadOnlyDictionary<string, string> Mods { get; }

        public ISet<string> Vague { get; }

        public ISet<string> Midnight { get; }

        public ISet<string> This { get; }

        /// <summary>'dernier', 'last' (the words of the tagger's lexicon).</summary>
        public ISet<string> Last { get; }

        /// <summary>'prochain', 'next'.</summary>
        public ISet<string> Next { get; }

        public ISet<string> AmbiguousSeason { get; }

        /// <summary>Whether a set word after a determiner is a noun ('le quotidien': a newspaper), as in French.</summary>
        public bool DeterminedSetWords { get; }

        /// <summary>'Aujourd'hui,' opening a sentence: the present in general.</summary>
        public ISet<string> GeneralToday { get; }

        /// <summary>Whether TimeML writes 'il y a trois ans', 'trois jours plus tard' as a duration inside signals (French TimeBank).</summary>
        public bool OffsetIsDuration { get; }

        /// <summary>'21 h 45', '18 heures', 'midi', '3:45 p.m. ET', 'vers 12 h 30 locales', '9 h du soir'.</summary>
        public Pattern Clock { get; }

        /// <summary>'la nuit', 'ce soir', 'la soirée', 'le matin même', 'this morning'.</summary>
        public Pattern DayPart { get; }

        /// <summary>A part of day ending an expression: 'hier matin', 'dimanche soir'.</summary>
        public Pattern PartAtEnd { get; }

        /// <summary>'trois ans', '30,4 secondes', 'environ une heure', 'ces derniers jours', 'les trois dernières années', 'un quinquennat'.</summary>
        public Pattern Duration { get; }

        /// <summary>'chaque jour', 'tous les jeudis', 'every month'.</summary>
        public Pattern Every { get; }

        /// <summary>The unit of 'par semestre', 'per year'.</summary>
        public Pattern Per { get; }

        public Pattern SetWord { get; }

        public Pattern Reference { get; }

        /// <summary>'1998', 'l'année 2001'.</summary>
        public Pattern Year { get; }

        /// <summary>What after a four-digit number makes it a count ('2000 euros', '1500 personnes', '2000 %').</summary>
        public Pattern YearCounted { get; }

        /// <summary>'juillet', 'le mois de juin', 'octobre 98', 'juin prochain', 'last May'.</summary>
        public Pattern Month { get; }

        public Pattern Season { get; }

        public Pattern Weekend { get; }

        public Pattern Decade { get; }

        public Pattern Century { get; }

        /// <summary>'dernier', 'prochains' after a day and month: '13 avril prochains'.</summary>
        public Pattern RelationAfter { get; }

        /// <summary>A two-digit year after a day and month: 'le 10 novembre 93'.</summary>
        public Pattern ShortYearAfter { get; }

        /// <summary>The first day of a list or range sharing the month after it: 'les 6 et ', '6-'.</summary>
        public Pattern DayBefore { get; }

        /// <summary>A preposition TimeML leaves out at the start of an expression ('en 2018', 'in 2010').</summary>
        public Pattern Signal { get; }

        /// <summary>The French article TimeML keeps inside, just before an expression ('le 30 juin').</summary>
        public Pattern Article { get; }

        /// <summary>The words between a day and its time that belong to neither ('mardi vers 21 h 45', 'jeudi 9 mars, à 17 h 15').</summary>
        public Pattern Joiner { get; }

        /// <summary>What before 'N ans' makes it an age, not a duration ('âgé de 42 ans', 'une fillette de 6 ans', '(42 ans)').</summary>
        public Pattern AgeBefore { get; }

        public static TimexLexicon For(string? code) =>
            (code != null && Cache.TryGetValue(code, out var lazy) ? lazy : Cache[LanguageData.English]).Value;

        /// <summary>A count as written: '3', '30,4', 'dix-huit', 'twenty-five', 'quatre-vingt-dix'; null for an unknown few.</summary>
        public double? Count(string text)
        {
            var key = TemporalLexicon.Key(text);
            if (Vague.Contains(key))
            {
                return null;
            }

            if (double.TryParse(key.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var digits))
            {
                return digits;
            }

            double total = 0, current = 0;
            foreach (Match part in NumberPart.Matches(key))
            {
                if (!Numbers.TryGetValue(part.Value, out var n))
                {
                    continue;
                }

                if (n >= 100)
                {
                    total += Math.Max(1, current) * n;
                    current = 0;
                }
                else if (n == 20 && current > 1 && current < 10)
                {
                    // 'quatre-vingt': four twenties.
                    current *= n;
                }
                else
                {
                    current += n;
                }
            }

            return total + current;
        }
    }
}
