using System;
using System.Collections.Generic;
using System.Linq;
using ParlerCase.Core.Articles;
using ParlerCase.Core.Dates;
using ParlerCase.Core.Entities;
using ParlerCase.Core.Temporal;

namespace ParlerCase.Core.Events
{
    /// <summary>
    /// The case's timeline: event mentions from every source merged into case events, one per story event, so that
    /// an event dated in one source dates its undated mentions in the others.
    /// <list type="bullet">
    /// <item>Mentions of one family of kinds (or one Action label), with parties that fit (the same acting party,
    /// overlapping parties other than the case's protagonists) and dates every dated mention allows, are one event
    /// when something says so: the same date, a shared party, the same acting party, two of its parties.</item>
    /// <item>Sources that date one step a day or two apart stay one event, with each date kept by its mention
    /// and a Warning; the event's date is the one most mentions support, at the finest precision.</item>
    /// <item>An undated mention joins the dated event of its kind and parties when the case has one; when it has
    /// several, the one nearest the article's own time (its publication: the last before it for a report in the
    /// past, the first after it for one in the future). It never joins an event dated after its source was
    /// published when it tells it in the past, and never takes a date from an event of another kind.</item>
    /// <item>Distinct events on the same day stay apart: another kind, another acting party, other parties.</item>
    /// <item>What is no act of the story is background (<see cref="CaseEvent.Background"/>): a dated figure, a clause
    /// dated by its year alone, and a dated happening of no named kind long before the case's first step. An act the
    /// tables name (a launch, a founding, a ruling) stays a row whatever its date: it is the story's antecedent.</item>
    /// </list>
    /// Dated mentions are merged first, most precise first; the undated ones then join them. Each mention is
    /// compared with the few events an index finds by period and party, never with every other mention.
    /// </summary>
    public static class CaseTimeline
    {
        /// <summary>Sources that date one step this many days apart still tell the same step (a time zone, a weekday).</summary>
        private const int NearDays = 2;

        /// <summary>A happening of no named kind that ends this long before the case's first step is background.</summary>
        private const int BackgroundDays = 183;

        /// <summary>How far before the first article the first step of the case may lie.</summary>
        private const int CaseLookBackDays = 730;

        /// <summary>Ranks an event on the wrong side of the article's time after every event on the right side.</summary>
        private const double Far = 1e6;

        /// <summary>The timeline of a corpus, its parties named by an entity index built from it.</summary>
        public static IReadOnlyList<CaseEvent> Build(IReadOnlyList<Article> articles) =>
            Build(articles, EntityIndex.Build(articles.Select(a => a.Body)));

        /// <summary>The timeline of a corpus, its parties named by the corpus's shared entity index.</summary>
        public static IReadOnlyList<CaseEvent> Build(IReadOnlyList<Article> articles, EntityIndex index)
        {
            var extractor = new EventExtractor(new Parties(index, articles.Select(a => a.Body)));
            return Build(articles.SelectMany(extractor.Extract).ToList());
        }

        internal static IReadOnlyList<CaseEvent> Build(IReadOnlyList<EventMention> extracted)
        {
            var mentions = extracted.SelectMany(Distribute).ToList();
            var parties = new Distinguishing(mentions);
            var events = Merge(mentions, parties);

            // Dates counted from another event ('au lendemain de la suspension') resolve once that event is dated;
            // then the mentions are merged again with their new dates.
            var resolved = ResolveEventRelative(mentions, events);
            if (resolved != null)
            {
                events = Merge(resolved, parties);
            }

            var caseStart = CaseStart(events, mentions);
            return events
                .Select(e => e.ToCaseEvent(BackgroundOf(e, caseStart)))
                .OrderBy(e => e.When == null ? 1 : 0)
                .ThenBy(e => e.When?.Start.Date)
                .ThenBy(e => e.When?.Precision)
                .ThenBy(e => e.Kind)
                .ToList();
        }

        /// <summary>
        /// When the case began: its first dated step (a court step, at the day or the month) that lies at most two
        /// years before the first article; else the first article's date.
        /// </summary>
        /// <summary>The days around a date that sources a day or two apart may give it, within the calendar.</summary>
        private static DateRange Near(DateRange date) =>
            new DateRange(new PartialDate(Calendar.AddDaysWithin(date.Start.Date, -NearDays), DatePrecision.Day), new PartialDate(Calendar.AddDaysWithin(date.LastDay, NearDays), DatePrecision.Day));

