using System.Globalization;
using Styrmodell.Json;

namespace Styrmodell.Tool.Tests;

/// <summary><c>kolada pull</c> on the samples' saved responses, made from Kolada's v2 values in samples/data/kolada.</summary>
public class KoladaPullTests
{
    private static readonly string Repo = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../.."));

    [Fact]
    public void Pull_Arboga_WritesAnOutcomeDocumentMatchingTheSourceValues()
    {
        var outPath = Path.Combine(Path.GetTempPath(), $"kolada-pull-{Guid.NewGuid():N}.json");
        try
        {
            var (code, output, error) = Run("kolada", "pull", Path.Combine(Repo, "samples/models/arboga.json"), "--years", "2019-2024",
                "--from", Path.Combine(Repo, "samples/data/kolada/responses"), "--out", outPath);

            Assert.True(code == 0, error);
            Assert.Contains("│ ind-sjuk ", output, StringComparison.Ordinal);
            using var model = File.OpenRead(Path.Combine(Repo, "samples/models/arboga.json"));
            using var outcomes = File.OpenRead(outPath);
            var merged = ModelJson.ReadOutcomes(outcomes, ModelJson.Read(model).Document!);
            Assert.True(merged.Succeeded, string.Join("; ", merged.Problems));

            var csv = File.ReadAllLines(Path.Combine(Repo, "samples/data/kolada/values_four_municipalities_v2_2024.csv")).Skip(1)
                .Select(l => l.Split(',')).Where(c => c[1] == "1984" && c[2] == "T" && int.Parse(c[3], CultureInfo.InvariantCulture) is >= 2019 and <= 2024)
                .ToDictionary(c => (c[0], c[3]), c => c[4]);
            var imported = merged.Model!.Outcomes.Where(o => o.Source?.StartsWith("Kolada ", StringComparison.Ordinal) == true && o.Source.Contains("(retrieved ", StringComparison.Ordinal)).ToList();
            Assert.Equal(csv.Count, imported.Count);
            foreach (var o in imported)
            {
                var kpi = merged.Model.FindIndicator(o.IndicatorId)!.OpenData!.SeriesId;
                var expected = csv[(kpi, o.Period.Id)];
                Assert.Equal(expected.Length == 0 ? null : decimal.Parse(expected, CultureInfo.InvariantCulture), o.Value?.Value);
            }

            Assert.Contains("0 new, 0 changed, 0 removed", output, StringComparison.Ordinal); // the sample holds these very values
        }
        finally
        {
            File.Delete(outPath);
        }
    }

    [Fact]
    public void Pull_ReversedYears_IsAUsageError()
    {
        var (code, _, error) = Run("kolada", "pull", Path.Combine(Repo, "samples/models/arboga.json"), "--years", "2024-2019", "--from", Path.Combine(Repo, "samples/data/kolada/responses"));

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("runs backwards", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Pull_SavedResponseOfTheWrongShape_OneErrorWithFileAndPath()
    {
        var folder = Directory.CreateTempSubdirectory("kolada-bad-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "data_1984.json"),
                """{"values": [{"kpi": "N00090", "municipality": "1984", "period": "2022", "values": []}]}""");

            var (code, _, error) = Run("kolada", "pull", Path.Combine(Repo, "samples/models/arboga.json"), "--years", "2019-2024", "--from", folder.FullName);

            Assert.Equal(ExitCodes.Invalid, code);
            Assert.Contains("data_1984.json is not as expected at $.values[0].period: expected the year as a whole number", error, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Kpi_SearchesSavedTitles()
    {
        var (code, output, _) = Run("kolada", "kpi", "sjukfrånvaro", "--from", Path.Combine(Repo, "samples/data/kolada/responses"));

        Assert.Equal(0, code);
        Assert.Contains("N00090", output, StringComparison.Ordinal);
        Assert.Contains("1 KPI with \"sjukfrånvaro\"", output, StringComparison.Ordinal);
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = StyrmodellCommand.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
