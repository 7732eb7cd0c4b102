using NodaTime;
using Styrmodell.Targets;

namespace Styrmodell.Kolada.Tests;

public class KoladaImportTests
{
    private static readonly LocalDate Retrieved = new(2026, 12, 7);

    // Arboga's sick leave, N00090, from values_four_municipalities_v2_2024.csv (Kolada v2, 2024-08-30): 2021 T 7.3,
    // K 7.8, M 5.4 — here 2021 is given by gender, 2022 (8.2) in total only, and 2023 is published as null.
    private static readonly KoladaDataRecord[] SickLeave =
    [
        new("N00090", "1984", 2021, [new(Gender.Total, 7.3m, "", 1), new(Gender.Women, 7.8m, "", 1), new(Gender.Men, 5.4m, "", 1)]),
        new("N00090", "1984", 2022, [new(Gender.Total, 8.2m, "", 1)]),
        new("N00090", "1984", 2023, [new(Gender.Total, null, "", 1)]),
        new("N00090", "2021", 2022, [new(Gender.Total, 9.9m, "", 1)]), // another municipality: not Arboga's
    ];

    [Fact]
    public void Import_TurnsRecordsIntoOutcomes_NullIsNoOutcomeNeverZero()
    {
        var plan = KoladaImportPlan.For(ImportModel.Read($"[{ImportModel.SickLeave}]"), 2021, 2023);

        var import = plan.Import(SickLeave, Retrieved);

        Assert.Empty(import.Problems);
        var outcomes = import.Model!.OutcomesOf("sjuk");
        Assert.Equal(5, outcomes.Count);
        Assert.Equal(MeasuredValue.Of(7.8m), outcomes.Single(o => o.Period.Id == "2021" && o.Gender == Gender.Women).Value);
        Assert.Equal(MeasuredValue.Of(5.4m), outcomes.Single(o => o.Period.Id == "2021" && o.Gender == Gender.Men).Value);
        Assert.Null(outcomes.Single(o => o.Period.Id == "2023").Value);
        Assert.All(outcomes, o => Assert.Equal("Kolada N00090 (retrieved 2026-12-07)", o.Source));
        // 3 years × 3 breakdowns asked: 2021 T/K/M and 2022 T found; 2022 K/M, 2023 T (null), 2023 K/M missing.
        Assert.Equal(new KoladaSeriesSummary("sjuk", "N00090", "1984", 2021, 2023, 4, 5), Assert.Single(import.Summary));
        Assert.Equal(5, import.Changes.Count(c => c.Kind == KoladaChangeKind.Added));
    }

    [Fact]
    public void Import_StatusIsKeptInTheSource()
    {
        var plan = KoladaImportPlan.For(ImportModel.Read($"[{ImportModel.SickLeave}]"), 2022, 2022);

        var import = plan.Import([new("N00090", "1984", 2022, [new(Gender.Total, 8.2m, "Preliminär", 1)])], Retrieved);

        Assert.Equal("Kolada N00090 (retrieved 2026-12-07, status \"Preliminär\")", Assert.Single(import.Outcomes).Source);
    }

    [Fact]
    public void ReImport_ReportsAddedChangedRemoved_AndLeavesOtherSourcesAlone()
    {
        var earlier = """
            [
              { "indicator": "sjuk", "period": "2021", "value": 7.3, "source": "Kolada N00090 (retrieved 2024-08-30)" },
              { "indicator": "sjuk", "period": "2022", "value": 8.0, "source": "Kolada N00090 (retrieved 2024-08-30)" },
              { "indicator": "sjuk", "period": "2023", "value": 8.5, "source": "Kolada N00090 (retrieved 2024-08-30)" },
              { "indicator": "sjuk", "period": "2024", "value": 7.8, "source": "Illustrativt: påhittat utfall" }
            ]
            """;
        var model = ImportModel.Read("""[{ "node": "sjuk", "unit": "percent", "direction": "lowerIsBetter", "openData": { "provider": "kolada", "series": "N00090" } }]""", earlier);
        KoladaDataRecord[] now =
        [
            new("N00090", "1984", 2021, [new(Gender.Total, 7.3m, "", 1)]), // same: no change
            new("N00090", "1984", 2022, [new(Gender.Total, 8.2m, "", 1)]), // revised
            new("N00090", "1984", 2023, [new(Gender.Total, 8.5m, "", 1)]) { IsDeleted = true }, // withdrawn
            new("N00090", "1984", 2024, [new(Gender.Total, 7.9m, "", 1)]), // another source holds 2024
        ];

        var import = KoladaImportPlan.For(model, 2021, 2024).Import(now, Retrieved);

        var change = Assert.Single(import.Changes, c => c.Kind == KoladaChangeKind.Changed);
        Assert.Equal((MeasuredValue.Of(8.0m), MeasuredValue.Of(8.2m)), (change.Before!.Value, change.After!.Value));
        Assert.Equal("2023", Assert.Single(import.Changes, c => c.Kind == KoladaChangeKind.Removed).Before!.Period.Id);
        Assert.DoesNotContain(import.Changes, c => c.Kind == KoladaChangeKind.Added);
        var outcomes = import.Model!.OutcomesOf("sjuk");
        Assert.Equal(["2021", "2022", "2024"], outcomes.Select(o => o.Period.Id).Order(StringComparer.Ordinal));
        Assert.Equal("Illustrativt: påhittat utfall", outcomes.Single(o => o.Period.Id == "2024").Source);
        Assert.Equal(KoladaProblemCodes.OtherSource, Assert.Single(import.Warnings).Code);
    }