        private static DateTime? CaseStart(List<PendingEvent> events, IReadOnlyList<EventMention> mentions)
        {
            var published = mentions.Where(m => m.Published != null).Select(m => (DateTime?)m.Published!.Value.Date).Min();
            var steps = events
                .Where(e => EventKinds.IsCourtStep(e.Kind) && e.When is DateRange w && w.Precision != DatePrecision.Year)
                .Select(e => e.When!.Value.Start.Date)
                .Where(d => published == null || d >= Calendar.AddDaysWithin(published.Value, -CaseLookBackDays))
                .OrderBy(d => d)
                .Cast<DateTime?>()
                .FirstOrDefault();
            return steps ?? published;
        }

        private static string? BackgroundOf(PendingEvent e, DateTime? caseStart)
        {
            if (e.Mentions.All(m => m.NonEvent != null))
            {
                return e.Mentions[0].NonEvent;
            }

            if (e.Kind == EventKind.Other && caseStart is DateTime start && e.When is DateRange when && when.LastDay < Calendar.AddDaysWithin(start, -BackgroundDays))
            {
                return $"{when.Iso}, before the case (its first step: {start:yyyy-MM-dd})";
            }

            return null;
        }

        /// <summary>'Apple et Google ont supprimé l'application': each doer's own removal, the other parties kept.</summary>
        private static IEnumerable<EventMention> Distribute(EventMention mention)
        {
            var doers = mention.Coordinated.SelectMany(p => new[] { p.First, p.Second }).Distinct().ToList();
            if (!EventKinds.IsDistributive(mention.Kind) || doers.Count < 2)
            {
                return new[] { mention };
            }

            return doers.Select(d => mention.WithActors(mention.Actors.Where(a => a == d || !doers.Contains(a)).ToList(), d));
        }

