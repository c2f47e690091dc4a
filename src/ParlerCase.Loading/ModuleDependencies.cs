using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace ParlerCase.Loading
{
    /// <summary>
    /// The module's own copies of its dependencies, and the AssemblyResolve handler that hands them out.
    /// </summary>
    internal static class ModuleDependencies
    {
        /// <summary>bin/: the module's assemblies (this loader, the cmdlets).</summary>
        private static readonly string ModuleFolder = Path.GetDirectoryName(typeof(ModuleDependencies).Assembly.Location) ?? ".";

        private static readonly string Folder = Path.Combine(ModuleFolder, DependencyIsolation.DependencyFolder);

        private static readonly Lazy<IReadOnlyDictionary<string, Assembly>> Isolated = new Lazy<IReadOnlyDictionary<string, Assembly>>(LoadIsolated);

        /// <summary>
        /// Answers a request for one of the module's dependencies, made by the module's assemblies or by one of
        /// the dependencies; any other request is left to the host.
        /// </summary>
        public static Assembly? Resolve(object sender, ResolveEventArgs args)
        {
            var name = new AssemblyName(args.Name).Name;
            if (name == null || !IsFromModule(args.RequestingAssembly))
            {
                return null;
            }

            // The module's own assemblies (ParlerCase.Core) load beside the cmdlets, in the host's context, so that
            // scripts can name their public types ([ParlerCase.Core.Events.EventKind]).
            var own = Path.Combine(ModuleFolder, name + ".dll");
            if (File.Exists(own))
            {
                return Assembly.LoadFrom(own);
            }

            if (LoadContextProxy.IsAvailable)
            {
                return Isolated.Value.TryGetValue(name, out var assembly) ? assembly : null;
            }

            // Windows PowerShell 5.1 has one load context: load the module's copy the way powershell.exe would.
            var file = Path.Combine(Folder, name + ".dll");
            return File.Exists(file) ? Assembly.LoadFrom(file) : null;
        }

        /// <summary>
        /// On PowerShell 7, every dependency the framework does not itself provide, loaded into the module's own
        /// context at once: a dependency's request for another is then answered from that context's cache before
        /// the runtime looks at the versions the default context holds. Framework polyfills (System.Memory...)
        /// are left to the framework, whose types the host shares.
        /// </summary>
        private static IReadOnlyDictionary<string, Assembly> LoadIsolated()
        {
            var frameworkFolder = Path.GetDirectoryName(typeof(object).Assembly.Location) ?? string.Empty;
            var context = LoadContextProxy.Create("ParlerCase");
            var loaded = new Dictionary<string, Assembly>(StringComparer.OrdinalIgnoreCase);
            // The module's own assemblies beside the cmdlets (ParlerCase.Core) load there, in the host's context.
            foreach (var file in Directory.EnumerateFiles(Folder, "*.dll").Where(f => !File.Exists(Path.Combine(frameworkFolder, Path.GetFileName(f))) && !File.Exists(Path.Combine(ModuleFolder, Path.GetFileName(f)))))
            {
                try
                {
                    var assembly = context.LoadFromAssemblyPath(file);
                    loaded[assembly.GetName().Name ?? string.Empty] = assembly;
                }
                catch (TargetInvocationException e) when (e.InnerException is BadImageFormatException)
                {
                    // A native library a dependency brings is not an assembly: the runtime loads it by itself.
                }
            }

            return loaded;
        }

        private static bool IsFromModule(Assembly? requesting)
        {
            // .NET Framework may not say who asks; then the name alone decides, as in platyPS.
            if (requesting == null)
            {
                return true;
            }

            var folder = requesting.IsDynamic || requesting.Location.Length == 0 ? null : Path.GetDirectoryName(requesting.Location);
            return string.Equals(folder, ModuleFolder, StringComparison.OrdinalIgnoreCase) || string.Equals(folder, Folder, StringComparison.OrdinalIgnoreCase);
        }
    }
}
