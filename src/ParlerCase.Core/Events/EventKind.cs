namespace ParlerCase.Core.Events
{
    /// <summary>What kind of thing happened in the case.</summary>
    public enum EventKind
    {
        /// <summary>A host or provider cuts the party off (servers, service, account).</summary>
        Suspension,

        /// <summary>An app store takes the party's app down.</summary>
        AppStoreRemoval,

        /// <summary>A lawsuit or complaint is filed.</summary>
        Lawsuit,

        /// <summary>A lawsuit is dropped or withdrawn.</summary>
        LawsuitDropped,

        Hearing,

        /// <summary>A court decides: a ruling, a denial, an order.</summary>
        Ruling,

        /// <summary>The party comes back online.</summary>
        Relaunch,

        /// <summary>A warning or notice given before an action.</summary>
        Notice,

        Statement,

        /// <summary>Context of the case: what led to it, the party's founding.</summary>
        Background,

        /// <summary>Something the text dates, told by a verb in the past or future, that no trigger names.</summary>
        Other,
    }
}
