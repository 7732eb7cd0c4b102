using NodaTime;
using Styrmodell.Model;
using Styrmodell.Exchange;
using Styrmodell.Targets;
using Styrmodell.Time;

namespace Styrmodell.Tests.Exchange;

/// <summary>How a document chooses the period to evaluate from its outcomes.</summary>
public class PeriodChoiceTests
{
    private static ExchangeDocument Model(params (string Period, decimal? Value, bool Forecast)[] outcomes) =>
        ExchangeDocument.Create(new SteeringModelBuilder(new Municipality("Testby kommun", "0001"))
            .AddLevel(new LevelDefinition("ind", "Indikator", LevelRole.Indicator))
            .AddNode(new Node("i", "ind", "Indikator"))
            .AddIndicator(new Indicator("i", MeasureUnit.Percent, Direction.HigherIsBetter))
            .AddOutcomes(outcomes.Select(o => new Outcome("i", ReportingPeriod.Parse(o.Period), o.Value is { } v ? MeasuredValue.Of(v) : null) { IsForecast = o.Forecast }))
            .Build());

    [Fact]
    public void Latest_YearAndItsLastTertialEndTogether_PicksTheYear() =>
        Assert.Equal("2024", Model(("2024-T3", 1, false), ("2024", 1, false), ("2023", 1, false)).LatestPeriodWithOutcomes()!.Id);

    [Fact]
    public void Latest_AForecastForTheYear_EndsAfterTheTertialMeasured() =>
        Assert.Equal("2024", Model(("2024-T1", 1, false), ("2024", 1, true)).LatestPeriodWithOutcomes()!.Id);

    [Fact]
    public void Latest_PeriodWhoseOutcomesAreAllMissing_IsSkipped() =>
        Assert.Equal("2022", Model(("2022", 1, false), ("2023", null, false)).LatestPeriodWithOutcomes()!.Id);

    [Fact]
    public void Latest_NoOutcomes_IsNull() => Assert.Null(Model().LatestPeriodWithOutcomes());

    [Theory]
    [InlineData("2023-12-31", "2023")]
    [InlineData("2024-01-01", "2024")]
    [InlineData("2022-06-30", null)]
    public void LatestBegunBy_TakesThePeriodsThatHadStarted(string date, string? expected) =>
        Assert.Equal(expected, Model(("2023", 1, false), ("2024", 1, true)).LatestPeriodBegunBy(LocalDate.FromDateTime(DateTime.Parse(date, System.Globalization.CultureInfo.InvariantCulture)))?.Id);
}
