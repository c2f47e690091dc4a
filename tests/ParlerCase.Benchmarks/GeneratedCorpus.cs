using System.Text;
using ParlerCase.Module.Tests;

namespace ParlerCase.Benchmarks;

/// <summary>
/// A corpus of articles made by varying the bundled seeds, written to a temporary folder at run time (nothing
/// large is committed). Each article takes one seed, rotates its paragraphs, swaps in paragraphs of another
/// seed, renames the main parties, shifts its dates, adds page furniture, and is saved in one of the encodings
/// the module reads.
/// </summary>
public sealed class GeneratedCorpus : IDisposable
{
    private static readonly string[] Furniture = { "Share on facebook", "Facebook", "Abonnez-vous à notre newsletter", "Laisser un commentaire", "Les plus lus" };
    private static readonly (string From, string To)[] Renames = { ("Parler", "Gab"), ("Amazon", "Oracle"), ("Apple", "Microsoft"), ("Twitter", "Facebook") };

    private GeneratedCorpus(string folder, IReadOnlyList<string> files)
    {
        Folder = folder;
        Files = files;
    }

    public string Folder { get; }

    public IReadOnlyList<string> Files { get; }

    public static GeneratedCorpus Create(int count, int seed = 42)
    {
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var seeds = Directory.GetFiles(SeedsFolder(), "*.txt").OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => File.ReadAllLines(f, Encoding.UTF8).Where(l => l.Length > 0).ToArray()).ToArray();
        var folder = Directory.CreateTempSubdirectory("parlercase-bench-").FullName;
        var random = new Random(seed);
        var files = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var lines = Vary(seeds[i % seeds.Length], seeds[random.Next(seeds.Length)], random);
            var path = Path.Combine(folder, $"gen_{i:D5}.txt");
            File.WriteAllBytes(path, EncodingFor(i).GetBytes(string.Join(i % 4 == 0 ? "\r\n" : "\n", lines)));
            files.Add(path);
        }

        return new GeneratedCorpus(folder, files);
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    /// <summary>The lines of a generated article, decoded with the encoding it was written in (some are UTF-16 without a mark).</summary>
    public string[] Lines(int index) =>
        EncodingFor(index).GetString(File.ReadAllBytes(Files[index])).Split('\n').Select(l => l.TrimEnd('\r')).ToArray();

    /// <summary>Article <paramref name="index"/> wrapped in a news page's markup (banner, navigation, JSON-LD, comments, scripts).</summary>
    public string Page(int index) =>
        NewsPage.Wrap(Lines(index).Where(l => l.Trim().Length > 0), "Affaire judiciaire : le point", "fr", $"2021-01-{1 + (index % 28):D2}");

    private static IEnumerable<string> Vary(string[] seed, string[] other, Random random)
    {
        var lines = seed.ToList();
        var rotate = random.Next(1, Math.Max(2, lines.Count / 2));
        lines = lines.Skip(rotate).Concat(lines.Take(rotate)).ToList();
        lines.Insert(random.Next(lines.Count), other[random.Next(other.Length)]);
        if (random.Next(2) == 0)
        {
            var (from, to) = Renames[random.Next(Renames.Length)];
            lines = lines.Select(l => l.Replace(from, to)).ToList();
        }

        var year = 2015 + random.Next(10);
        lines = lines.Select(l => l.Replace("2021", year.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        lines.Insert(0, Furniture[random.Next(Furniture.Length)]);
        lines.Add(Furniture[random.Next(Furniture.Length)]);
        return lines;
    }

    private static Encoding EncodingFor(int i) => (i % 10) switch
    {
        7 => new UnicodeEncoding(false, true),
        8 => new UTF8Encoding(true),
        _ => new UTF8Encoding(false),
    };

    /// <summary>The clone the benchmark runs from: the first folder above it with the bundled corpus.</summary>
    public static string RepositoryRoot() => Path.GetDirectoryName(SeedsFolder())!;

    private static string SeedsFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !Directory.Exists(Path.Combine(dir.FullName, "seeds")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("seeds/ not found above " + AppContext.BaseDirectory), "seeds");
    }
}
