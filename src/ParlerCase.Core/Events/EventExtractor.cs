using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ParlerCase.Core.Articles;
using ParlerCase.Core.Common;
using ParlerCase.Core.Dates;
using ParlerCase.Core.Documents;
using ParlerCase.Core.Quotes;
using ParlerCase.Core.Temporal;

namespace ParlerCase.Core.Events
{
    /// <summary>
    /// The event mentions of one article. Each trigger names an event of its kind; a date governs the noun right
    /// after it ('the January 6 riot'), else the nearest trigger before it ('Apple a supprimé Vocal samedi'), else,
    /// when it opens the sentence, the first trigger after it ('Samedi, Apple a supprimé...'); never across a
    /// quotation mark. Each clause dates its own event: the triggers of one kind give one mention per date they
    /// take and per clause without one ('the motion will be heard May 4, the company said in a filing Tuesday'
    /// gives the hearing May 4 and the filing Tuesday). A trigger no date governs has none: never the publication
    /// date. Saying something is no event: a dated clause whose only act is a speech verb belongs to Get-Quote.
    /// </summary>
    internal sealed class EventExtractor
    {
        // Two names further apart than this are not one coordinated subject, whatever joins them.
        private const int MaxCoordinationGap = 80;

        // 'Le', 'On', 'Dès': the longest word that may open a sentence before its opening date.
        private const int OpeningWordLength = 4;

        /// <summary>The longest bound written before a date: 'no later than the '.</summary>
        private const int MaxBoundLength = 24;

        /// <summary>Words between a subject and its verb: 'Apple a fait appel', 'Apple has quickly removed'.</summary>
        private const int MaxAgentGap = 3;

        /// <summary>Words between an apposed 'date de' and its noun: 'date de la nouvelle audience'.</summary>
        private const int MaxApposedGap = 2;

        private static readonly Pattern Word = Patterns.Compile(@"\p{L}[\p{L}\p{N}]*");

        /// <summary>What lies between an owner and the noun it owns: 's, ’s or a bare apostrophe.</summary>
        private static readonly Pattern Possessive = Patterns.Compile(@"^['’]s?\s+$");

        private readonly Parties parties;

        public EventExtractor(Parties parties)
        {
            this.parties = parties;
        }

        public IReadOnlyList<EventMention> Extract(Article article)
        {
            var document = article.Body;
            PartialDate? published = article.Published.HasValue ? article.Published.Value : (PartialDate?)null;
            var allExpressions = TemporalTagger.Find(document, published);
            var expressions = allExpressions.Where(e => !e.IsRestatement).ToList();

            // Words of a date are no actors ('heure normale du Pacifique', 'GMT').
            var actors = OutsideDates(parties.Find(document), allExpressions);
            var lexicon = EventLexicon.For(document.Language);
            var tenses = TenseCues.For(document.Language);
            var mentions = new List<EventMention>();
            int nextExpression = 0, nextActor = 0;
            foreach (var sentence in document.Sentences)
            {
                // A bound ('depuis 2020', 'before Jan. 31') is not when anything in the sentence happened.
                var own = TakeWithin(expressions, ref nextExpression, sentence, e => e.Offset).Where(e => !IsBound(lexicon, sentence, e) || IsApposed(lexicon, sentence, e)).ToList();
                var named = TakeWithin(actors, ref nextActor, sentence, a => a.Start);
                var triggers = lexicon.Find(sentence, sentence.Index > 0 ? document.Sentences[sentence.Index - 1].Text : null);
                var cues = tenses.Read(sentence.Text);
                var governed = Govern(lexicon, sentence, triggers, own);
                foreach (var group in triggers.GroupBy(t => (t.Kind, t.Label)))
                {
                    foreach (var (kindTriggers, date) in ByDateAndClause(sentence, group.ToList(), governed))
                    {
                        var (names, coordinated) = ActorsOf(lexicon, sentence, InClauses(lexicon, sentence, kindTriggers, triggers, named));
                        var first = kindTriggers[0];
                        // The trigger's own words tell its tense too ('se tiendra', 'removed'); a date's tense wins.
                        var tense = date != null && date.Tense != Tense.Unknown ? date.Tense : cues.Detect(first.End - sentence.Start, first.End - sentence.Start).Tense;
                        var agent = first.RefersToAct ? OwnerOf(sentence, first, named) : AgentOf(lexicon, sentence, first, named);
                        if (first.RefersToAct && agent == null)
                        {
                            // 'the decision by the board' names no party whose act it could be.
                            continue;
                        }

                        if (agent != null && !names.Contains(agent))
                        {
                            names = names.Concat(new[] { agent }).ToList();
                        }

                        var when = date ?? BetweenSameDay(lexicon, document.Sentences, sentence, expressions);
                        mentions.Add(new EventMention(article.Id, published, sentence.Text, sentence.Start, group.Key.Kind, kindTriggers, names, when, tense, coordinated, group.Key.Label, agent));
                    }
                }

                foreach (var e in own.Where(e => e.Value != null && !governed.Any(g => g.Expression == e)))
                {
                    var happening = DatedHappening(lexicon, cues, sentence, e, named);
                    if (happening != null)
                    {
                        var (trigger, happeningActors, happeningTense, nonEvent) = happening.Value;
                        mentions.Add(new EventMention(article.Id, published, sentence.Text, sentence.Start, EventKind.Other, new[] { trigger }, happeningActors, e, happeningTense, nonEvent: nonEvent));
                    }
                }
            }

            return mentions;
        }

