using Styrmodell.Budget;
using Styrmodell.Exchange;
using Styrmodell.Time;
using static Styrmodell.Tests.Budget.ArbogaBudget;

namespace Styrmodell.Tests.Budget;

/// <summary>
/// Forecast accuracy compares a forecast with the year's final outcome (docs/budget.md, rule 10): a committee whose
/// frame is split into parts has its final outcome only when every part's year-end outcome is in.
/// </summary>
public class ForecastAccuracyCompletenessTests
{
    [Fact]
    public void ACommitteesForecast_IsMeasured_OnlyWhenEveryPartsYearIsIn()
    {
        BudgetRecord Budget(params BudgetOutcome[] outcomes) => new()
        {
            Frames = [Drift("son", "son", 300_000), Drift("aldre", "aldre", 200_000, "son"), Drift("ifo", "ifo", 100_000, "son")],
            Outcomes = [.. outcomes],
            Forecasts = [new BudgetForecast("son", ReportingPeriod.Interim(2024, 8), 8, 305_000)],
        };
        ForecastAccuracy? Accuracy(BudgetRecord budget) =>
            new ExchangeDocumentBuilder(Organisation()).WithAuthority(Authority).WithBudget(budget).Build()
                .Evaluate(ReportingPeriod.Year(2024)).Budget!.FollowUp.Accuracy.SingleOrDefault(a => a.FrameId == "son");

        var aldre = new BudgetOutcome("aldre", ReportingPeriod.Year(2024), 205_000);
        var ifo = new BudgetOutcome("ifo", ReportingPeriod.Year(2024), 98_000);

        Assert.Null(Accuracy(Budget(aldre)));
        var measured = Accuracy(Budget(aldre, ifo))!;
        Assert.Equal((303_000m, 2_000m), (measured.Final, measured.Difference)); // 305 000 forecast − (205 000 + 98 000)
    }
}
