using System.Text.Json;

namespace Styrmodell.Tool.Tests;

/// <summary>The samples cite what a reader of the repository can find: the municipality's document and Kolada, nothing outside.</summary>
public class SampleSourceTests
{
    public static TheoryData<string> Samples => new() { "arboga", "strangnas", "vansbro", "vasteras" };

    [Theory]
    [MemberData(nameof(Samples))]
    public void ASample_PointsToNothingOutsideTheRepository(string name)
    {
        var text = File.ReadAllText(Cli.Sample(name));

        Assert.DoesNotContain("seeds/", text, StringComparison.Ordinal);
        Assert.DoesNotContain("../shared", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void ASample_CitesKolada_WithEveryKpiItsOutcomesUse_AndTheRetrievalDate(string name)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Cli.Sample(name)));
        var sources = document.RootElement.GetProperty("metadata").GetProperty("sources").EnumerateArray().ToList();
        var kolada = Assert.Single(sources, s => s.GetProperty("title").GetString()!.StartsWith("Kolada", StringComparison.Ordinal));
        var used = document.RootElement.GetProperty("outcomes").EnumerateArray()
            .Select(o => o.TryGetProperty("source", out var s) ? s.GetString() : null)
            .OfType<string>().Where(s => s.StartsWith("Kolada ", StringComparison.Ordinal)).Select(s => s["Kolada ".Length..].Split(' ', ',')[0]).Distinct();

        Assert.All(used, kpi => Assert.Contains(kpi, kolada.GetProperty("title").GetString(), StringComparison.Ordinal));
        Assert.Equal("2024-08-30", kolada.GetProperty("date").GetString());
    }
}
