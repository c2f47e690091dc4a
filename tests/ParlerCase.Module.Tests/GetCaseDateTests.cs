namespace ParlerCase.Module.Tests;

public class GetCaseDateTests : IDisposable
{
    private readonly ModuleSession session = ModuleSession.Instance;
    private readonly string folder = Directory.CreateTempSubdirectory("parlercase-dates-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Offsets_point_into_the_source_text_and_values_are_plain()
    {
        var result = session.Run("$texts = @{}; Get-CaseSource | ForEach-Object { $texts[$_.Id] = $_.Text }; Get-CaseDate | ForEach-Object { $texts[$_.Source].Substring($_.Offset, $_.Length) -eq $_.Text -and $_.Value -is [string] -and $_.Sentence.Contains($_.Text) }");
        result.AssertNoErrors();
        Assert.NotEmpty(result.Output);
        Assert.All(result.Output, o => Assert.True((bool)o.BaseObject));
    }

    [Fact]
    public void Type_After_and_Source_filter_what_is_written()
    {
        File.WriteAllText(Path.Combine(folder, "a.txt"), "Le tribunal a examiné l'affaire mardi vers 18 h 30. L'audience a duré trois heures. Le juge rendra sa décision le 20 mars.");
        File.WriteAllText(Path.Combine(folder, "b.txt"), "The court met on Tuesday for two hours.");
        File.WriteAllText(Path.Combine(folder, "metadata.csv"), "File,Published,Language\na.txt,2021-03-12,fr\nb.txt,2021-03-12,en\n");
        var variables = new Dictionary<string, object> { ["folder"] = folder };
        var all = session.Run("Get-CaseDate -Path $folder | ForEach-Object { '{0}|{1}|{2}|{3}' -f $_.Source, $_.Text, $_.Type, $_.Value }", variables);
        all.AssertNoErrors();
        var rows = all.Output.Select(o => o.ToString()).ToList();
        Assert.Contains("a|mardi|Date|2021-03-09", rows);
        Assert.Contains("a|vers 18 h 30|Time|2021-03-09T18:30", rows);
        Assert.Contains("a|trois heures|Duration|PT3H", rows);
        Assert.Contains("a|le 20 mars|Date|2021-03-20", rows);
        Assert.Contains("b|two hours|Duration|PT2H", rows);
        var durations = session.Run("Get-CaseDate -Path $folder -Type Duration -Source a | ForEach-Object Text", variables);
        Assert.Equal(new[] { "trois heures" }, durations.Output.Select(o => o.ToString()));
        var after = session.Run("Get-CaseDate -Path $folder -After 2021-03-15 | ForEach-Object Text", variables);
        Assert.Equal(new[] { "le 20 mars" }, after.Output.Select(o => o.ToString()));
    }
}
