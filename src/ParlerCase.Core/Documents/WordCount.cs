namespace ParlerCase.Core.Documents
{
    /// <summary>How many words a text has, as a reader counts them: runs of letters and digits.</summary>
    public static class WordCount
    {
        public static int Of(string text)
        {
            var words = 0;
            var inWord = false;
            foreach (var c in text)
            {
                var letter = char.IsLetterOrDigit(c);
                if (letter && !inWord)
                {
                    words++;
                }

                inWord = letter;
            }

            return words;
        }
    }
}
