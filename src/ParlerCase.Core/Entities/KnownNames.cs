using System;
using System.Collections.Generic;
using System.Linq;

namespace ParlerCase.Core.Entities
{
    /// <summary>
    /// Canonical names carried from article to article while a corpus streams: an article that writes only
    /// 'AWS' or 'M. Matze' gets the full name an earlier article gave. A short name two earlier entities claim,
    /// or one the article at hand gives to somebody else of its own, is left as written.
    /// </summary>
    public sealed class KnownNames
    {
        private readonly Dictionary<string, string> fullNames = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> ambiguous = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        /// <summary>Remembers the one-word names an article gave its entities: aliases ('AWS'), a person's surname.</summary>
        public void Learn(EntityIndex article)
        {
            foreach (var entity in article.Entities)
            {
                var surname = entity.Kind == EntityKind.Person && entity.Name.IndexOf(' ') > 0 ? entity.Name.Substring(entity.Name.LastIndexOf(' ') + 1) : null;
                var shortNames = entity.Aliases.Concat(surname != null ? new[] { surname } : Array.Empty<string>());
                foreach (var alias in shortNames.Where(a => a.IndexOf(' ') < 0 && !ambiguous.Contains(a)).Distinct(StringComparer.OrdinalIgnoreCase))
                {
                    if (fullNames.TryGetValue(alias, out var known) && !known.Equals(entity.Name, StringComparison.OrdinalIgnoreCase))
                    {
                        fullNames.Remove(alias);
                        ambiguous.Add(alias);
                    }
                    else
                    {
                        fullNames[alias] = entity.Name;
                    }
                }
            }
        }

        /// <summary>The full name earlier articles gave a one-word name, unless this article names another holder of it.</summary>
        public string Canonical(string name, EntityIndex article)
        {
            if (!fullNames.TryGetValue(name, out var full))
            {
                return name;
            }

            var ownHolder = article.Entities.Any(e => !e.Name.Equals(full, StringComparison.OrdinalIgnoreCase)
                && e.Name.EndsWith(" " + name, StringComparison.OrdinalIgnoreCase));
            return ownHolder ? name : full;
        }
    }
}
