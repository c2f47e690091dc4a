namespace ParlerCase.Core.Quotes
{
    /// <summary>What a common noun standing for a speaker refers to.</summary>
    internal enum SpeakerNounKind
    {
        /// <summary>'l'entreprise', 'the company': the organisation last named.</summary>
        Organisation,

        /// <summary>'le procès', 'the letter': the party the document speaks for.</summary>
        Document,

        /// <summary>'un porte-parole d'Orbis', 'a lawyer for Vocal': the organisation named after it.</summary>
        Spokesperson,

        /// <summary>'l'avocat de Vocal', 'Orbis's lawyers': the lawyer named beside it, else the lawyers as written, never the client.</summary>
        Counsel,

        /// <summary>'le tribunal', 'the court': the judge the article names.</summary>
        Court,
    }
}
