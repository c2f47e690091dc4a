using System;
using System.Management.Automation;

namespace ParlerCase.Paths
{
    /// <summary>The address a web page was fetched from, read off the response Invoke-WebRequest returns.</summary>
    internal static class PageAddress
    {
        /// <summary>
        /// Lets -SourceUri bind, by its alias BaseResponse, from an Invoke-WebRequest response piped in: the response
        /// becomes its address, and the syntax shows no parameter of its own for it. An address given as such passes.
        /// </summary>
        internal sealed class FromResponseAttribute : ArgumentTransformationAttribute
        {
            public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
            {
                var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
                return value is string || value is Uri || value == null ? inputData : Of(PSObject.AsPSObject(inputData));
            }
        }

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
