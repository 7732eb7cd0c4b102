using NodaTime;
using Styrmodell.Evaluation;
using Styrmodell.Model;
using Styrmodell.Targets;
using Styrmodell.Time;
using static Styrmodell.Tests.Evaluation.EvaluationFixture;

namespace Styrmodell.Tests.Evaluation;

public class TrendCheckTests
{
    // Employment rate (illustrative): target 80 % by 2026, the last year of the 2023–2026 mandate period.
    private static SteeringModelBuilder Model(params (int Year, decimal Value)[] outcomes)
    {
        var builder = Builder().AddNode(new Node("syss", "ind", "Förvärvsarbetande 20–64 år") { ParentId = "kf" })
            .AddIndicator(new Indicator("syss", MeasureUnit.Percent, Direction.HigherIsBetter)
            {
                Targets = [new TargetValue(TargetScope.MandatePeriod(2023), new AbsoluteLevel(80m), Kf)],
            });
        foreach (var (year, value) in outcomes)
        {
            builder.AddOutcome(new Outcome("syss", ReportingPeriod.Year(year), MeasuredValue.Of(value)));
        }

        return builder;
    }

    [Fact]
    public void OneOutcome_CannotAssess()
    {
        var trend = TrendCheck.Check(Model((2023, 76m)).Build(), "syss", 2024, AsOf);

        Assert.Null(trend.OnTrack);
        Assert.Equal((TrendFinding.TooFewOutcomes, 1), (trend.Finding, trend.Outcomes));
    }

    [Fact]
    public void RisingTrend_ReachingTarget_IsOnTrack()
    {
        // 76 → 77.5 in a year: +1.5 a year reaches 80.5 in 2026 ≥ 80.
        var trend = TrendCheck.Check(Model((2023, 76m), (2024, 77.5m)).Build(), "syss", 2024, AsOf);

        Assert.True(trend.OnTrack);
        Assert.Equal(2026, trend.TargetYear);
        Assert.Equal(80.5m, trend.Projected);
        Assert.Equal((TrendFinding.OnTrack, 2023, 76m, 2024, 77.5m, 80m), (trend.Finding, trend.FromYear, trend.FromValue, trend.ToYear, trend.ToValue, trend.Target));
    }

    [Fact]
    public void SlowTrend_IsNotOnTrack()
    {
        // 76 → 76.5: +0.5 a year reaches 77.5 in 2026 < 80.
        var trend = TrendCheck.Check(Model((2023, 76m), (2024, 76.5m)).Build(), "syss", 2024, AsOf);

        Assert.False(trend.OnTrack);
        Assert.Equal((TrendFinding.NotOnTrack, 77.5m, 2026, 80m), (trend.Finding, trend.Projected, trend.TargetYear, trend.Target));
    }

    [Fact]
    public void AnIndicatorWithoutADirection_IsProjectedButNotJudged()
    {
        // 76 → 77.5 projects to 80.5 in 2026; with no direction stated, 80.5 against 80 is neither on nor off track.
        var builder = Builder().AddNode(new Node("syss", "ind", "Förvärvsarbetande 20–64 år") { ParentId = "kf" })
            .AddIndicator(new Indicator("syss", MeasureUnit.Percent, Direction.Unstated)
            {
                Targets = [new TargetValue(TargetScope.MandatePeriod(2023), new AbsoluteLevel(80m), Kf)],
            })
            .AddOutcome(new Outcome("syss", ReportingPeriod.Year(2023), MeasuredValue.Of(76m)))
            .AddOutcome(new Outcome("syss", ReportingPeriod.Year(2024), MeasuredValue.Of(77.5m)));

        var trend = TrendCheck.Check(builder.Build(), "syss", 2024, AsOf);

        Assert.Null(trend.OnTrack);
        Assert.Equal((TrendFinding.NoDirection, 80.5m), (trend.Finding, trend.Projected));
    }
}