        /// <summary>
        /// The triggers of one kind in a sentence, as mentions: one per date they take (two dates, two events), and
        /// the undated ones with the dated trigger of their clause, else one per clause.
        /// </summary>
        private static IEnumerable<(List<EventTrigger> Triggers, TemporalExpression? Date)> ByDateAndClause(
            Sentence sentence, List<EventTrigger> triggers, List<(EventTrigger Trigger, TemporalExpression Expression)> governed)
        {
            var dated = new List<(List<EventTrigger> Triggers, TemporalExpression Date)>();
            var undated = new List<EventTrigger>();
            foreach (var t in triggers)
            {
                var date = governed.Where(g => g.Trigger == t).OrderBy(g => Distance(t, g.Expression)).Select(g => g.Expression).FirstOrDefault();
                if (date == null)
                {
                    undated.Add(t);
                    continue;
                }

                var same = dated.FindIndex(d => d.Date.Value == null ? d.Date == date : d.Date.Value.Equals(date.Value));
                if (same >= 0)
                {
                    dated[same].Triggers.Add(t);
                }
                else
                {
                    dated.Add((new List<EventTrigger> { t }, date));
                }
            }

            var rest = new List<List<EventTrigger>>();
            foreach (var t in undated)
            {
                var clause = Clause.Around(sentence.Text, t.Start - sentence.Start);
                var host = dated.FindIndex(d => d.Triggers.Any(x => Clause.Around(sentence.Text, x.Start - sentence.Start) == clause));
                if (host >= 0)
                {
                    dated[host].Triggers.Add(t);
                    continue;
                }

                var same = rest.FindIndex(r => Clause.Around(sentence.Text, r[0].Start - sentence.Start) == clause);
                if (same >= 0)
                {
                    rest[same].Add(t);
                }
                else
                {
                    rest.Add(new List<EventTrigger> { t });
                }
            }

            foreach (var d in dated)
            {
                d.Triggers.Sort((a, b) => a.Start.CompareTo(b.Start));
                yield return (d.Triggers, d.Date);
            }

            foreach (var r in rest)
            {
                yield return (r, null);
            }
        }

