namespace ParlerCase.Core.Comparison
{
    /// <summary>How the sources that report a fact relate.</summary>
    public enum FactStatus
    {
        /// <summary>Two or more sources report it and say the same.</summary>
        Agree,

        /// <summary>Two or more sources report it and say different things (a date, a speaker, a value).</summary>
        Conflict,

        /// <summary>Only one source reports it.</summary>
        Single,
    }
}