        private static List<PendingEvent> Merge(IReadOnlyList<EventMention> all, Distinguishing parties)
        {
            var mentions = all.Where(m => !m.RefersToAct).ToList();
            var families = new Dictionary<string, CandidateIndex>(StringComparer.Ordinal);
            CandidateIndex IndexOf(EventMention m)
            {
                var family = EventKinds.FamilyOf(m.Kind, m.Label);
                if (!families.TryGetValue(family, out var index))
                {
                    families[family] = index = new CandidateIndex(parties, family == nameof(EventKind.Incident));
                }

                return index;
            }

            var order = 0;
            var dated = mentions
                .Select((m, i) => (Mention: m, Index: i))
                .Where(x => x.Mention.Date?.Value != null)
                .OrderBy(x => x.Mention.Date!.Value!.Value.Precision)
                .ThenBy(x => x.Mention.Date!.Value!.Value.IsInterval ? 1 : 0)
                .ThenBy(x => x.Index)
                .Select(x => x.Mention)
                .ToList();
            foreach (var mention in dated)
            {
                var index = IndexOf(mention);
                var sameDateOnly = mention.Kind == EventKind.Other;
                var fits = PendingEvent.Readings(mention)
                    .SelectMany(index.Overlapping)
                    .Distinct()
                    .Where(e => sameDateOnly ? SameDate(e, mention) && e.PartiesFit(mention) : e.AcceptsDated(mention))
                    .ToList();
                var chosen = Prefer(fits, mention);
                var conflicting = false;
                if (chosen == null && !sameDateOnly)
                {
                    // One step that sources date a day or two apart.
                    var near = PendingEvent.Readings(mention)
                        .Select(Near)
                        .SelectMany(index.Overlapping)
                        .Distinct()
                        .Where(e => e.AcceptsConflicting(mention, NearDays))
                        .ToList();
                    chosen = Prefer(near, mention);
                    conflicting = chosen != null;
                }

                chosen ??= sameDateOnly ? null : OnlyWithin(index, mention);
                if (chosen == null)
                {
                    chosen = new PendingEvent(EventKinds.FamilyOf(mention.Kind, mention.Label), parties, order++);
                    index.Open(chosen);
                }

                if (conflicting)
                {
                    chosen.AddConflicting(mention);
                }
                else
                {
                    chosen.Add(mention);
                }

                index.Add(chosen, mention, dated: !conflicting);
            }

            foreach (var index in families.Values)
            {
                index.Seal();
            }

            // The events each sentence already tells, by family: an undated clause of a sentence joins the event its
            // dated clause tells in the same family ('Apple a fait appel vendredi, demandant la suspension...').
            var bySentence = new Dictionary<(string, int, string), PendingEvent>();
            foreach (var e in families.Values.SelectMany(f => f.All))
            {
                foreach (var m in e.Mentions)
                {
                    bySentence[(m.Source, m.Offset, e.Family)] = e;
                }
            }

            foreach (var mention in mentions.Where(m => m.Date?.Value == null))
            {
                var index = IndexOf(mention);
                var family = EventKinds.FamilyOf(mention.Kind, mention.Label);
                var articleTime = mention.Published?.Date ?? DateTime.MaxValue;
                bySentence.TryGetValue((mention.Source, mention.Offset, family), out var sibling);
                var fits = sibling != null && sibling.IsDated && sibling.PartiesFit(mention)
                    ? new List<PendingEvent> { sibling }
                    : index.DatedCandidates(mention, articleTime).Where(e => KindFits(e, mention) && e.PartiesFit(mention) && !ReportedBefore(e, mention)).ToList();
                var chosen = fits.Count == 1 ? fits[0] : Nearest(fits, mention);
                if (chosen == null && fits.Count == 0)
                {
                    chosen = index.UndatedCandidates(mention)
                        .Where(e => KindFits(e, mention) && e.PartiesFit(mention) && (e.SharedParties(mention) > 0 || e.SameAgent(mention) || e.SameParties(mention) || !mention.Actors.Any(e.IsDistinguishing)))
                        .OrderBy(e => e.Order)
                        .FirstOrDefault();
                }

                if (chosen == null)
                {
                    chosen = new PendingEvent(EventKinds.FamilyOf(mention.Kind, mention.Label), parties, order++);
                    index.OpenUndated(chosen, mention);
                }

                chosen.Add(mention);
                index.Add(chosen, mention, dated: false);
                bySentence[(mention.Source, mention.Offset, family)] = chosen;
            }

            var absorbed = new HashSet<PendingEvent>();
            foreach (var index in families.Values)
            {
                FoldNearDates(index, absorbed);
                FoldScheduled(index, absorbed);
            }

            var events = families.Values.SelectMany(f => f.All).Where(e => !absorbed.Contains(e)).OrderBy(e => e.Order).ToList();
            JoinActs(events, all.Where(m => m.RefersToAct));
            return events;
        }

        /// <summary>
        /// 'Répondant à la décision d'Orbis': an act named by its party alone is the act that party did in the case:
        /// its one event, else the nearest in the article's time; none when the party acts in no event, or in two
        /// equally near. It never joins an event its own date contradicts. The events are indexed by acting party.
        /// </summary>
        private static void JoinActs(List<PendingEvent> events, IEnumerable<EventMention> acts)
        {
            var byAgent = new Dictionary<string, List<PendingEvent>>(StringComparer.Ordinal);
            foreach (var e in events)
            {
                foreach (var name in e.Agents.SelectMany(a => ActorSet.Leads(a).Append(a)).Distinct(StringComparer.Ordinal))
                {
                    if (!byAgent.TryGetValue(name, out var list))
                    {
                        byAgent[name] = list = new List<PendingEvent>();
                    }

                    list.Add(e);
                }
            }

            foreach (var act in acts)
            {
                var own = act.Date?.Value;
                var fits = ActorSet.Leads(act.Agent!).Append(act.Agent!)
                    .SelectMany(name => byAgent.TryGetValue(name, out var list) ? list : Enumerable.Empty<PendingEvent>())
                    .Distinct()
                    .Where(e => e.SameAgent(act) && !ReportedBefore(e, act) && (own == null || (e.When is DateRange w && w.Overlaps(own.Value))))
                    .ToList();
                var chosen = fits.Count == 1 ? fits[0] : Nearest(fits.Where(e => e.IsDated).ToList(), act);
                chosen?.Add(act.As(chosen.Kind, chosen.Label));
            }
        }

