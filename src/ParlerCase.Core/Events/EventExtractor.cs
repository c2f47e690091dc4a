using System;
using System.Collections.Generic;
using System.Linq;
using ParlerCase.Core.Articles;
using ParlerCase.Core.Dates;
using ParlerCase.Core.Documents;
using ParlerCase.Core.Temporal;

namespace ParlerCase.Core.Events
{
    /// <summary>
    /// The event mentions of one article: each sentence with a trigger gives one mention per kind of event it
    /// names, dated by the expression that governs the trigger. A date governs the noun right after it ('the
    /// January 6 riot'), else the nearest trigger before it ('Apple a supprimé Vocal samedi', 'l'attaque du
    /// 6 janvier'), else, when it opens the sentence, the first trigger after it ('Samedi, Apple a supprimé...');
    /// never across a quotation mark. A trigger no date governs has none: never the publication date.
    /// </summary>
    internal sealed class EventExtractor
    {
        // Two names further apart than this are not one coordinated subject, whatever joins them.
        private const int MaxCoordinationGap = 80;

        // 'Le', 'On', 'Dès': the longest word that may open a sentence before its opening date.
        private const int OpeningWordLength = 4;

        /// <summary>The longest bound written before a date: 'no later than the '.</summary>
        private const int MaxBoundLength = 24;

        private readonly ActorFinder actorFinder;

        public EventExtractor(ActorFinder actorFinder)
        {
            this.actorFinder = actorFinder;
        }

        public IReadOnlyList<EventMention> Extract(Article article)
        {
            var document = article.Body;
            PartialDate? published = article.Published.HasValue ? article.Published.Value : (PartialDate?)null;
            var allExpressions = TemporalTagger.Find(document, published);
            var expressions = allExpressions.Where(e => !e.IsRestatement).ToList();

            // Words of a date are no actors ('heure normale du Pacifique', 'GMT').
            var actors = OutsideDates(actorFinder.Find(document), allExpressions);
            var lexicon = EventLexicon.For(document.Language);
            var tenses = TenseCues.For(document.Language);
            var mentions = new List<EventMention>();
            int nextExpression = 0, nextActor = 0;
            foreach (var sentence in document.Sentences)
            {
                // A bound ('depuis 2020', 'before Jan. 31') is not when anything in the sentence happened.
                var own = TakeWithin(expressions, ref nextExpression, sentence, e => e.Offset).Where(e => !IsBound(lexicon, sentence, e)).ToList();
                var named = TakeWithin(actors, ref nextActor, sentence, a => a.Start);
                var triggers = lexicon.Find(sentence);
                var governed = Govern(sentence, triggers, own);
                foreach (var group in triggers.GroupBy(t => t.Kind))
                {
                    var kindTriggers = group.ToList();
                    var (names, coordinated) = ActorsOf(lexicon, sentence, InClauses(sentence, kindTriggers, named));
                    var date = kindTriggers
                        .SelectMany(t => governed.Where(g => g.Trigger == t).Select(g => (g.Expression, Distance: Distance(t, g.Expression))))
                        .OrderBy(g => g.Distance)
                        .Select(g => g.Expression)
                        .FirstOrDefault();
                    var first = kindTriggers[0];
                    var (tense, _) = tenses.Detect(sentence.Text, first.Start - sentence.Start, first.End - sentence.Start);
                    mentions.Add(new EventMention(article.Id, published, sentence.Text, sentence.Start, group.Key, kindTriggers, names, date, tense, coordinated));
                }

                foreach (var e in own.Where(e => e.Value != null && !governed.Any(g => g.Expression == e)))
                {
                    var happening = DatedHappening(tenses, sentence, e, named);
                    if (happening != null)
                    {
                        var (trigger, happeningActors, happeningTense) = happening.Value;
                        mentions.Add(new EventMention(article.Id, published, sentence.Text, sentence.Start, EventKind.Other, new[] { trigger }, happeningActors, e, happeningTense));
                    }
                }
            }

            return mentions;
        }

