namespace ParlerCase.Core.Entities
{
    /// <summary>A name found in one sentence with what its context says of it, before names are merged.</summary>
    internal sealed class NameOccurrence
    {
        public NameOccurrence(int start, int end, string text)
        {
            Start = start;
            End = end;
            Text = text;
        }

        public int Start { get; }

        public int End { get; }

        /// <summary>The name as written, title and legal form excluded.</summary>
        public string Text { get; }

        public bool HasTitle { get; set; }

        public Gender Gender { get; set; }

        /// <summary>The role an apposition or a preceding role noun gives ('PDG de Vocal').</summary>
        public string? Role { get; set; }

        /// <summary>The acronym given in parentheses after the name ('OCS'), or the definition after an acronym.</summary>
        public string? Acronym { get; set; }

        public string? Definition { get; set; }

        /// <summary>A legal form followed the name ('Inc'): a company.</summary>
        public bool HasLegalForm { get; set; }

        public int WordCount { get; set; }

        /// <summary>A name of several words opening with a given name ('Jane Roe'): a person's.</summary>
        public bool HasGivenName { get; set; }

        /// <summary>Written after a preposition of place ('in Halton', 'dans le Var').</summary>
        public bool IsPlaced { get; set; }

        public bool IsPerson => HasTitle || Role != null || HasGivenName;

        public string Rule =>
            HasTitle ? "title+name" : Role != null ? "role-apposition" : Acronym != null || Definition != null ? "acronym" : HasLegalForm ? "legal-form" : HasGivenName ? "given-name" : "capitalised-name";
    }
}
