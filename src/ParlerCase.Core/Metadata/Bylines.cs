using System;
using System.Collections.Generic;
using ParlerCase.Core.Common;

namespace ParlerCase.Core.Metadata
{
    /// <summary>Lines that name the article's author: 'Par X', 'Rédacteur X', 'By X', or a bio 'X est rédactrice...'.</summary>
    public static class Bylines
    {
        private static readonly Lazy<IReadOnlyList<NamedPattern>> Rules =
            new Lazy<IReadOnlyList<NamedPattern>>(() => NamedPattern.LoadAllLanguages("bylines.txt"));

        /// <summary>The rule and author name of a byline line, or null.</summary>
        public static (string Rule, string Name)? Match(string line)
        {
            // A byline is short; a bio is one or two sentences. Longer lines are body text.
            if (line.Length > 400)
            {
                return null;
            }

            foreach (var rule in Rules.Value)
            {
                var match = rule.Regex.Match(line);
                if (match.Success)
                {
                    return (rule.Name, match.Groups["name"].Value.Trim());
                }
            }

            return null;
        }
    }
}