        /// <summary>
        /// The party the sentence plainly says acts: the name just before the trigger's verb in its clause ('Apple a
        /// fait appel', 'Vocal Store also removed'), or after 'par'/'by' behind it ('intenté par Orbis'). Not the
        /// subject of a passive ('Chatter a été supprimé'), nor a name a comma or other words keep apart.
        /// </summary>
        private static string? AgentOf(EventLexicon lexicon, Sentence sentence, EventTrigger trigger, List<Actor> named)
        {
            var text = sentence.Text;
            var at = trigger.Start - sentence.Start;
            var end = trigger.End - sentence.Start;
            var (clauseStart, clauseEnd) = Clause.Around(text, at);
            var after = named.FirstOrDefault(a => a.Start - sentence.Start >= end && a.Start - sentence.Start < clauseEnd);
            if (after != null)
            {
                var between = Word.Matches(text.Substring(end, after.Start - sentence.Start - end)).Cast<Match>().Select(m => m.Value.ToLowerInvariant()).ToList();
                // 'une lettre obtenue par CNN': the outlet a report is attributed to does not act in it.
                var by = between.FindIndex(lexicon.AgentMarkers.Contains);
                var attributed = lexicon.Context("attribution").IsMatch(text.Substring(end, after.Start - sentence.Start - end));
                if (by >= 0 && by <= 2 && between.Count - by <= 2 && !attributed)
                {
                    return after.Name;
                }
            }

            var before = named.LastOrDefault(a => a.End - sentence.Start <= at && a.Start - sentence.Start >= clauseStart);
            if (before == null && clauseStart > 0 && Word.Matches(text.Substring(clauseStart, at - clauseStart)).Count <= MaxAgentGap)
            {
                // 'Orbis, l'éditeur du logiciel, avait fait appel': the subject that opens the sentence, set off
                // by appositions, acts in a clause that opens with the verb.
                var subject = named.FirstOrDefault(a => a.Start - sentence.Start <= OpeningWordLength + 1 && a.End - sentence.Start < text.Length && text[a.End - sentence.Start] == ',');
                var verbGroup = Word.Matches(text.Substring(clauseStart, at - clauseStart)).Cast<Match>().Select(m => m.Value.ToLowerInvariant()).ToList();
                if (subject != null && !verbGroup.Any(lexicon.PassiveAuxiliaries.Contains) && !lexicon.Relatives.Contains(verbGroup.FirstOrDefault() ?? string.Empty))
                {
                    return subject.Name;
                }
            }

            if (before == null)
            {
                // 'Ann Roe, who testified': the relative pronoun stands for the name before it.
                var antecedent = Antecedent(lexicon, sentence, clauseStart, named);
                if (antecedent == null)
                {
                    return null;
                }

                var relative = Word.Match(text, clauseStart);
                var words = Word.Matches(text.Substring(relative.Index + relative.Length, Math.Max(0, at - relative.Index - relative.Length))).Cast<Match>().Select(m => m.Value.ToLowerInvariant()).ToList();
                return words.Count <= MaxAgentGap && !words.Any(lexicon.PassiveAuxiliaries.Contains) ? antecedent.Name : null;
            }

            var gap = Word.Matches(text.Substring(before.End - sentence.Start, at - (before.End - sentence.Start))).Cast<Match>().Select(m => m.Value.ToLowerInvariant()).ToList();
            return gap.Count <= MaxAgentGap && !gap.Any(lexicon.PassiveAuxiliaries.Contains) ? before.Name : null;
        }

        /// <summary>
        /// The party whose act an act-of trigger names: the name right after it ('la décision de Orbis', 'the move by
        /// Orbis') or right before it with its 's ('Orbis's decision').
        /// </summary>
        private static string? OwnerOf(Sentence sentence, EventTrigger trigger, List<Actor> named)
        {
            var text = sentence.Text;
            var after = named.FirstOrDefault(a => a.Start >= trigger.End && text.Substring(trigger.End - sentence.Start, a.Start - trigger.End).Trim().Trim('\'', '’').Length == 0);
            var before = named.LastOrDefault(a => a.End <= trigger.Start && Possessive.IsMatch(text.Substring(a.End - sentence.Start, trigger.Start - a.End)));
            return (after ?? before)?.Name;
        }

