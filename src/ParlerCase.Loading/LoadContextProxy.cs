using System;
using System.Reflection;

namespace ParlerCase.Loading
{
    /// <summary>
    /// A System.Runtime.Loader.AssemblyLoadContext reached by reflection: the cmdlet assembly targets
    /// netstandard2.0 (to load in Windows PowerShell 5.1 too), which does not have the type.
    /// </summary>
    internal sealed class LoadContextProxy
    {
        private static readonly Type? ContextType = typeof(object).Assembly.GetType("System.Runtime.Loader.AssemblyLoadContext");

        private readonly object context;
        private readonly MethodInfo loadFromAssemblyPath;

        private LoadContextProxy(Type type, string name)
        {
            var constructor = type.GetConstructor(new[] { typeof(string), typeof(bool) })
                ?? throw new MissingMethodException(type.FullName, ".ctor(string, bool)");
            loadFromAssemblyPath = type.GetMethod("LoadFromAssemblyPath", new[] { typeof(string) })
                ?? throw new MissingMethodException(type.FullName, "LoadFromAssemblyPath");
            context = constructor.Invoke(new object[] { name, false });
        }

        /// <summary>Whether this runtime has load contexts (PowerShell 7 on .NET), not .NET Framework.</summary>
        public static bool IsAvailable => ContextType != null;

        public static LoadContextProxy Create(string name) =>
            new LoadContextProxy(ContextType ?? throw new PlatformNotSupportedException("AssemblyLoadContext needs .NET Core or later."), name);

        public Assembly LoadFromAssemblyPath(string path) => (Assembly)loadFromAssemblyPath.Invoke(context, new object[] { path });
    }
}
