using System.Text.RegularExpressions;
using ParlerCase.Core.Common;

namespace ParlerCase.Core.Documents
{
    /// <summary>
    /// 'WASHINGTON (AP) —', 'SAN FRANCISCO (Reuters) -', 'PARIS -': the place in capitals, and the agency, that open
    /// a wire story's first sentence. Neither is an actor of the story nor the subject of its sentence.
    /// </summary>
    public static class Dateline
    {
        private static readonly Pattern Opening = Patterns.Compile(
            @"\G\p{Lu}[\p{Lu}.'’]+(?:[ ,-]{1,2}\p{Lu}[\p{Lu}.'’]+){0,4}\s*(?:\([^()\r\n]{1,40}\)\s*)?[-–—]\s*");

        /// <summary>The length of the dateline that opens the text at <paramref name="start"/> (a sentence's), 0 when there is none.</summary>
        public static int Length(string text, int start = 0)
        {
            var match = Opening.Match(text, start);
            return match.Success ? match.Length : 0;
        }
    }
}
