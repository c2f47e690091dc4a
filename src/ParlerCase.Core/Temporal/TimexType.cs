namespace ParlerCase.Core.Temporal
{
    /// <summary>The TIMEX3 type of a temporal expression.</summary>
    public enum TimexType
    {
        /// <summary>A calendar date or period: '12 janvier', 'mai dernier', 'the 1990s', 'hier'.</summary>
        Date,

        /// <summary>A time of day, alone or with its day: '21 h 45', 'hier matin', '3:45 p.m. ET'.</summary>
        Time,

        /// <summary>A length of time: 'trois jours', 'two weeks', '30,4 secondes'.</summary>
        Duration,

        /// <summary>A repetition: 'chaque lundi', 'every month', 'quotidien'.</summary>
        Set,
    }
}
