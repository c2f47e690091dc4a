namespace ParlerCase.Core.Checks
{
    public enum Severity
    {
        /// <summary>Worth knowing when reading the source.</summary>
        Info,

        /// <summary>Something in this source should not be taken as is.</summary>
        Warning,
    }
}
