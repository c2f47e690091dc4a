using System.Text.Json;

namespace ParlerCase.Module.Tests;

/// <summary>The reference annotation of the bundled seeds (a copy of the shared gold file), for measuring.</summary>
public static class SeedGold
{
    private static readonly Lazy<JsonDocument> Document = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Gold", "seeds.gold.json"))));

    public static JsonElement Root => Document.Value.RootElement;

    /// <summary>The article id of the gold ('000') for a source Id ('000_03046943ef1d4fa6').</summary>
    public static string ArticleKey(string sourceId) => sourceId.Split('_')[0];

    public static IEnumerable<JsonElement> Items(string key) => Root.GetProperty(key).EnumerateArray();
}
