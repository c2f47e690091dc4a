using System;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace ParlerCase.Core.Articles
{
    /// <summary>
    /// The Id of a page that is not a file: its address's last path segment (the slug news sites put the
    /// headline in) and a hash of the whole address, so the same address always gives the same Id and two
    /// articles with the same slug on different sites do not collide. A page with no address is named by a hash of its text.
    /// </summary>
    public static class PageId
    {
        private const int MaxSlug = 60;
        private const string Accented = "àâäáãåçéèêëîïíìôöóòõùûüúÿñ";
        private const string Unaccented = "aaaaaaceeeeiiiiooooouuuuyn";

        public static string From(string? address, string html)
        {
            if (address != null && Uri.TryCreate(address, UriKind.Absolute, out var uri))
            {
                return Slug(uri) + "_" + Hash(uri.AbsoluteUri);
            }

            return "page_" + Hash(html);
        }

        private static string Slug(Uri uri)
        {
            var segment = uri.Segments.Select(s => Uri.UnescapeDataString(s).Trim('/')).LastOrDefault(s => s.Length > 0) ?? string.Empty;
            var dot = segment.LastIndexOf('.');
            if (dot > 0)
            {
                segment = segment.Substring(0, dot);
            }

            var slug = new StringBuilder();
            foreach (var c in segment.ToLowerInvariant())
            {
                // 'requête' gives 'requete'. A table, not Unicode normalisation, which depends on the machine's ICU.
                var folded = Accented.IndexOf(c);
                if (folded >= 0)
                {
                    slug.Append(Unaccented[folded]);
                }
                else if (c < 128 && char.IsLetterOrDigit(c))
                {
                    slug.Append(c);
                }
                else if (slug.Length > 0 && slug[slug.Length - 1] != '-')
                {
                    slug.Append('-');
                }
            }

            var text = slug.ToString().Trim('-');
            if (text.Length == 0)
            {
                text = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host.Substring(4) : uri.Host;
            }

            return text.Length <= MaxSlug ? text : text.Substring(0, MaxSlug).TrimEnd('-');
        }

        /// <summary>16 hex digits of SHA-256: stable across runs and machines, unlike string.GetHashCode.</summary>
        private static string Hash(string text)
        {
            using var sha = SHA256.Create();
            var digest = sha.ComputeHash(Encoding.UTF8.GetBytes(text));
            return string.Concat(digest.Take(8).Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
        }
    }
}
