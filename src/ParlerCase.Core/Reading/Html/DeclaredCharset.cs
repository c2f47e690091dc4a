using System;
using System.Text;
using System.Text.RegularExpressions;
using ParlerCase.Core.Common;

namespace ParlerCase.Core.Reading.Html
{
    /// <summary>
    /// The charset a page declares in its first bytes, as browsers look for it: &lt;meta charset="..."&gt; or
    /// &lt;meta http-equiv="Content-Type" content="text/html; charset=..."&gt;.
    /// </summary>
    public static class DeclaredCharset
    {
        /// <summary>Browsers look only this far (the WHATWG encoding sniffing algorithm's prescan).</summary>
        private const int PrescanBytes = 1024;

        private static readonly Pattern MetaCharset = Patterns.Compile(@"<meta\b[^>]{0,500}?\bcharset\s*=\s*[""']?(?<charset>[A-Za-z0-9._:-]{1,40})", RegexOptions.IgnoreCase);

        public static string? Find(byte[] page)
        {
            // Every charset a page can declare spells its meta tag in ASCII, which Latin-1 maps one to one.
            var head = Encoding.GetEncoding(28591).GetString(page, 0, Math.Min(page.Length, PrescanBytes));
            var match = MetaCharset.Match(head);
            return match.Success ? match.Groups["charset"].Value : null;
        }
    }
}
