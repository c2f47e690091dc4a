using System.Collections.Generic;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using ParlerCase.Core.Languages;

namespace ParlerCase.Core.Comparison
{
    /// <summary>
    /// Words to comparable terms with Lucene's French and English analyzers: stop words out, elisions undone,
    /// stems, accents folded ('au bénéfice de Twitter' → benefic, twit). One instance per comparison; Lucene
    /// reuses its token streams per thread.
    /// </summary>
    public sealed class TermAnalyzer : System.IDisposable
    {
        private readonly Analyzer french = new FrenchAnalyzer(LuceneVersion.LUCENE_48);
        private readonly Analyzer english = new EnglishAnalyzer(LuceneVersion.LUCENE_48);

        public HashSet<string> Terms(string text, string language)
        {
            var terms = new HashSet<string>(System.StringComparer.Ordinal);
            var analyzer = language == LanguageData.French ? french : english;
            using var stream = analyzer.GetTokenStream("text", text);
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                terms.Add(term.ToString());
            }

            stream.End();
            return terms;
        }

        public void Dispose()
        {
            french.Dispose();
            english.Dispose();
        }
    }
}
