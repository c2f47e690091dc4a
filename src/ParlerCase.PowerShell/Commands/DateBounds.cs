using System;

namespace ParlerCase.Commands
{
    /// <summary>
    /// What -After and -Before keep, for every cmdlet that takes them: a value whose days could fall inside the range
    /// (its last day after -After, its first day before -Before), so a month is kept when any of its days can be.
    /// With either bound, a value that names no day is left out.
    /// </summary>
    internal static class DateBounds
    {
        public static bool Admit(DateTime? after, DateTime? before, DateTime? firstDay, DateTime? lastDay)
        {
            if (after == null && before == null)
            {
                return true;
            }

            if (firstDay == null || lastDay == null)
            {
                return false;
            }

            return (after == null || lastDay.Value > after.Value) && (before == null || firstDay.Value < before.Value);
        }
    }
}