        /// <summary>
        /// A date no trigger takes, in a clause with a verb in the past or the future ('Le 3 mars, des manifestants ont
        /// envahi le parlement'), is something that happened, of no known kind; a date in a clause without one
        /// ('une croissance de 4 % en 2020') is none, nor is a clause whose act is saying something (a quote). A
        /// clause that gives a figure ('the studio earned $40 million in 2018') is no event of the case.
        /// The date expression stands as its trigger.
        /// </summary>
        private static (EventTrigger Trigger, IReadOnlyList<string> Actors, Tense Tense, string? NonEvent)? DatedHappening(
            EventLexicon lexicon, TenseCues.Reading cues, Sentence sentence, TemporalExpression e, List<Actor> named)
        {
            var at = e.Offset - sentence.Start;
            var (start, end) = Clause.Around(sentence.Text, at);

            // An opening date set off by a comma belongs to the clause after it ('Le 3 mars, des manifestants ont...').
            var after = e.End - sentence.Start;
            var (opening, openingEnd) = Trimmed(sentence.Text, 0, at);
            if (openingEnd - opening <= OpeningWordLength && after < sentence.Text.Length - 1 && sentence.Text[after] == ',')
            {
                (start, end) = (0, Clause.Around(sentence.Text, after + 1).End);
            }

            var clause = sentence.Text.Substring(start, end - start);
            var (tense, cue) = cues.Detect(start, end, at, Math.Min(end, at + e.Text.Length));
            if (tense == Tense.Unknown || cue == null || Says(clause, lexicon.Code))
            {
                return null;
            }

            // A clause dated by its year alone and naming no event says too little to be a step of the story.
            var nonEvent = lexicon.Figure.IsMatch(clause) ? "a figure, not an event"
                : e.Value?.Precision == DatePrecision.Year ? "a clause dated only by its year, naming no event"
                : null;
            var trigger = new EventTrigger(EventKind.Other, null, e.Offset, e.End, e.Text, "dated clause with '" + cue + "' (" + tense.ToString().ToLowerInvariant() + ")");
            var actors = named.Where(a => a.Start - sentence.Start >= start && a.Start - sentence.Start < end).Select(a => a.Name).Distinct().ToList();
            return (trigger, actors, tense, nonEvent);
        }

        /// <summary>The part [from, to) of a text without the white space at its ends, read without copying it.</summary>
        private static (int From, int To) Trimmed(string text, int from, int to)
        {
            while (from < to && char.IsWhiteSpace(text[from]))
            {
                from++;
            }

            while (to > from && char.IsWhiteSpace(text[to - 1]))
            {
                to--;
            }

            return (from, to);
        }

