namespace ParlerCase.Core.Temporal
{
    /// <summary>The unit of an offset or a relative period ('trois jours', 'le mois dernier').</summary>
    public enum CalendarUnit
    {
        Day,
        Week,
        Month,
        Year,
    }
}