        /// <summary>
        /// A mention dated by its month alone ('the overhaul she ordered in September') is, at the day, undated: it
        /// joins the one event of its kind and parties the case dates more precisely inside that month, as an
        /// undated mention joins the one event of its kind. None when the month holds two such events.
        /// </summary>
        private static PendingEvent? OnlyWithin(CandidateIndex index, EventMention mention)
        {
            var period = mention.Date!.Value!.Value;
            if (period.Precision == DatePrecision.Day)
            {
                return null;
            }

            var fits = index.Overlapping(period).Where(e => e.HasKind(mention.Kind) && e.PartiesFit(mention) && !ReportedBefore(e, mention)).Take(2).ToList();
            return fits.Count == 1 && fits[0].When is DateRange w && w.Precision < period.Precision && period.Contains(w) ? fits[0] : null;
        }

        /// <summary>
        /// One step that sources date a day or two apart (a time zone, 'today' in a story posted the next morning)
        /// is one event, when the two events share a kind and a party of their own: the smaller joins the larger.
        /// </summary>
        private static void FoldNearDates(CandidateIndex index, HashSet<PendingEvent> absorbed)
        {
            foreach (var e in index.All.Where(e => e.When is DateRange w && w.Precision == DatePrecision.Day).OrderByDescending(e => e.Mentions.Count).ThenBy(e => e.Order).ToList())
            {
                if (absorbed.Contains(e))
                {
                    continue;
                }

                var date = e.When!.Value;
                foreach (var other in index.Overlapping(Near(date)).Where(o => o != e && !absorbed.Contains(o) && o.Mentions.Count <= e.Mentions.Count).OrderBy(o => o.Order).ToList())
                {
                    if (other.When is DateRange w && w.Precision == DatePrecision.Day && !w.Equals(date) && Math.Abs((w.Start.Date - date.Start.Date).TotalDays) <= NearDays
                        && other.Kind == e.Kind && e.SharesPartyWith(other)
                        && other.Mentions.Any(m => !e.Mentions.Any(x => x.Source == m.Source)))
                    {
                        e.Absorb(other, vote: true);
                        absorbed.Add(other);
                    }
                }
            }
        }

        /// <summary>
        /// A step announced for a date it did not keep: an event only told in the future ('the trial will be held in
        /// July'), whose kind has exactly one event dated after the source was published (the trial held in May),
        /// is that event, its announced date kept beside the date it happened. Not a happening of no named kind (two
        /// such are one only on the same date), nor a deadline: a deadline is its date, and a case has many.
        /// </summary>
        private static void FoldScheduled(CandidateIndex index, HashSet<PendingEvent> absorbed)
        {
            foreach (var e in index.All.Where(e => e.IsDated && e.IsScheduledOnly && e.Kind != EventKind.Other && e.Kind != EventKind.Deadline && !EventKinds.IsGeneral(e.Kind) && !absorbed.Contains(e)).ToList())
            {
                var mention = e.Mentions[0];
                if (!(mention.Published is PartialDate published))
                {
                    continue;
                }

                var later = index.DatedAfter(new DateRange(published).LastDay)
                    .Where(o => o != e && !absorbed.Contains(o) && o.HasKind(e.Kind) && !o.IsScheduledOnly && e.Mentions.All(o.PartiesFit))
                    .Take(2)
                    .ToList();
                if (later.Count == 1 && !later[0].When!.Value.Overlaps(e.When!.Value))
                {
                    later[0].Absorb(e, vote: false);
                    absorbed.Add(e);
                }
            }
        }

        private static bool SameDate(PendingEvent e, EventMention mention) =>
            e.When is DateRange when && PendingEvent.Readings(mention).Any(r => r.Equals(when));

        /// <summary>
        /// An undated mention joins an event of its own kind, or one the sources tell only in the family's general
        /// word; the general word ('a ruling') joins any event of the family. Its own kind is preferred.
        /// </summary>
        private static bool KindFits(PendingEvent e, EventMention mention) =>
            e.HasKind(mention.Kind) || EventKinds.IsGeneral(mention.Kind) || EventKinds.IsCatchAll(e.Kind);

        /// <summary>A source that tells an event as done cannot tell one that happened after it was published.</summary>
        private static bool ReportedBefore(PendingEvent e, EventMention mention) =>
            mention.Tense != Tense.Future && mention.Published is PartialDate published && e.When is DateRange w && w.Start.Date > new DateRange(published).LastDay;

