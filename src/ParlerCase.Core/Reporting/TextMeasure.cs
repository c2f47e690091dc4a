using System.Globalization;

namespace ParlerCase.Core.Reporting
{
    /// <summary>
    /// How wide a label will be, estimated without a font: the layout must keep labels apart before any browser
    /// draws them. Widths are generous averages of common sans-serif faces, in ems, so an estimate errs wide.
    /// </summary>
    public static class TextMeasure
    {
        public static double Width(string text, double fontSize)
        {
            var ems = 0.0;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    // Outside the basic plane: emoji and rare ideographs, drawn full width.
                    ems += 1.1;
                    i++;
                    continue;
                }

                ems += Em(c);
            }

            return ems * fontSize;
        }

        /// <summary>The longest start of the text, ending in '…' when cut, that fits the width.</summary>
        public static string Fit(string text, double width, double fontSize)
        {
            if (Width(text, fontSize) <= width)
            {
                return text;
            }

            var room = width - Width("…", fontSize);
            var used = 0.0;
            var end = 0;
            while (end < text.Length)
            {
                var next = char.IsHighSurrogate(text[end]) && end + 1 < text.Length ? 2 : 1;
                var w = Width(text.Substring(end, next), fontSize);
                if (used + w > room)
                {
                    break;
                }

                used += w;
                end += next;
            }

            return text.Substring(0, end).TrimEnd() + "…";
        }

        private static double Em(char c)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark || category == UnicodeCategory.EnclosingMark || category == UnicodeCategory.Format || category == UnicodeCategory.Control)
            {
                return 0;
            }

            if (c >= '\u1100' && IsWide(c))
            {
                return 1.1;
            }

            if ("iljtfrI.,:;'|!()[] ".IndexOf(c) >= 0)
            {
                return 0.4;
            }

            if ("MWmw@%".IndexOf(c) >= 0)
            {
                return 1.0;
            }

            return char.IsUpper(c) ? 0.78 : 0.64;
        }

        /// <summary>East Asian wide and full-width characters and symbols such as '⚠'.</summary>
        private static bool IsWide(char c) =>
            (c >= '\u1100' && c <= '\u115F') || (c >= '\u2600' && c <= '\u27BF') || (c >= '\u2E80' && c <= '\uA4CF')
            || (c >= '\uAC00' && c <= '\uD7A3') || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uFE30' && c <= '\uFE4F') || (c >= '\uFF00' && c <= '\uFF60') || (c >= '\uFFE0' && c <= '\uFFE6');
    }
}
