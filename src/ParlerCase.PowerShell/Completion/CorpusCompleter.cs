using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace ParlerCase.Completion
{
    /// <summary>
    /// Base of the argument completers that offer the values of the corpus in use: the -Path / -LiteralPath /
    /// -Recurse already typed on the command line, else the bundled corpus. The sources are read with
    /// Get-CaseSource in the user's runspace (so paths resolve exactly as the cmdlet resolves them); the values
    /// come from the output of <see cref="Command"/> run on those sources, cached per batch of sources; a large corpus is
    /// sampled within a time budget (see <see cref="Budget"/>).
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

        // Completion runs while the user waits at the prompt, where a corpus of thousands of articles analysed whole
        // blocked Tab for seconds: it reads at most MaxSources sources within ReadBudget, and analyses them in
        // batches of 1, 2, 4... up to MaxBatch sources until Budget has passed (the first batch, of one source,
        // always: in a new session it alone costs the recognisers' start, a few hundred milliseconds). A small
        // corpus is one batch, its names resolved across its sources as the command resolves them.
        private const int MaxSources = 500;
        private const int SmallCorpus = 8;
        private const int MaxBatch = 32;
        private static readonly TimeSpan ReadBudget = TimeSpan.FromMilliseconds(200);
        private static readonly TimeSpan Budget = TimeSpan.FromMilliseconds(400);

        /// <summary>The ParlerCase cmdlet whose output carries the values ('Get-CaseSource' for the sources themselves).</summary>
        protected abstract string Command { get; }

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var typed = (wordToComplete ?? string.Empty).Trim('\'', '"');
            IReadOnlyList<string> values;
            try
            {
                values = Values(fakeBoundParameters, typed);
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

        private IReadOnlyList<string> Values(IDictionary fakeBoundParameters, string typed)
        {
            var clock = Stopwatch.StartNew();
            var isSources = string.Equals(Command, "Get-CaseSource", StringComparison.OrdinalIgnoreCase);

            // Ids are file names: what was typed narrows which files are read at all (Get-CaseSource -Id skips the
            // others unread); the pattern is wider than the match below, which also looks at each word.
            var idFilter = isSources && typed.Length > 0 ? "*" + WildcardPattern.Escape(typed) + "*" : null;
            var sources = Run(ModuleName + "\\Get-CaseSource", corpus: fakeBoundParameters, input: null, idFilter, MaxSources, ReadBudget);
            if (isSources)
            {
                return Distinct(sources.SelectMany(ValuesOf));
            }

            // Batch by batch, each batch's values cached: a Tab that runs out of time offers what it found, and the
            // next Tab on the same corpus takes up the batches it left.
            var values = new List<string>();
            for (int start = 0, size = sources.Count <= SmallCorpus ? sources.Count : 1; start < sources.Count; start += size, size = Math.Min(2 * size, MaxBatch))
            {
                var batch = sources.Skip(start).Take(size).ToList();
                var found = CompletionCache.Get(Command, batch);
                if (found == null && (start == 0 || clock.Elapsed < Budget))
                {
                    found = Distinct(Run(ModuleName + "\\" + Command, corpus: null, input: batch, idFilter: null, first: int.MaxValue, budget: null).SelectMany(ValuesOf));
                    CompletionCache.Add(Command, batch, found);
                }

                values.AddRange(found ?? Enumerable.Empty<string>());
            }

            return Distinct(values);
        }

        private static IReadOnlyList<string> Distinct(IEnumerable<string> values) =>
            values.Distinct(StringComparer.OrdinalIgnoreCase).OrderBy(v => v, StringComparer.OrdinalIgnoreCase).ToList();

        /// <summary>
        /// Runs a cmdlet in the user's runspace (a nested pipeline, in a scope of its own), quietly: errors belong to
        /// the real command, and a progress bar would flicker under the cursor. It stops after <paramref name="first"/>
        /// objects, or at the first object written once <paramref name="budget"/> has passed (a 'break' out of the
        /// loop around the pipeline stops the cmdlet, as Select-Object -First does).
        /// </summary>
        private static IReadOnlyList<PSObject> Run(string command, IDictionary? corpus, IReadOnlyList<PSObject>? input, string? idFilter, int first, TimeSpan? budget)
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

            if (idFilter != null)
            {
                parameters["Id"] = idFilter;
            }

            using (var ps = PowerShell.Create(RunspaceMode.CurrentRunspace))
            {
                ps.AddScript(
                        @"param($Command, $Parameters, $First, $Milliseconds)
                          $ProgressPreference = 'SilentlyContinue'
                          $clock = [System.Diagnostics.Stopwatch]::StartNew()
                          $count = 0
                          do {
                              & $Command @Parameters | ForEach-Object {
                                  $_
                                  $count++
                                  if ($count -ge $First -or ($null -ne $Milliseconds -and $clock.ElapsedMilliseconds -gt $Milliseconds)) { break }
                              }
                          } while ($false)",
                        useLocalScope: true)
                    .AddArgument(command)
                    .AddArgument(parameters)
                    .AddArgument(first)
                    .AddArgument(budget?.TotalMilliseconds);
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