        /// <summary>
        /// Among several dated events that fit a dated mention: the one sharing most parties, then the one with
        /// the very date, then the one opened first.
        /// </summary>
        private static PendingEvent? Prefer(List<PendingEvent> fits, EventMention mention)
        {
            if (fits.Count <= 1)
            {
                return fits.FirstOrDefault();
            }

            var readings = PendingEvent.Readings(mention);
            return fits
                .OrderByDescending(e => !EventKinds.IsGeneral(mention.Kind) && e.HasKind(mention.Kind) ? 1 : 0)
                .ThenByDescending(e => e.SharedParties(mention) + (e.SameAgent(mention) ? 1 : 0))
                .ThenByDescending(e => e.When is DateRange w && readings.Any(r => r.Equals(w)) ? 1 : 0)
                .ThenBy(e => e.Order)
                .First();
        }

        /// <summary>
        /// Among several dated events an undated mention may be: the one with most evidence (shared parties, the
        /// same acting party), then the one nearest the article's time: the last before its publication for a
        /// report in the past, the first after it for one in the future. None when two are equally near.
        /// </summary>
        private static PendingEvent? Nearest(List<PendingEvent> fits, EventMention mention)
        {
            if (fits.Count == 0)
            {
                return null;
            }

            var scored = fits.Select(e => (Event: e, Evidence: (!EventKinds.IsGeneral(mention.Kind) && e.HasKind(mention.Kind) ? 100 : 0) + e.SharedParties(mention) + (e.SameAgent(mention) ? 1 : 0))).ToList();
            var most = scored.Max(x => x.Evidence);
            var best = scored.Where(x => x.Evidence == most).Select(x => x.Event).ToList();
            if (best.Count == 1)
            {
                return best[0];
            }

            if (!(mention.Published is PartialDate published))
            {
                return null;
            }

            var now = published.Date;
            var ranked = best
                .Select(e => (Event: e, Date: e.When!.Value.Start.Date, Last: e.When!.Value.LastDay))
                .Select(x => (x.Event, Distance: mention.Tense == Tense.Future
                    ? (x.Last >= now ? Math.Max(0, (x.Date - now).TotalDays) : Far + (now - x.Last).TotalDays)
                    : (x.Date <= now ? Math.Max(0, (now - x.Last).TotalDays) : Far + (x.Date - now).TotalDays)))
                .OrderBy(x => x.Distance)
                .ToList();
            return ranked.Count > 1 && ranked[0].Distance == ranked[1].Distance && ranked[0].Event.When!.Value.Equals(ranked[1].Event.When!.Value) ? null : ranked[0].Event;
        }

        private static List<EventMention>? ResolveEventRelative(List<EventMention> mentions, List<PendingEvent> events)
        {
            var eventOf = new Dictionary<EventMention, PendingEvent>();
            foreach (var e in events)
            {
                foreach (var m in e.Mentions)
                {
                    eventOf[m] = e;
                }
            }

            var changed = false;
            var bySource = mentions.ToLookup(m => m.Source);
            var result = new List<EventMention>(mentions.Count);
            foreach (var mention in mentions)
            {
                var reference = mention.Date?.RelativeToEvent;
                if (mention.Date == null || reference == null || mention.Date.Value != null || mention.Date.Warning != null)
                {
                    result.Add(mention);
                    continue;
                }

                // The event counted from is the mention whose trigger lies in the referring noun phrase.
                var referent = bySource[mention.Source].FirstOrDefault(m => m != mention
                    && m.Triggers.Any(t => t.Start >= reference.Offset && t.Start < reference.Offset + reference.Text.Length));
                if (referent == null || !eventOf.TryGetValue(referent, out var referentEvent) || referentEvent.When is not DateRange from)
                {
                    result.Add(mention);
                    continue;
                }

                var value = new DateRange(reference.Shift.ApplyTo(from.Start), reference.Shift.ApplyTo(from.End));
                var date = new TemporalExpression(mention.Date.Text, mention.Date.Offset, mention.Date.Rule, value, from.Start, "event", mention.Date.Tense,
                    relativeToEvent: reference);
                result.Add(mention.WithDate(date));
                changed = true;
            }

            return changed ? result : null;
        }
    }
}
