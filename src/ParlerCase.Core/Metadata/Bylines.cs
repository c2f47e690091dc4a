using System;
using ParlerCase.Core.Common;

namespace ParlerCase.Core.Metadata
{
    /// <summary>Lines that name the article's author: 'Par X', 'Rédacteur X', 'By X', or a bio 'X est rédactrice...'.</summary>
    public static class Bylines
    {
        private static readonly Lazy<PatternSet> Rules = new Lazy<PatternSet>(() => PatternSet.LoadAllLanguages("bylines.txt"));

        /// <summary>The rule and author name of a byline line, or null.</summary>
        public static (string Rule, string Name)? Match(string line)
        {
            // A byline is short; a bio is one or two sentences. Longer lines are body text.
            if (line.Length > 400)
            {
                return null;
            }

            var byline = Rules.Value.Match(line);
            return byline == null ? null : (byline.Value.Rule, byline.Value.Match.Groups["name"].Value.Trim());
        }
    }
}
