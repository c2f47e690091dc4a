using System;
using System.Management.Automation;

namespace ParlerCase.Paths
{
    /// <summary>The address a web page was fetched from, read off the response Invoke-WebRequest returns.</summary>
    internal static class PageAddress
    {
        /// <summary>
        /// PowerShell 7's BaseResponse is an HttpResponseMessage (RequestMessage.RequestUri: the address after
        /// redirects); Windows PowerShell's a WebResponse (ResponseUri). Null when neither is there.
        /// </summary>
        public static Uri? Of(PSObject? response)
        {
            if (response == null)
            {
                return null;
            }

            var request = response.Properties["RequestMessage"]?.Value;
            var address = (request != null ? PSObject.AsPSObject(request).Properties["RequestUri"]?.Value : null)
                ?? response.Properties["ResponseUri"]?.Value;
            return LanguagePrimitives.TryConvertTo<Uri>(address, out var uri) && uri.IsAbsoluteUri ? uri : null;
        }
    }
}
