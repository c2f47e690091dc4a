using System.Diagnostics;
using System.Text;
using CsCheck;
using ParlerCase.Core.Articles;
using ParlerCase.Core.Checks;
using ParlerCase.Core.Comparison;
using ParlerCase.Core.Events;
using ParlerCase.Core.Metadata;
using ParlerCase.Core.Quotes;
using ParlerCase.Core.Reading;
using ParlerCase.Core.Reporting;
using ParlerCase.Core.Temporal;

namespace ParlerCase.Core.Tests.Robustness;

/// <summary>
/// Generated and mutated inputs (articles as text, Markdown and HTML; metadata files), and every cmdlet's core run
/// on one of them beside the seed articles the way the cmdlets run it (each article confined). Shared by the
/// unit tests (a short run) and the benchmark project (a long one).
/// </summary>
public static class HostileInputs
{
    /// <summary>What one input may take through every cmdlet's core; a hang or a blow-up goes far past it.</summary>
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    /// <summary>Characters that broke rules before: digits int.Parse refuses, invisible ones, quote marks, markup, NUL.</summary>
    private static readonly string[] Hostile =
    {
        "١٢", "１２", "٣", "\u200B", "\u200D", "\u2003", "\u00AD", "\uFEFF", "\0", "\uFFFD", "«", "»", "\"", "“", "”", "‘", "’", "'",
        "😀", "🔥", "<", ">", "<div/>", "</p>", "<p>", "&amp;", "---", "# ", "> ", "- ", "*", "`", "[", "](", ",", ";", "\n", "\n\n", "\r",
        "0001-01-01", "9999-12-31", "le lendemain", "Le 31 février 2021", "lundi", "a déclaré", "selon", "M. ", "(AWS)", "Ab",
    };

    private static readonly Lazy<IReadOnlyList<string>> SeedTexts = new(() =>
        Directory.GetFiles(SeedFolder(), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList());

    private static readonly Lazy<IReadOnlyList<Article>> Seeds = new(() =>
        Directory.GetFiles(SeedFolder(), "*.txt").Order(StringComparer.Ordinal)
            .Select(f => ArticleLoader.Build(new PlainTextReader().Read(File.ReadAllBytes(f), f), f, null)).ToList());

    // Before the generators that use it: static fields start in order.
    private static readonly Gen<(int Op, double At, double Length, string Piece)[]> Mutations =
        Gen.Select(Gen.Int[0, 3], Gen.Double[0, 1], Gen.Double[0, 1], Gen.OneOf(Hostile), (op, at, length, piece) => (op, at, length, piece)).Array[1, 12];

    // The first run of each stage compiles its patterns and JITs its code, seconds on a loaded machine: not the input's time.
    private static readonly Lazy<bool> WarmedUp = new(() =>
    {
        var seed = Seeds.Value[0];
        new QuoteStream().Next(seed);
        SourceChecks.Run(seed).ToList();
        SourceComparison.Build(Seeds.Value);
        foreach (var reader in new[] { "warm.txt", "warm.md", "warm.html" })
        {
            ArticleReaders.Default.For(reader).Read(Encoding.UTF8.GetBytes("<p>" + SeedTexts.Value[0] + "</p>"), reader);
        }

        return true;
    });

    /// <summary>Text: a seed cut, repeated and sprinkled with hostile pieces, or hostile pieces alone, some repeated at length.</summary>
    public static readonly Gen<string> Text =
        Gen.Frequency(
            (3, Gen.Int[0, 4].SelectMany(seed => Mutations.Select(ops => Mutate(SeedTexts.Value[seed], ops)))),
            (1, Gen.Select(Gen.OneOf(Hostile).Array[1, 40], Gen.Int[1, 3000], (pieces, times) =>
                string.Concat(Enumerable.Repeat(string.Concat(pieces), Math.Max(1, times / pieces.Length))))));

    /// <summary>An article file: its name (the reader) and its bytes in one of the encodings files come in.</summary>
    public static readonly Gen<(string Name, byte[] Bytes)> Article =
        Gen.Select(Text, Gen.Int[0, 2], Gen.Int[0, 3], (text, format, encoding) =>
        {
            var (name, content) = format switch
            {
                0 => ("bad.txt", text),
                1 => ("bad.md", "---\ntitle: " + text.Substring(0, Math.Min(30, text.Length)) + "\n" + text),
                _ => ("bad.html", "<html><head><meta charset=\"" + (encoding == 3 ? "utf-7" : "utf-8") + "\"><title>t</title></head><body><article><p>" + text.Replace("\n\n", "</p><p>") + "</p></article></body></html>"),
            };
            var bytes = encoding switch
            {
                1 => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(content)).ToArray(),
                2 => Encoding.Latin1.GetBytes(content),
                _ => Encoding.UTF8.GetBytes(content),
            };
            return (name, bytes);
        });

