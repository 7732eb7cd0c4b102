using Styrmodell.Budget;
using Styrmodell.Time;
using static Styrmodell.Tests.Budget.ArbogaBudget;

namespace Styrmodell.Tests.Budget;

/// <summary>
/// Worked examples of the follow-up rules (docs/budget.md): deviation = frame in force − full-year forecast, positive a
/// surplus; a frame without its own forecast takes the sum of its parts'; Arboga's tertial report to April carries a
/// forecast made from the outcomes to March (Styrmodell, section 7); forecast accuracy is forecast − final outcome.
/// </summary>
public class BudgetFollowUpTests
{
    // Socialnämnden's frame of 300 000 tkr, distributed 180 000 to äldreomsorgen and 120 000 to IFO; BUN 200 000.
    private static readonly BudgetRecord Distributed = new()
    {
        Frames = [Drift("son", "son", 300_000), Drift("son-aldre", "aldre", 180_000, "son"), Drift("son-ifo", "ifo", 120_000, "son"), Drift("bun", "bun", 200_000)],
        Forecasts =
        [
            new BudgetForecast("son-aldre", ReportingPeriod.Tertial(2024, 1), 3, 190_000),
            new BudgetForecast("son-ifo", ReportingPeriod.Tertial(2024, 1), 3, 118_000),
            new BudgetForecast("bun", ReportingPeriod.Tertial(2024, 1), 3, 200_000),
        ],
    };

    [Fact]
    public void FrameDistributed_OneUnitOverIt()
    {
        Assert.Empty(Problems(Distributed)); // 180 000 + 120 000 = 300 000

        var result = BudgetFollowUp.Compute(Distributed, 2024, Date(4, 30));
        var byId = result.Frames.ToDictionary(f => f.Frame.Id);

        Assert.Equal(-10_000m, byId["son-aldre"].Deviation); // 180 000 − 190 000: äldreomsorgen is over its share
        Assert.Equal(2_000m, byId["son-ifo"].Deviation);     // 120 000 − 118 000
        Assert.Equal(308_000m, byId["son"].Forecast);        // no forecast of its own: 190 000 + 118 000
        Assert.Null(byId["son"].ForecastPoint);
        Assert.Equal(-8_000m, byId["son"].Deviation);        // 300 000 − 308 000
        var drift = Assert.Single(result.Totals);
        Assert.Equal(500_000m, drift.FrameInForce);          // SON and BUN; the parts are inside SON's frame
        Assert.Equal(-8_000m, drift.Deviation);              // −8 000 + 0
    }

    [Fact]
    public void FrameDistributed_PartsNotAddingUp_IsAProblemAtTheFrame()
    {
        var budget = new BudgetRecord { Frames = [Drift("son", "son", 300_000), Drift("son-aldre", "aldre", 180_000, "son"), Drift("son-ifo", "ifo", 119_000, "son")] };

        var problem = Assert.Single(Problems(budget));

        Assert.Equal(Validation.ProblemCodes.DistributionMismatch, problem.Code);
        Assert.Equal(new Validation.ProblemLocation(Validation.ModelElement.BudgetFrame, "son", 0, "amount"), problem.Location);
        Assert.Contains("299000", problem.Message, StringComparison.Ordinal); // what the parts add up to
    }

    [Fact]
    public void ForecastAtFirstTertial_FromMarchOutcomes()
    {
        // Arboga: "En tertialuppföljning till och med april med årsprognos (nämndernas prognoser utgår från utfall till och med mars)".
        var budget = new BudgetRecord
        {
            Frames = [Drift("bun", "bun", 300_000)],
            Outcomes = [.. Enumerable.Range(1, 4).Select(m => new BudgetOutcome("bun", ReportingPeriod.Month(2024, m), 24_000 + (m == 4 ? 1_000 : 0)))],
            Forecasts = [new BudgetForecast("bun", ReportingPeriod.Tertial(2024, 1), 3, 290_000)],
        };
        Assert.Empty(Problems(budget));

        var inMarch = BudgetFollowUp.Compute(budget, 2024, Date(3, 31)).Frames[0];
        var atT1 = BudgetFollowUp.Compute(budget, 2024, Date(4, 30)).Frames[0];

        Assert.Equal(72_000m, inMarch.OutcomeToDate); // January–March
        Assert.Null(inMarch.Forecast);                // the tertial report is not yet made
        Assert.Equal(97_000m, atT1.OutcomeToDate);    // January–April: 3 × 24 000 + 25 000
        Assert.Equal(290_000m, atT1.Forecast);
        Assert.Equal(ReportingPeriod.Tertial(2024, 1), atT1.ForecastPoint);
        Assert.Equal(10_000m, atT1.Deviation);        // 300 000 − 290 000: a surplus
        Assert.False(atT1.RequiresActionPlan);
    }

