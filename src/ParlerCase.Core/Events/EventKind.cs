namespace ParlerCase.Core.Events
{
    /// <summary>
    /// What kind of thing happened: a step of a court case, or a general act around it. The kinds hold for any case;
    /// what was done in an <see cref="Action"/> is its Label ('suspended', 'removed', 'relaunched', 'fired').
    /// Triggers, their kinds and labels are data, per language (Languages/&lt;code&gt;/event-triggers.txt).
    /// </summary>
    public enum EventKind
    {
        /// <summary>A lawsuit, a complaint or charges filed.</summary>
        Complaint,

        /// <summary>A counterclaim or countersuit.</summary>
        Counterclaim,

        /// <summary>A motion, request or filing a party makes to the court.</summary>
        Motion,

        /// <summary>A hearing, a conference, closing arguments.</summary>
        Hearing,

        /// <summary>A witness testifies or is heard.</summary>
        Testimony,

        /// <summary>A trial opens or is held.</summary>
        Trial,

        /// <summary>A court decides: a ruling, an order, a decision (the general word; the kinds below are its special cases).</summary>
        Ruling,

        /// <summary>An injunction or restraining order, granted or denied (the Label says which).</summary>
        Injunction,

        /// <summary>A verdict or judgment on the merits: a conviction, an acquittal, a sentence, a finding of liability.</summary>
        Verdict,

        /// <summary>An appeal lodged.</summary>
        Appeal,

        /// <summary>A stay of a decision or of proceedings, granted or denied.</summary>
        Stay,

        /// <summary>A settlement between the parties.</summary>
        Settlement,

        /// <summary>A case dismissed, dropped or withdrawn.</summary>
        Dismissal,

        /// <summary>A deadline a party must meet.</summary>
        Deadline,

        /// <summary>An agreement, a deal or a contract concluded.</summary>
        Agreement,

        /// <summary>An agreement or contract ended.</summary>
        Termination,

        /// <summary>An acquisition, a merger, a deal closing.</summary>
        Acquisition,

        /// <summary>A vote.</summary>
        Vote,

        /// <summary>A letter, a report, a blog post, an interview: a saying that is itself a dated act.</summary>
        Publication,

        /// <summary>A riot, an attack, an accident, a breach.</summary>
        Incident,

        /// <summary>Something a party did, said by its Label: 'suspended', 'removed', 'relaunched', 'fired', 'launched'.</summary>
        Action,

        /// <summary>Something the text dates, told by a verb in the past or future, that no trigger names.</summary>
        Other,
    }
}