    [Fact]
    public void ChangesOnly_KeepsYearsWithoutARecord()
    {
        var model = ImportModel.Read($"[{ImportModel.NetCost}]",
            """[{ "indicator": "kostnad", "period": "2021", "value": 61992.624113, "source": "Kolada N00096 (retrieved 2024-08-30)" }]""");

        var import = KoladaImportPlan.For(model, 2021, 2022).Import([new("N00096", "1984", 2022, [new(Gender.Total, 65343.960804m, "", 1)])], Retrieved, changesOnly: true);

        Assert.Equal(2, import.Model!.OutcomesOf("kostnad").Count);
        Assert.Equal(KoladaChangeKind.Added, Assert.Single(import.Changes).Kind);
    }

    [Fact]
    public void Import_NoDataForAKpi_IsAWarningNamingIt()
    {
        var import = KoladaImportPlan.For(ImportModel.Read($"[{ImportModel.NetCost}]"), 2021, 2022).Import([], Retrieved);

        var warning = Assert.Single(import.Warnings);
        Assert.Equal(KoladaProblemCodes.NoData, warning.Code);
        Assert.Contains("N00096", warning.Message, StringComparison.Ordinal);
        Assert.NotNull(import.Model);
    }

    [Fact]
    public void Import_ScaleFactor_MultipliesValues()
    {
        // A KPI in thousands of kronor on a kronor indicator: 1000 × the published value.
        var model = ImportModel.Read("""[{ "node": "kostnad", "unit": "kronor", "direction": "lowerIsBetter", "openData": { "provider": "kolada", "series": "N00096", "scale": 1000 } }]""");

        var import = KoladaImportPlan.For(model, 2022, 2022, [new KoladaKpi("N00096", "Nettokostnad, tkr")]).Import([new("N00096", "1984", 2022, [new(Gender.Total, 65.3m, "", 1)])], Retrieved);

        Assert.Equal(MeasuredValue.Of(65300m), Assert.Single(import.Outcomes).Value);
    }

    [Fact]
    public void Plan_BadBindings_EveryProblemBeforeAnyRequest()
    {
        var model = ImportModel.Read("""
            [
              { "node": "sjuk", "unit": "percent", "direction": "lowerIsBetter", "openData": { "provider": "kolada", "series": "N0090", "area": "0486" } },
              { "node": "kostnad", "unit": "kronor", "direction": "lowerIsBetter", "openData": { "provider": "kolada", "series": "N00096" } }
            ]
            """);

        var plan = KoladaImportPlan.For(model, 2024, 2019, [new KoladaKpi("N00096", "Nettokostnad, tkr")]);

        Assert.Equal([KoladaProblemCodes.InvalidYears, KoladaProblemCodes.InvalidKpi, KoladaProblemCodes.UnitMismatch], plan.Problems.Select(p => p.Code));
        Assert.Equal(["years", "indicator 'sjuk'.openData.series", "indicator 'kostnad'.openData.scale"], plan.Problems.Select(p => p.Where));
        Assert.Empty(plan.Queries());
        Assert.Null(plan.Import([], Retrieved).Model);
    }

    [Fact]
    public void Plan_Queries_OnePerArea()
    {
        var model = ImportModel.Read($"[{ImportModel.SickLeave}, {ImportModel.NetCost.Replace("\"series\": \"N00096\"", "\"series\": \"N00096\", \"area\": \"0000\"", StringComparison.Ordinal)}]");

        var queries = KoladaImportPlan.For(model, 2019, 2024).Queries();

        Assert.Equal(2, queries.Count);
        Assert.Equal(new KoladaDataQuery(["N00090"], ["1984"], 2019, 2024), queries[0]);
        Assert.Equal(new KoladaDataQuery(["N00096"], ["0000"], 2019, 2024), queries[1]);
    }
}
