using System;
using System.Management.Automation;
using System.Threading;

namespace ParlerCase.Loading
{
    /// <summary>
    /// Keeps the module's dependencies (ParlerCase.Core, Markdig, CsvHelper, UtfUnknown, AngleSharp...) apart from
    /// the versions other modules or the host load. They ship in bin/dependencies/, where PowerShell does not look;
    /// on import an AssemblyResolve handler takes the requests for them and answers with the module's own copies:
    /// loaded into a private AssemblyLoadContext on PowerShell 7, from that folder on Windows PowerShell 5.1.
    /// The pattern of platyPS's ModuleInitAndCleanup, in a nested module of its own so that it runs before
    /// PowerShell reads the cmdlet assembly.
    /// </summary>
    public sealed class DependencyIsolation : IModuleAssemblyInitializer, IModuleAssemblyCleanup
    {
        /// <summary>The folder beside the module's assemblies that holds the dependencies.</summary>
        public const string DependencyFolder = "dependencies";

        // The handler is process-wide (assemblies cannot be unloaded) while imports are per runspace: it stays
        // subscribed while any runspace has the module imported.
        private static int imports;

        public void OnImport()
        {
            if (Interlocked.Increment(ref imports) == 1)
            {
                AppDomain.CurrentDomain.AssemblyResolve += ModuleDependencies.Resolve;
            }
        }

        public void OnRemove(PSModuleInfo psModuleInfo)
        {
            if (Interlocked.Decrement(ref imports) == 0)
            {
                AppDomain.CurrentDomain.AssemblyResolve -= ModuleDependencies.Resolve;
            }
        }
    }
}
