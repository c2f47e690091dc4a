namespace ParlerCase.Core.Quotes
{
    public enum QuoteKind
    {
        /// <summary>A statement in quotation marks, standing as the speaker's own sentence(s).</summary>
        Direct,

        /// <summary>A quoted fragment inside the reporter's own sentence.</summary>
        Mixed,

        /// <summary>Reported speech without quotation marks ('a déclaré que ...', 'according to X').</summary>
        Indirect,

        /// <summary>Marks around words nobody is quoted saying: scare quotes, titles, hashtags, interface text.</summary>
        NotQuote,
    }
}
