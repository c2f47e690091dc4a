using System.Collections.Generic;

namespace ParlerCase.Core.Events
{
    /// <summary>
    /// How the kinds relate when mentions are merged. Kinds of one family are ways of telling the same step, so
    /// sources that word it differently still meet: a court's decision (a ruling, an order, an injunction granted,
    /// a stay denied, a verdict, a dismissal), a session in court (a hearing, the trial), a filing (a complaint, a
    /// counterclaim, a motion, an appeal). An Action is its label: a removal and a suspension are different acts.
    /// </summary>
    internal static class EventKinds
    {
        private static readonly Dictionary<EventKind, string> Families = new Dictionary<EventKind, string>
        {
            [EventKind.Ruling] = "decision",
            [EventKind.Injunction] = "decision",
            [EventKind.Stay] = "decision",
            [EventKind.Verdict] = "decision",
            [EventKind.Dismissal] = "decision",
            [EventKind.Hearing] = "session",
            [EventKind.Trial] = "session",
            [EventKind.Complaint] = "filing",
            [EventKind.Counterclaim] = "filing",
            [EventKind.Motion] = "filing",
            [EventKind.Appeal] = "filing",
        };

        /// <summary>The general word of each family: its mentions may join any event of the family ('the first hearing' of a trial).</summary>
        private static readonly HashSet<EventKind> General = new HashSet<EventKind> { EventKind.Ruling, EventKind.Hearing, EventKind.Motion };

        /// <summary>
        /// The catch-all word: an event the sources tell only as 'a ruling' may be any decision. Not 'hearing' nor
        /// 'request': a hearing is a step of its own, not a trial told vaguely, and a request is not an appeal.
        /// </summary>
        private static readonly HashSet<EventKind> CatchAll = new HashSet<EventKind> { EventKind.Ruling };

        /// <summary>Kinds each doer does on its own: 'Apple et Google ont supprimé l'application' is two removals.</summary>
        private static readonly HashSet<EventKind> Distributive = new HashSet<EventKind> { EventKind.Action, EventKind.Appeal };

        /// <summary>The steps of a court case: the first of them dated says when the case began.</summary>
        private static readonly HashSet<EventKind> CourtSteps = new HashSet<EventKind>
        {
            EventKind.Complaint, EventKind.Counterclaim, EventKind.Motion, EventKind.Hearing, EventKind.Testimony, EventKind.Trial,
            EventKind.Ruling, EventKind.Injunction, EventKind.Verdict, EventKind.Appeal, EventKind.Stay, EventKind.Settlement,
            EventKind.Dismissal, EventKind.Deadline,
        };

        /// <summary>The family a mention merges within: its kind's family, or for an Action its label.</summary>
        public static string FamilyOf(EventKind kind, string? label) =>
            kind == EventKind.Action ? "Action:" + (label ?? string.Empty)
            : Families.TryGetValue(kind, out var family) ? family
            : kind.ToString();

        public static bool IsGeneral(EventKind kind) => General.Contains(kind);

        public static bool IsCatchAll(EventKind kind) => CatchAll.Contains(kind);

        public static bool IsDistributive(EventKind kind) => Distributive.Contains(kind);

        public static bool IsCourtStep(EventKind kind) => CourtSteps.Contains(kind);
    }
}
