using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace ParlerCase.Completion
{
    /// <summary>
    /// Base of the argument completers that offer the values of the corpus in use: the -Path / -LiteralPath /
    /// -Recurse already typed on the command line, else the bundled corpus. The sources are read with
    /// Get-CaseSource in the user's runspace (so paths resolve exactly as the cmdlet resolves them); the values
    /// come from the output of <see cref="Command"/> run on those sources, cached per corpus.
    /// </summary>
    /// <remarks>
    /// A cmdlet plugs a completer in with one small class (see <see cref="SpeakerCompleter"/>: the command whose
    /// output has the values, and which property) and one attribute on the parameter:
    /// <code>
    /// [Parameter] [SupportsWildcards] [ArgumentCompleter(typeof(SpeakerCompleter))] public string[]? Speaker { get; set; }  // Get-Quote
    /// [Parameter] [SupportsWildcards] [ArgumentCompleter(typeof(ActorCompleter))] public string[]? Actor { get; set; }      // Get-CaseEvent
    /// [Parameter] [SupportsWildcards] [ArgumentCompleter(typeof(SourceIdCompleter))] public string[]? Source { get; set; } // any -Source filter
    /// </code>
    /// A parameter typed as an enum (-Kind) needs no completer: PowerShell completes enum values by itself.
    /// </remarks>
    public abstract class CorpusCompleter : IArgumentCompleter
    {
        private const string ModuleName = "ParlerCase";

        /// <summary>The ParlerCase cmdlet whose output carries the values ('Get-CaseSource' for the sources themselves).</summary>
        protected abstract string Command { get; }

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var typed = (wordToComplete ?? string.Empty).Trim('\'', '"');
            IReadOnlyList<string> values;
            try
            {
                values = Values(fakeBoundParameters);
            }
            catch (Exception e) when (e is RuntimeException || e is InvalidOperationException)
            {
                // Completion must never throw at the user: no corpus, no suggestions.
                return Enumerable.Empty<CompletionResult>();
            }

            return values.Where(v => Matches(v, typed)).Select(v => new CompletionResult(Quote(v), v, CompletionResultType.ParameterValue, v));
        }

        /// <summary>The values one output object of <see cref="Command"/> offers.</summary>
        protected abstract IEnumerable<string> ValuesOf(PSObject item);

        /// <summary>A string property of an output object, empty when it has none.</summary>
        protected static IEnumerable<string> Text(PSObject item, string property)
        {
            if (item.Properties[property]?.Value is string value && value.Length > 0)
            {
                yield return value;
            }
        }

        private IReadOnlyList<string> Values(IDictionary fakeBoundParameters)
        {
            var sources = Run(ModuleName + "\\Get-CaseSource", corpus: fakeBoundParameters, input: null);
            return CompletionCache.GetOrAdd(Command, sources, () =>
            {
                var items = string.Equals(Command, "Get-CaseSource", StringComparison.OrdinalIgnoreCase)
                    ? sources
                    : Run(ModuleName + "\\" + Command, corpus: null, input: sources);
                return items.SelectMany(ValuesOf).Distinct(StringComparer.OrdinalIgnoreCase).OrderBy(v => v, StringComparer.OrdinalIgnoreCase).ToList();
            });
        }

        /// <summary>
        /// Runs a cmdlet in the user's runspace (a nested pipeline, in a scope of its own), quietly: errors belong to
        /// the real command, and a progress bar would flicker under the cursor.
        /// </summary>
        private static IReadOnlyList<PSObject> Run(string command, IDictionary? corpus, IReadOnlyList<PSObject>? input)
        {
            var parameters = new Hashtable(StringComparer.OrdinalIgnoreCase)
            {
                ["ErrorAction"] = ActionPreference.Ignore,
                ["WarningAction"] = ActionPreference.Ignore,
            };
            foreach (var name in new[] { "Path", "LiteralPath", "Recurse" })
            {
                if (corpus != null && corpus.Contains(name))
                {
                    parameters[name] = corpus[name];
                }
            }

            if (input != null)
            {
                parameters["InputObject"] = input.ToArray();
            }

            using (var ps = PowerShell.Create(RunspaceMode.CurrentRunspace))
            {
                ps.AddScript("param($Command, $Parameters) $ProgressPreference = 'SilentlyContinue'; & $Command @Parameters", useLocalScope: true)
                    .AddArgument(command)
                    .AddArgument(parameters);
                return ps.Invoke();
            }
        }

        /// <summary>A value matches when it or one of its words starts with what was typed: 'Dupo' finds 'Jean Dupont'.</summary>
        private static bool Matches(string value, string typed)
        {
            if (typed.Length == 0)
            {
                return true;
            }

            var pattern = new WildcardPattern(typed + "*", WildcardOptions.IgnoreCase | WildcardOptions.CultureInvariant);
            return pattern.IsMatch(value) || value.Split(' ', '-', '\'').Any(pattern.IsMatch);
        }

        private static string Quote(string value) =>
            value.IndexOfAny(new[] { ' ', '\'', '"', '$', '`', '(', ')', '{', '}', ';', ',', '@', '#', '|', '&', '<', '>', '[', ']' }) < 0
                ? value
                : "'" + value.Replace("'", "''") + "'";
    }
}
