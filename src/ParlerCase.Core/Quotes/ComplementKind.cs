namespace ParlerCase.Core.Quotes
{
    /// <summary>What follows a speech verb.</summary>
    internal enum ComplementKind
    {
        None,

        /// <summary>'que ...', 'that ...'.</summary>
        Clause,

        /// <summary>'a déclaré avoir trouvé', 'denied having'.</summary>
        Infinitive,

        /// <summary>English without 'that': 'said it would'.</summary>
        Bare,

        /// <summary>'a déclaré :' before a quotation.</summary>
        Colon,

        /// <summary>'accused the council of hiding', 'accuse la mairie de cacher': the charge, reported from the verb on.</summary>
        Charge,
    }
}
