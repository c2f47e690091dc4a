namespace ParlerCase.Core.Events
{
    /// <summary>
    /// The clause around a position of a sentence: the stretch between commas, semicolons, colons and quotation
    /// marks. A sentence often tells several events ('Outre la déconnexion par OCS, Vocal a vu ses apps supprimées
    /// ..., à la suite des débordements du 6 janvier'); each keeps the words of its own clause.
    /// </summary>
    internal static class Clause
    {
        private const string Breaks = ",;:«»“”\"";

        public static (int Start, int End) Around(string text, int at)
        {
            var start = at;
            while (start > 0 && !IsBreak(text, start - 1))
            {
                start--;
            }

            var end = at;
            while (end < text.Length && !IsBreak(text, end))
            {
                end++;
            }

            return (start, end);
        }

        /// <summary>True when a quotation mark lies between two positions: a date quoted does not date the words around the quote.</summary>
        public static bool QuoteBetween(string text, int from, int to)
        {
            for (var i = System.Math.Min(from, to); i < System.Math.Max(from, to) && i < text.Length; i++)
            {
                if ("«»“”\"".IndexOf(text[i]) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        // A comma inside a number ('4,9') does not break a clause.
        private static bool IsBreak(string text, int i) =>
            Breaks.IndexOf(text[i]) >= 0 && !(text[i] == ',' && i + 1 < text.Length && char.IsDigit(text[i + 1]));
    }
}