        /// <summary>True when the clause's act is saying: one of its words opens a speech verb ('a déclaré', 'said').</summary>
        private static bool Says(string clause, string language)
        {
            var speech = SpeechLexicon.For(language);
            var words = Word.Matches(clause).Cast<Match>().Select(m => m.Value).ToList();
            for (var i = 0; i < words.Count; i++)
            {
                if (!speech.VerbForms.TryGetValue(words[i], out var forms))
                {
                    continue;
                }

                foreach (var form in forms)
                {
                    var k = 0;
                    while (k < form.Length && i + k < words.Count && string.Equals(form[k], words[i + k], StringComparison.OrdinalIgnoreCase))
                    {
                        k++;
                    }

                    if (k == form.Length)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>Which trigger each date expression of the sentence governs.</summary>
        private static List<(EventTrigger Trigger, TemporalExpression Expression)> Govern(EventLexicon lexicon, Sentence sentence, IReadOnlyList<EventTrigger> triggers, List<TemporalExpression> expressions)
        {
            var pairs = new List<(EventTrigger, TemporalExpression)>();
            foreach (var e in expressions)
            {
                // A date and a trigger on either side of a quotation mark belong to different speakers.
                var reachable = triggers.Where(t => !Clause.QuoteBetween(sentence.Text, t.Start - sentence.Start, e.Offset - sentence.Start)).ToList();
                // A date written before its noun governs it: 'the January 6 riot', 'Sunday's suspension'.
                var modified = reachable.FirstOrDefault(t => t.Start >= e.End && IsPrenominal(lexicon, sentence.Text, e.End - sentence.Start, t.Start - sentence.Start));
                if (modified != null)
                {
                    pairs.Add((modified, e));
                    continue;
                }

                // 'confirmed Wednesday, when a judge granted...', 'began on March 2 when the store pulled...': the
                // clause the conjunction opens is what happened on that date.
                var when = lexicon.TemporalConjunction.Match(sentence.Text, e.End - sentence.Start);
                var opened = when.Success ? reachable.FirstOrDefault(t => t.Start - sentence.Start >= when.Index + when.Length && Clause.Around(sentence.Text, t.Start - sentence.Start).Start <= when.Index + when.Length) : null;
                if (opened != null)
                {
                    pairs.Add((opened, e));
                    continue;
                }

                // '14 octobre, date de la nouvelle audience': the noun the date is apposed to is what happens on it.
                var apposition = lexicon.DateApposition.Match(sentence.Text, e.End - sentence.Start);
                var apposed = apposition.Success
                    ? reachable.FirstOrDefault(t => t.Start - sentence.Start >= apposition.Index + apposition.Length
                        && Word.Matches(sentence.Text.Substring(apposition.Index + apposition.Length, t.Start - sentence.Start - apposition.Index - apposition.Length)).Count <= MaxApposedGap)
                    : null;
                if (apposed != null)
                {
                    pairs.Add((apposed, e));
                    continue;
                }

                // A trigger that ends inside the date ('fondé en 2010': 'fondé en', 'en 2010') is before it too.
                var before = reachable.LastOrDefault(t => t.Start < e.Offset);
                if (before != null)
                {
                    pairs.Add((before, e));
                    continue;
                }

                // An opening date governs the clause after it ('Le 24 août, la juge a...', 'La juge avait, le 24 août,
                // ordonné'); an event it counts from is not that clause. A date after an untriggered verb dates that
                // verb, not the next trigger ('the rules he set in June will be lifted').
                var (clauseStart, _) = Clause.Around(sentence.Text, e.Offset - sentence.Start);
                if (HasVerb(lexicon, sentence.Text.Substring(clauseStart, e.Offset - sentence.Start - clauseStart)))
                {
                    continue;
                }

                var reference = e.RelativeToEvent;
                var after = reachable.FirstOrDefault(t => t.Start >= e.End
                    && (reference == null || t.Start < reference.Offset || t.Start >= reference.Offset + reference.Text.Length));
                if (after != null)
                {
                    pairs.Add((after, e));
                }
            }

            return pairs;
        }

        /// <summary>The actors in the clauses of the triggers, with the name a relative clause tells of ('Tim Doe, who testified').</summary>
        private static List<Actor> InClauses(EventLexicon lexicon, Sentence sentence, List<EventTrigger> triggers, IReadOnlyList<EventTrigger> all, List<Actor> named)
        {
            var clauses = triggers.Select(t => Clause.Around(sentence.Text, t.Start - sentence.Start)).ToList();

            // The name a relative clause tells of acts in its first event only ('Ann Roe, who testified during the first
            // week of the trial': Ann Roe testified; the trial is not hers).
            var antecedents = triggers
                .Where(t => all.First(x => Clause.Around(sentence.Text, x.Start - sentence.Start) == Clause.Around(sentence.Text, t.Start - sentence.Start)) == t)
                .Select(t => Antecedent(lexicon, sentence, Clause.Around(sentence.Text, t.Start - sentence.Start).Start, named))
                .Where(a => a != null)
                .ToList();
            return named.Where(a => antecedents.Contains(a) || clauses.Any(c => a.Start - sentence.Start >= c.Start && a.Start - sentence.Start < c.End)).ToList();
        }

        /// <summary>The name right before the comma of a clause that opens with a relative pronoun ('Tim Doe, who ...'), or null.</summary>
        private static Actor? Antecedent(EventLexicon lexicon, Sentence sentence, int clauseStart, List<Actor> named)
        {
            var text = sentence.Text;
            if (clauseStart < 2 || text[clauseStart - 1] != ',')
            {
                return null;
            }

            var first = Word.Match(text, clauseStart);
            if (!first.Success || text.Substring(clauseStart, first.Index - clauseStart).Trim().Length > 0 || !lexicon.Relatives.Contains(first.Value.ToLowerInvariant()))
            {
                return null;
            }

            return named.LastOrDefault(a => a.End - sentence.Start <= clauseStart - 1 && text.Substring(a.End - sentence.Start, clauseStart - 1 - (a.End - sentence.Start)).Trim().Length == 0);
        }

        /// <summary>The distinct actors of a sentence, without the names that only attribute the report ('selon Reuters').</summary>
        private static (IReadOnlyList<string> Names, IReadOnlyList<(string, string)> Coordinated) ActorsOf(EventLexicon lexicon, Sentence sentence, List<Actor> named)
        {
            var attributions = lexicon.Context("attribution").Matches(sentence.Text).Cast<Match>()
                .Select(m => sentence.Start + m.Index + m.Length).ToList();
            var actors = named.Where(a => !attributions.Any(end => a.Start >= end && a.Start - end <= 3)).ToList();
            var coordinated = new List<(string, string)>();
            for (var i = 1; i < actors.Count; i++)
            {
                var between = sentence.Text.Substring(actors[i - 1].End - sentence.Start, Math.Max(0, actors[i].Start - actors[i - 1].End));
                if (between.Length <= MaxCoordinationGap && lexicon.Coordination.IsMatch(between) && actors[i - 1].Name != actors[i].Name)
                {
                    coordinated.Add((actors[i - 1].Name, actors[i].Name));
                }
            }

            return (actors.Select(a => a.Name).Distinct().ToList(), coordinated);
        }

        /// <summary>
        /// 'On Thursday, Orbis removed the app. Following that decision, Vocal sued. Later on Thursday, ...': an undated
        /// act the sentence opens as following the one before, between two sentences of its paragraph dated the same
        /// day, happened that day. Only an opener that ties it to the sentence before: a bare sequence proves nothing.
        /// </summary>
        private static TemporalExpression? BetweenSameDay(EventLexicon lexicon, IReadOnlyList<Sentence> sentences, Sentence sentence, List<TemporalExpression> expressions)
        {
            var opener = lexicon.SequenceOpener.Match(sentence.Text);
            var i = sentence.Index;
            if (!opener.Success || i == 0 || i + 1 >= sentences.Count
                || sentences[i - 1].ParagraphIndex != sentence.ParagraphIndex || sentences[i + 1].ParagraphIndex != sentence.ParagraphIndex)
            {
                return null;
            }

            // The expressions are in text order: a sentence's are found by halving, not by a scan of the article's,
            // so an article of many such sentences stays linear.
            DateRange? DayIn(Sentence s, bool last)
            {
                var next = FirstAtOrAfter(expressions, s.Start);
                var days = TakeWithin(expressions, ref next, s, e => e.Offset).Where(e => e.Value is DateRange v && v.Precision == DatePrecision.Day && !v.IsInterval);
                return (last ? days.LastOrDefault() : days.FirstOrDefault())?.Value;
            }

            return DayIn(sentences[i - 1], last: true) is DateRange before && DayIn(sentences[i + 1], last: false) is DateRange after && before.Equals(after)
                ? new TemporalExpression(opener.Value.Trim(), sentence.Start + opener.Index, "between-same-day", before, before.Start, "previous", Tense.Past)
                : null;
        }

        /// <summary>A date apposed to the noun of what happens on it ('jusqu'au 14 octobre, date de la nouvelle audience'), even as a bound.</summary>
        private static bool IsApposed(EventLexicon lexicon, Sentence sentence, TemporalExpression e) =>
            lexicon.DateApposition.Match(sentence.Text, e.End - sentence.Start).Success;

        private static bool IsBound(EventLexicon lexicon, Sentence sentence, TemporalExpression e)
        {
            var at = e.Offset - sentence.Start;
            var before = sentence.Text.Substring(Math.Max(0, at - MaxBoundLength), Math.Min(at, MaxBoundLength));
            // An expression that opens with the bound ('depuis 2020'): the context's leftmost match is at its start.
            var opening = lexicon.Context("date-bounds").Match(e.Text);
            return (opening.Success && opening.Index == 0) || lexicon.DateBound.IsMatch(before);
        }

        /// <summary>
        /// 'the January 6 riot', 'Sunday's suspension', 'their June 7 jury trial', 'the Oct. 2 filing deadline': what
        /// stands between a date and a trigger, [from, to) of the text, read in place (a date has many triggers after it).
        /// </summary>
        private static bool IsPrenominal(EventLexicon lexicon, string text, int from, int to)
        {
            (from, to) = Trimmed(text, from, to);
            var length = to - from;
            if (length == 0 || (length == 2 && (string.CompareOrdinal(text, from, "'s", 0, 2) == 0 || string.CompareOrdinal(text, from, "’s", 0, 2) == 0)))
            {
                return true;
            }

            var word = Word.Match(text, from, length);
            return word.Success && word.Index == from && word.Length == length && char.IsLower(text[from]) && !Languages.LanguageData.For(lexicon.Code).IsStopWord(word.Value);
        }

        /// <summary>A verb before a date in its clause: an auxiliary, a finite verb, or a past participle ('she ordered in September').</summary>
        private static bool HasVerb(EventLexicon lexicon, string text) =>
            Word.Matches(text).Cast<Match>().Select(m => m.Value.ToLowerInvariant())
                .Any(w => lexicon.VerbWords.Contains(w) || lexicon.ParticipleEndings.Any(e => w.Length > e.Length + 2 && w.EndsWith(e, StringComparison.Ordinal)));

        private static int Distance(EventTrigger trigger, TemporalExpression expression) =>
            expression.Offset >= trigger.End ? expression.Offset - trigger.End : trigger.Start - expression.End;

        /// <summary>The actors that do not start inside a date expression; both lists are in text order, read once.</summary>
        private static List<Actor> OutsideDates(IReadOnlyList<Actor> actors, IReadOnlyList<TemporalExpression> dates)
        {
            var outside = new List<Actor>(actors.Count);
            var next = 0;
            foreach (var actor in actors)
            {
                while (next < dates.Count && dates[next].End <= actor.Start)
                {
                    next++;
                }

                if (next >= dates.Count || actor.Start < dates[next].Offset)
                {
                    outside.Add(actor);
                }
            }

            return outside;
        }

        /// <summary>The items that start inside the sentence, reading a sorted list once for the whole document.</summary>
        private static int FirstAtOrAfter(List<TemporalExpression> sorted, int offset)
        {
            int low = 0, high = sorted.Count;
            while (low < high)
            {
                var middle = low + ((high - low) / 2);
                if (sorted[middle].Offset < offset)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return low;
        }

        private static List<T> TakeWithin<T>(IReadOnlyList<T> sorted, ref int next, Sentence sentence, Func<T, int> start)
        {
            var within = new List<T>();
            while (next < sorted.Count && start(sorted[next]) < sentence.Start)
            {
                next++;
            }

            while (next < sorted.Count && start(sorted[next]) < sentence.End)
            {
                within.Add(sorted[next]);
                next++;
            }

            return within;
        }
    }
}
