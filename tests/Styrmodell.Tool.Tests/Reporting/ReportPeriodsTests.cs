using NodaTime;
using Styrmodell.Model;
using Styrmodell.Reporting;
using Styrmodell.Targets;
using Styrmodell.Time;

namespace Styrmodell.Tool.Tests.Reporting;

public class ReportPeriodsTests
{
    private static SteeringModel Model(params (string Period, decimal? Value, bool Forecast)[] outcomes) =>
        new SteeringModelBuilder(new Municipality("Testby kommun", "0001"))
            .AddLevel(new LevelDefinition("ind", "Indikator", LevelRole.Indicator))
            .AddNode(new Node("i", "ind", "Indikator"))
            .AddIndicator(new Indicator("i", MeasureUnit.Percent, Direction.HigherIsBetter))
            .AddOutcomes(outcomes.Select(o => new Outcome("i", ReportingPeriod.Parse(o.Period), o.Value is { } v ? MeasuredValue.Of(v) : null) { IsForecast = o.Forecast }))
            .Build();

    [Fact]
    public void Latest_YearAndItsLastTertialEndTogether_PicksTheYear() =>
        Assert.Equal("2024", ReportPeriods.Latest(Model(("2024-T3", 1, false), ("2024", 1, false), ("2023", 1, false)))!.Id);

    [Fact]
    public void Latest_AForecastForTheYear_EndsAfterTheTertialMeasured() =>
        Assert.Equal("2024", ReportPeriods.Latest(Model(("2024-T1", 1, false), ("2024", 1, true)))!.Id);

    [Fact]
    public void Latest_PeriodWhoseOutcomesAreAllMissing_IsSkipped() =>
        Assert.Equal("2022", ReportPeriods.Latest(Model(("2022", 1, false), ("2023", null, false)))!.Id);

    [Fact]
    public void Latest_NoOutcomes_IsNull() => Assert.Null(ReportPeriods.Latest(Model()));

    [Theory]
    [InlineData("2023-12-31", "2023")]
    [InlineData("2024-01-01", "2024")]
    [InlineData("2022-06-30", null)]
    public void LatestBegunBy_TakesThePeriodsThatHadStarted(string date, string? expected) =>
        Assert.Equal(expected, ReportPeriods.LatestBegunBy(Model(("2023", 1, false), ("2024", 1, true)), LocalDate.FromDateTime(DateTime.Parse(date, System.Globalization.CultureInfo.InvariantCulture)))?.Id);
}
