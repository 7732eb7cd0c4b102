using NodaTime;
using Styrmodell.Json;

namespace Styrmodell.Kolada.Tests;

/// <summary>The four sample documents name their Kolada KPIs, and their Kolada outcomes are what the saved responses (made from the CSV of Kolada's values) hold.</summary>
public class SampleKoladaTests
{
    private static readonly string Samples = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../samples"));

    [Theory]
    [InlineData("arboga", 8)]
    [InlineData("strangnas", 5)]
    [InlineData("vansbro", 5)]
    [InlineData("vasteras", 5)]
    public void Sample_ReImportFromSavedResponses_ChangesNothing(string name, int bound)
    {
        using var file = File.OpenRead(Path.Combine(Samples, "models", name + ".json"));
        var model = ModelJson.Read(file).Model!;
        var saved = Path.Combine(Samples, "data", "kolada", "responses");

        var plan = KoladaImportPlan.For(model, 2019, 2024, KoladaSavedResponses.ReadKpis(saved));
        var import = plan.Import(KoladaSavedResponses.EnumerateData(saved), new LocalDate(2024, 8, 30));

        Assert.Empty(plan.Problems);
        Assert.Equal(bound, plan.Bindings.Count);
        Assert.Empty(import.Changes);
        Assert.DoesNotContain(import.Warnings, w => w.Code == KoladaProblemCodes.NoData);
    }

    [Fact]
    public void ImportSavedResponses_GivesWhatImportOfEveryRecordGives()
    {
        using var file = File.OpenRead(Path.Combine(Samples, "models", "vansbro.json"));
        var plan = KoladaImportPlan.For(ModelJson.Read(file).Model!, 2006, 2024);
        var saved = Path.Combine(Samples, "data", "kolada", "responses");

        var filtered = plan.ImportSavedResponses(saved, new LocalDate(2024, 8, 30));
        var whole = plan.Import(KoladaSavedResponses.ReadData(saved), new LocalDate(2024, 8, 30));

        Assert.Equal(whole, filtered);
        Assert.NotEmpty(filtered.Outcomes);
    }
}