    /// <summary>A metadata file: rows of seed names, dates and values, some with stray quotes or hostile pieces.</summary>
    public static readonly Gen<string> Metadata =
        Gen.Select(Gen.OneOf("File,Published,Title", "File,\"Published,Title", "Nom,Date", "File;Published", "\uFEFFFile,Published,Title,Author").Array[1, 1],
            Gen.Select(Gen.OneOf("bad.txt", "a.txt", "\"a.txt", ""), Gen.OneOf("2021-01-12", "2021", "0001-01-01", "9999-12-31", "12/01/2021", "=1+1", "\"x"),
                Gen.OneOf(Hostile).Array[0, 4], (file, date, title) => $"{file},{date},{string.Concat(title)}").Array[0, 30],
            (header, rows) => string.Join("\n", header.Concat(rows)));

    /// <summary>
    /// Articles made to grow one hostile part (issue 16, items 6 to 8) to size n: the cost at n, 2n and 4n
    /// tells a linear stage from a quadratic one.
    /// </summary>
    public static readonly IReadOnlyList<(string Shape, Func<int, (string Name, byte[] Bytes)> Make)> Growing = new (string, Func<int, (string, byte[])>)[]
    {
        ("attributes on one element", n => HtmlFile("<p " + string.Concat(Enumerable.Range(0, n).Select(i => $"data-x{i}=\"{i}\" ")) + ">Le juge Paul Renaud a suspendu l'audience.</p>")),
        ("class names on one element", n => HtmlFile("<p class=\"" + string.Concat(Enumerable.Range(0, 10 * n).Select(i => $"c{i} ")) + "\">Le juge Paul Renaud a suspendu l'audience.</p>")),
        ("paragraphs", n => HtmlFile(Repeat("<p>Le juge Paul Renaud a rendu sa décision lundi.</p>", n))),
        ("divs of phrasing", n => HtmlFile(Repeat("<div><span>Le juge Paul Renaud a suspendu l'audience mardi.</span></div>", n))),
        ("comments", n => HtmlFile(Repeat("<!-- x -->", 4 * n))),
        ("quote marks between emoji", n => TextFile(Repeat("😀 « 🔥 » ", n))),
        ("run-on clause with quotes", n => TextFile(Repeat("\"We will rule on Monday,\" said the lawyer of the firm Renaud Conseil, who added that the company \"would appeal\" and its spokesperson said ", n / 10))),
        ("one line of dates", n => TextFile(Repeat("le juge Paul Renaud a rendu sa décision lundi 12 janvier 2021 et ", n))),
        ("tiny paragraphs", n => TextFile(Repeat("Le juge Renaud.\n\n", 4 * n))),
    };

    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, Math.Max(1, times)));

    private static (string, byte[]) TextFile(string text) => ("growing.txt", Encoding.UTF8.GetBytes(text));

    private static (string, byte[]) HtmlFile(string body) => ("growing.html", Encoding.UTF8.GetBytes(
        "<html><head><title>Audience</title></head><body><article><p>Le tribunal a rendu sa décision lundi, a indiqué la greffière Anne Martel.</p>" + body + "</article></body></html>"));

    /// <summary>
    /// Reads the input and runs every cmdlet's core on it beside the seeds (Export-CaseReport's on it alone), confined as the cmdlets confine it.
    /// Returns the article errors met; throws when anything else escapes, the seeds lose their output, or the
    /// input takes longer than <see cref="Bound"/> twice (the first run of a code path may pay for its JIT).
    /// </summary>
    public static IReadOnlyList<ArticleReadException> RunEveryCore((string Name, byte[] Bytes) input)
    {
        _ = WarmedUp.Value;
        var clock = Stopwatch.StartNew();
        var errors = RunOnce(input);
        if (clock.Elapsed > Bound)
        {
            clock.Restart();
            RunOnce(input);
            if (clock.Elapsed > Bound)
            {
                throw new TimeoutException($"{input.Name} of {input.Bytes.Length} bytes took {clock.Elapsed.TotalSeconds:0.0} s.");
            }
        }

        return errors;
    }

    /// <summary>One run of every cmdlet's core on the input beside the seeds, with no bound: its article errors.</summary>
    public static List<ArticleReadException> RunOnce((string Name, byte[] Bytes) input)
    {
        var errors = new List<ArticleReadException>();
        var corpus = Seeds.Value.ToList();
        try
        {
            var article = Confined.Read(input.Name, () => ArticleLoader.Build(ArticleReaders.Default.For(input.Name).Read(input.Bytes, input.Name), input.Name, null), _ => { });
            corpus.Add(article);
            Confined.Analyse(article, () => new QuoteStream().Next(article, includeNonQuotes: true), _ => { });
            Confined.Analyse(article, () => SourceChecks.Run(article).ToList(), _ => { });
            Confined.Analyse(article, () => TemporalTagger.Tag(article.Body, article.Published.HasValue ? article.Published.Value : null), _ => { });

            // Export-CaseReport's core, on this article alone (beside the seeds it would redo the analyses above).
            Confined.Corpus(new[] { article }, sources => ReportPage.Render(CaseReport.Build(sources, input.Name)), errors, _ => { });
        }
        catch (ArticleReadException e)
        {
            errors.Add(e);
        }

        var timeline = Confined.Corpus(corpus, CaseTimeline.Build, errors, _ => { });
        var comparison = Confined.Corpus(corpus, SourceComparison.Build, errors, _ => { });
        if (timeline == null || timeline.Count == 0 || comparison == null || Seeds.Value.Any(s => !comparison.Sources.Contains(s.Id)))
        {
            throw new InvalidOperationException($"The seeds lost their output beside {input.Name} ({errors.Count} article errors: {string.Join(" ", errors.Select(e => e.Message))})");
        }

        return errors;
    }

    /// <summary>Parses a metadata file; throws when it takes longer than <see cref="Bound"/>.</summary>
    public static MetadataFile ParseMetadata(string csv)
    {
        var clock = Stopwatch.StartNew();
        var file = MetadataFile.Parse(csv, "metadata.csv");
        if (clock.Elapsed > Bound)
        {
            throw new TimeoutException($"A metadata file of {csv.Length} characters took {clock.Elapsed.TotalSeconds:0.0} s.");
        }

        return file;
    }

    private static string Mutate(string text, (int Op, double At, double Length, string Piece)[] ops)
    {
        var result = new StringBuilder(text);
        foreach (var (op, at, length, piece) in ops)
        {
            var start = (int)(at * result.Length);
            var count = Math.Min(result.Length - start, (int)(length * 400));
            switch (op)
            {
                case 0:
                    result.Insert(start, piece);
                    break;
                case 1:
                    result.Remove(start, count);
                    break;
                case 2:
                    result.Insert(start, result.ToString(start, count));
                    break;
                default:
                    result.Insert(start, string.Concat(Enumerable.Repeat(piece, 1 + (int)(length * 200))));
                    break;
            }
        }

        return result.ToString();
    }

    private static string SeedFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ParlerCase.psd1")))
            {
                return Path.Combine(dir.FullName, "seeds");
            }
        }

        throw new DirectoryNotFoundException("seeds/ not found above " + AppContext.BaseDirectory);
    }
}
