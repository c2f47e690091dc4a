namespace ParlerCase.Core.Checks
{
    /// <summary>What a check of a source looks for.</summary>
    public enum CheckKind
    {
        /// <summary>A weekday that contradicts the date it is written with ('lundi 12 janvier' on a Tuesday).</summary>
        WeekdayMismatch,

        /// <summary>Quotation marks that open and never close, or close with nothing open.</summary>
        UnbalancedQuotes,

        /// <summary>No publication date, or one only inferred or known to the month or year: relative dates rest on it.</summary>
        PublicationDate,

        /// <summary>A paragraph repeated in the saved text.</summary>
        RepeatedParagraph,

        /// <summary>Page furniture still in the body (links, 'read more', credits).</summary>
        LeftoverClutter,

        /// <summary>Text decoded with the wrong encoding ('Ã©' for 'é').</summary>
        GarbledText,

        /// <summary>Word sequences no writer produces, typical of machine translation ('dans son les premiers').</summary>
        MachineTranslation,
    }
}
