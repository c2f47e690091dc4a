using System.Collections;
using System.Management.Automation;

namespace ParlerCase.HelpBuilder.Maml;

/// <summary>Where a cmdlet's help is online: its Markdown topic in the project's repository.</summary>
public static class OnlineHelp
{
    public const string HelpFolder = "src/ParlerCase.PowerShell/Help";

    /// <summary>The manifest's PrivateData.PSData.ProjectUri, when it is an absolute web address.</summary>
    public static Uri? ProjectUri(PSModuleInfo? module)
    {
        var psData = (module?.PrivateData as IDictionary)?["PSData"] as IDictionary;
        return Uri.TryCreate(psData?["ProjectUri"] as string, UriKind.Absolute, out var uri) && uri.Scheme.StartsWith("http", StringComparison.Ordinal) ? uri : null;
    }

    public static string TopicUri(Uri project, string command) => $"{project.AbsoluteUri.TrimEnd('/')}/blob/main/{HelpFolder}/{command}.md";
}