    [Fact]
    public void ForecastBasisAfterItsPoint_OrPointAfterTheYear_AreProblems()
    {
        var budget = new BudgetRecord
        {
            Frames = [Drift("bun", "bun", 300_000)],
            Forecasts = [new BudgetForecast("bun", ReportingPeriod.Tertial(2024, 1), 5, 290_000), new BudgetForecast("bun", ReportingPeriod.Tertial(2025, 1), 3, 290_000)],
        };

        var problems = Problems(budget);

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Code == Validation.ProblemCodes.ForecastBasisAfterPoint && p.Location.Index == 0 && p.Location.Member == "fromMonth");
        Assert.Contains(problems, p => p.Code == Validation.ProblemCodes.OutsideFrameYear && p.Location.Index == 1 && p.Location.Member == "point");
    }

    [Fact]
    public void ForecastAccuracy_OverThreeForecasts()
    {
        // Twelve monthly outcomes of 25 000 make a final outcome of 300 000.
        var budget = new BudgetRecord
        {
            Frames = [Drift("son", "son", 295_000)],
            Outcomes = [.. Enumerable.Range(1, 12).Select(m => new BudgetOutcome("son", ReportingPeriod.Month(2024, m), 25_000))],
            Forecasts =
            [
                new BudgetForecast("son", ReportingPeriod.Tertial(2024, 1), 3, 310_000),
                new BudgetForecast("son", ReportingPeriod.Interim(2024, 8), 7, 304_000),
                new BudgetForecast("son", ReportingPeriod.Month(2024, 10), 10, 299_000),
            ],
        };

        var beforeYearEnd = BudgetFollowUp.Compute(budget, 2024, Date(12, 30));
        var atYearEnd = BudgetFollowUp.Compute(budget, 2024, Date(12, 31));

        Assert.Empty(beforeYearEnd.Accuracy); // December's outcome is not in yet
        Assert.Equal([10_000m, 4_000m, -1_000m], atYearEnd.Accuracy.Select(a => a.Difference));
        Assert.Equal(10_000m / 300_000m, atYearEnd.Accuracy[0].Share);
        Assert.Equal(299_000m, atYearEnd.Frames[0].Forecast); // the latest forecast counts
        Assert.Equal(-4_000m, atYearEnd.Frames[0].Deviation);
    }

    [Fact]
    public void ThresholdAsData_SaysWhichDeficitsNeedAPlan()
    {
        var threshold = new DeviationThreshold(5_000, 0.01m);

        Assert.True(threshold.Requires(300_000, -5_000));  // the amount reached
        Assert.True(threshold.Requires(100_000, -1_000));  // 1 % of 100 000 reached
        Assert.False(threshold.Requires(200_000, -1_999)); // below 5 000 and below 1 % of 200 000
        Assert.False(threshold.Requires(200_000, 9_000));  // a surplus never needs one
        Assert.True(DeviationThreshold.AnyDeficit.Requires(200_000, -0.01m));
    }

    [Fact]
    public void RevisionsAndReallocations_CountFromTheirDecisionDate()
    {
        var budget = new BudgetRecord
        {
            Frames = [Investment("gata", "ks", 10_000), Investment("va", "ks", 20_000), Drift("bun", "bun", 200_000)],
            Changes = [new FrameChange("bun", 3_000, "kf", Date(6, 17))],
            Reallocations = [new Reallocation("omf-1", "gata", "va", 4_000, "ks", Date(5, 2))],
        };
        Assert.Empty(Problems(budget));

        var april = BudgetFollowUp.Compute(budget, 2024, Date(4, 30)).Frames.ToDictionary(f => f.Frame.Id);
        var july = BudgetFollowUp.Compute(budget, 2024, Date(7, 1)).Frames.ToDictionary(f => f.Frame.Id);

        Assert.Equal((10_000m, 20_000m, 200_000m), (april["gata"].FrameInForce, april["va"].FrameInForce, april["bun"].FrameInForce));
        Assert.Equal((6_000m, 24_000m, 203_000m), (july["gata"].FrameInForce, july["va"].FrameInForce, july["bun"].FrameInForce));
    }
}