        /// <summary>
        /// A date no trigger takes, in a clause with a verb in the past or the future ('Le 3 mars, des manifestants ont
        /// envahi le parlement'), is something that happened, of no known kind; a date in a clause without one
        /// ('une croissance de 4 % en 2020') is none. The date expression stands as its trigger.
        /// </summary>
        private static (EventTrigger Trigger, IReadOnlyList<string> Actors, Tense Tense)? DatedHappening(TenseCues tenses, Sentence sentence, TemporalExpression e, List<Actor> named)
        {
            var at = e.Offset - sentence.Start;
            var (start, end) = Clause.Around(sentence.Text, at);

            // An opening date set off by a comma belongs to the clause after it ('Le 3 mars, des manifestants ont...').
            var after = e.End - sentence.Start;
            if (sentence.Text.Substring(0, at).Trim().Length <= OpeningWordLength && after < sentence.Text.Length - 1 && sentence.Text[after] == ',')
            {
                (start, end) = (0, Clause.Around(sentence.Text, after + 1).End);
            }

            var clause = sentence.Text.Substring(start, end - start);
            var (tense, cue) = tenses.Detect(clause, at - start, Math.Min(clause.Length, at - start + e.Text.Length));
            if (tense == Tense.Unknown || cue == null)
            {
                return null;
            }

            var trigger = new EventTrigger(EventKind.Other, e.Offset, e.End, e.Text, "dated clause with '" + cue + "' (" + tense.ToString().ToLowerInvariant() + ")");
            var actors = named.Where(a => a.Start - sentence.Start >= start && a.Start - sentence.Start < end).Select(a => a.Name).Distinct().ToList();
            return (trigger, actors, tense);
        }

        /// <summary>Which trigger each date expression of the sentence governs.</summary>
        private static List<(EventTrigger Trigger, TemporalExpression Expression)> Govern(Sentence sentence, IReadOnlyList<EventTrigger> triggers, List<TemporalExpression> expressions)
        {
            var pairs = new List<(EventTrigger, TemporalExpression)>();
            foreach (var e in expressions)
            {
                // A date and a trigger on either side of a quotation mark belong to different speakers.
                var reachable = triggers.Where(t => !Clause.QuoteBetween(sentence.Text, t.Start - sentence.Start, e.Offset - sentence.Start)).ToList();
                // A date written before its noun governs it: 'the January 6 riot', 'Sunday's suspension'.
                var modified = reachable.FirstOrDefault(t => t.Start >= e.End && IsPrenominal(sentence.Text.Substring(e.End - sentence.Start, t.Start - e.End)));
                if (modified != null)
                {
                    pairs.Add((modified, e));
                    continue;
                }

                var before = reachable.LastOrDefault(t => t.End <= e.Offset);
                if (before != null)
                {
                    pairs.Add((before, e));
                    continue;
                }

                // An opening date governs the clause after it; an event it counts from is not that clause.
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

        /// <summary>The actors in the clauses of the triggers.</summary>
        private static List<Actor> InClauses(Sentence sentence, List<EventTrigger> triggers, List<Actor> named)
        {
            var clauses = triggers.Select(t => Clause.Around(sentence.Text, t.Start - sentence.Start)).ToList();
            return named.Where(a => clauses.Any(c => a.Start - sentence.Start >= c.Start && a.Start - sentence.Start < c.End)).ToList();
        }

        /// <summary>The distinct actors of a sentence, without the names that only attribute the report ('selon Reuters').</summary>
        private static (IReadOnlyList<string> Names, IReadOnlyList<(string, string)> Coordinated) ActorsOf(EventLexicon lexicon, Sentence sentence, List<Actor> named)
        {
            var attributions = lexicon.Context("attribution").Matches(sentence.Text).Cast<System.Text.RegularExpressions.Match>()
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

        private static bool IsBound(EventLexicon lexicon, Sentence sentence, TemporalExpression e)
        {
            var at = e.Offset - sentence.Start;
            var before = sentence.Text.Substring(Math.Max(0, at - MaxBoundLength), Math.Min(at, MaxBoundLength));
            // An expression that opens with the bound ('depuis 2020'): the context's leftmost match is at its start.
            var opening = lexicon.Context("date-bounds").Match(e.Text);
            return (opening.Success && opening.Index == 0) || lexicon.DateBound.IsMatch(before);
        }

        private static bool IsPrenominal(string between) => between.Trim().Length == 0 || between.Trim() == "'s" || between.Trim() == "’s";

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
        private static List<T> TakeWithin<T>(IReadOnlyList<T> sorted, ref int next, Sentence sentence, System.Func<T, int> start)
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
