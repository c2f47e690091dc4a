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

        /// <summary>
        /// The clause around a position, with the short segments a comma or quotation marks set off beside it and
        /// the rest of the clause beyond them: 'Un juge avait, le 4 mai, ordonné à Orbis...' is one clause for
        /// 'imposé', and 'supprimera le réseau de « liberté d'expression » de son hébergement' one for 'supprimera';
        /// an inserted date, adverb or quoted phrase does not cut a clause in two.
        /// </summary>
        public static (int Start, int End) Widened(string text, int at)
        {
            var (start, end) = Around(text, at);
            var passed = 0;
            while (passed < MaxInserts && start >= 2 && IsWideningBreak(text[start - 1]))
            {
                var (previous, _) = Around(text, start - 2);
                var isShort = WordCount(text, previous, start - 1) <= MaxInsertWords;
                if (isShort || passed > 0)
                {
                    start = previous;
                }

                if (!isShort)
                {
                    break;
                }

                passed++;
            }

            passed = 0;
            while (passed < MaxInserts && end + 1 < text.Length && IsWideningBreak(text[end]))
            {
                var (_, next) = Around(text, end + 1);
                var isShort = WordCount(text, end + 1, next) <= MaxInsertWords;
                if (isShort || passed > 0)
                {
                    end = next;
                }

                if (!isShort)
                {
                    break;
                }

                passed++;
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

        private const int MaxInserts = 2;

        private const int MaxInsertWords = 4;

        private static bool IsWideningBreak(char c) => c == ',' || "«»“”\"".IndexOf(c) >= 0;

        private static int WordCount(string text, int from, int to)
        {
            var count = 0;
            var inWord = false;
            for (var i = from; i < to && i < text.Length; i++)
            {
                var letter = char.IsLetterOrDigit(text[i]);
                if (letter && !inWord)
                {
                    count++;
                }

                inWord = letter;
            }

            return count;
        }

        // A comma inside a number ('4,9') does not break a clause.
        private static bool IsBreak(string text, int i) =>
            Breaks.IndexOf(text[i]) >= 0 && !(text[i] == ',' && i + 1 < text.Length && char.IsDigit(text[i + 1]));
    }
}
