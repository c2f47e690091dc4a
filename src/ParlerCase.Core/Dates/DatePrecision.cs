namespace ParlerCase.Core.Dates
{
    /// <summary>How much of a date the text actually says.</summary>
    public enum DatePrecision
    {
        Day,
        Month,
        Year,
    }
}
