using System.Globalization;
using Styrmodell.Targets;

namespace Styrmodell.Kolada.Tests;

public class KoladaComparisonsTests
{
    // N00090 (sick leave, %) 2022 from values_four_municipalities_v2_2024.csv: Strängnäs 0486 8.4, Arboga 1984 8.2,
    // Västerås 1980 7.3; Vansbro 2021 published null. Mean of the three with values: (8.4 + 8.2 + 7.3) / 3 = 7.966…;
    // median 8.2.
    private static readonly KoladaMunicipalityGroup Four = new("G-SAMPLES", "The four sample municipalities", ["0486", "1984", "1980", "2021"]);

    private static readonly KoladaDataRecord[] Records =
    [
        new("N00090", "0486", 2022, [new(Gender.Total, 8.4m, "", 1)]),
        new("N00090", "1984", 2022, [new(Gender.Total, 8.2m, "", 1)]),
        new("N00090", "1980", 2022, [new(Gender.Total, 7.3m, "", 1)]),
        new("N00090", "2021", 2022, [new(Gender.Total, null, "", 1)]),
        new("N00090", "0000", 2022, [new(Gender.Total, 7.0m, "", 1)]), // illustrative country value for the Published case
    ];

    [Fact]
    public void Mean_OfMembersWithValues_StatesMembers()
    {
        var comparison = KoladaComparisons.Compute("liknande", "N00090", Four, KoladaAggregation.Mean, Records, 2022, 2023);

        var year = comparison.Years[0];
        Assert.Equal(decimal.Parse("23.9", CultureInfo.InvariantCulture) / 3, year.Value);
        Assert.Equal(["0486", "1980", "1984"], year.MembersWithValue);
        Assert.Null(comparison.Years[1].Value); // 2023: no member has a value
        Assert.Equal(new ComparisonValue("liknande", 2022, 23.9m / 3), Assert.Single(comparison.Values));
    }

    [Fact]
    public void Median_OfMembersWithValues()
    {
        var comparison = KoladaComparisons.Compute("liknande", "N00090", Four, KoladaAggregation.Median, Records, 2022, 2022);

        Assert.Equal(8.2m, comparison.Years[0].Value);
    }

    [Fact]
    public void Published_TakesTheCountrysOwnValue()
    {
        var comparison = KoladaComparisons.Compute("riket", "N00090", KoladaMunicipalityGroup.Country, KoladaAggregation.Published, Records, 2022, 2022);

        Assert.Equal(7.0m, comparison.Years[0].Value);
    }

    [Fact]
    public void ApplyTo_PutsValuesOnTheIndicator_ReplacingTheSameId()
    {
        var model = ImportModel.Read($"[{ImportModel.SickLeave}]");
        var comparison = KoladaComparisons.Compute("liknande", "N00090", Four, KoladaAggregation.Median, Records, 2022, 2022);

        var once = KoladaComparisons.ApplyTo(model, "sjuk", comparison);
        var twice = KoladaComparisons.ApplyTo(once, "sjuk", comparison);

        Assert.Equal([new ComparisonValue("liknande", 2022, 8.2m)], twice.FindIndicator("sjuk")!.Comparisons);
        Assert.Empty(model.FindIndicator("sjuk")!.Comparisons);
    }
}
