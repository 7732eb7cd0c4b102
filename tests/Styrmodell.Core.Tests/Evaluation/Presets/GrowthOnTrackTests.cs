using Styrmodell.Evaluation;
using Styrmodell.Model;
using Styrmodell.Targets;
using Styrmodell.Time;
using static Styrmodell.Tests.Evaluation.EvaluationFixture;

namespace Styrmodell.Tests.Evaluation.Presets;

/// <summary>
/// The on-track preset against Open SDG: open-sdg/sdg-build sdg/ProgressMeasure.py (growth_calculation, methodology_2:
/// R = sign × direction × CAGR observed ÷ |CAGR needed|; thresholds 0.95, 0.6, 0; target achieved first; a target or
/// base value of 0 replaced by 0.001; the score on [−5, 5]) and open-sdg/open-sdg docs/progress-methodology.md (the
/// status table). Expected ratios were worked out from those formulas in Python, independently of this library.
/// Base 2015, latest year 2020, target 2030; values illustrative.
/// </summary>
public class GrowthOnTrackTests
{
    private static readonly ReportingPeriod Year2020 = ReportingPeriod.Year(2020);

    private static SteeringModelBuilder Series(Direction direction, decimal baseValue, decimal current, decimal target) => Builder()
        .AddNode(new Node("i", "ind", "Indikator") { ParentId = "kf" })
        .AddIndicator(new Indicator("i", MeasureUnit.Count, direction)
        {
            Baseline = new Baseline(baseValue, ReportingPeriod.Year(2015)),
            Targets = [new TargetValue(TargetScope.Year(2030), new AbsoluteLevel(target), Kf)],
        })
        .AddOutcome(new Outcome("i", Year2020, MeasuredValue.Of(current)));

    private static NodeResult Assess(SteeringModelBuilder builder, EvaluationOptions? options = null) =>
        GoalEvaluator.Evaluate(builder.Build(), Year2020, AsOf, options ?? EvaluationPresets.GrowthOnTrack())["i"];

    [Theory]
    // Higher is better, 50 → 60 against 100: CAGR 0.037137 of the 0.047294 needed, R = 0.785241 → acceleration needed.
    [InlineData(Direction.HigherIsBetter, 50, 60, 100, 0.7852411065, "moderate_progress")]
    // Lower is better, 100 → 70 against 40: −0.068850 of −0.059258 needed, R = 1.161875 → on track.
    [InlineData(Direction.LowerIsBetter, 100, 70, 40, 1.1618754910, "substantial_progress")]
    // Lower is better, 100 → 80 against 40: R = 0.736571 → acceleration needed.
    [InlineData(Direction.LowerIsBetter, 100, 80, 40, 0.7365707800, "moderate_progress")]
    // Higher is better, 50 → 45 against 100: growth the wrong way, R = −0.440893 → deterioration.
    [InlineData(Direction.HigherIsBetter, 50, 45, 100, -0.4408927874, "deterioration")]
    public void Status_FollowsTheShareOfTheGrowthNeeded(Direction direction, int baseValue, int current, int target, double ratio, string status)
    {
        var result = Assess(Series(direction, baseValue, current, target));

        Assert.Equal(status, result.Category.Id);
        Assert.Equal(OpenSdgScore(ratio), result.Score!.Value, 9);
        Assert.Equal(ratio, result.Explanation.Find<GrowthStep>()!.Ratio!.Value, 1e-9);
    }

    [Fact]
    public void TargetReached_IsTargetAchieved_AndOnlyThatScores1()
    {
        var reached = Assess(Series(Direction.HigherIsBetter, 50, 100, 100));
        Assert.Equal("target_achieved", reached.Category.Id);
        Assert.Equal(1.0, reached.Score);

        // 50 → 95 by 2020 against 100 by 2030 grows far faster than needed (R ≈ 5) but has not reached the target.
        var fast = Assess(Series(Direction.HigherIsBetter, 50, 95, 100));
        Assert.Equal("substantial_progress", fast.Category.Id);
        Assert.True(fast.Score < 1.0);
    }

    [Fact]
    public void TargetOfZero_IsComputedWith0001_NotADivisionError()
    {
        // Lower is better, 10 → 5 against 0 (e.g. zero road deaths): the target counts as 0.001, as in
        // ProgressMeasure.py; −0.129449 of −0.458830 needed, R = 0.282129 → limited progress.
        var result = Assess(Series(Direction.LowerIsBetter, 10, 5, 0));

        Assert.Equal("limited_progress", result.Category.Id);
        Assert.Equal(OpenSdgScore(0.2821291178), result.Score!.Value, 9);
        var growth = result.Explanation.Find<GrowthStep>()!;
        Assert.Equal((0.001m, 0.001m), (growth.ZeroSubstitute, growth.Target));
    }

    [Fact]
    public void TargetOfZero_WithoutASubstitute_IsNotAssessed_WithTheReason()
    {
        var options = EvaluationPresets.GrowthOnTrack() with { Growth = GrowthSettings.Default };

        var result = Assess(Series(Direction.LowerIsBetter, 10, 5, 0), options);

        Assert.Null(result.Score);
        Assert.Equal(GrowthFinding.ZeroWithoutSubstitute, result.Explanation.Find<GrowthStep>()!.Finding);
    }

    [Theory]
    [InlineData(2020, GrowthFinding.BaseYearNotBefore)]
    public void TooShortASeries_IsNotAssessed(int baseYear, GrowthFinding reason)
    {
        var builder = Builder()
            .AddNode(new Node("i", "ind", "Indikator") { ParentId = "kf" })
            .AddIndicator(new Indicator("i", MeasureUnit.Count, Direction.HigherIsBetter)
            {
                Baseline = new Baseline(50m, ReportingPeriod.Year(baseYear)),
                Targets = [new TargetValue(TargetScope.Year(2030), new AbsoluteLevel(100m), Kf)],
            })
            .AddOutcome(new Outcome("i", Year2020, MeasuredValue.Of(60m)));

        var growth = Assess(builder).Explanation.Find<GrowthStep>()!;
        Assert.Equal((reason, baseYear, 2020), (growth.Finding, growth.BaseYear, growth.Year));
    }

    [Fact]
    public void Indicators_RollUpByTheMeanOfTheirScores()
    {
        // get_indicator_progress: the mean of the series' scores. Two series under one goal: acceleration needed
        // (R 0.785) and deterioration (R −0.441); the mean score decides the goal's status.
        var builder = Series(Direction.HigherIsBetter, 50, 60, 100)
            .AddNode(new Node("j", "ind", "Indikator") { ParentId = "kf" })
            .AddIndicator(new Indicator("j", MeasureUnit.Count, Direction.HigherIsBetter)
            {
                Baseline = new Baseline(50m, ReportingPeriod.Year(2015)),
                Targets = [new TargetValue(TargetScope.Year(2030), new AbsoluteLevel(100m), Kf)],
            })
            .AddOutcome(new Outcome("j", Year2020, MeasuredValue.Of(45m)));

        var goal = GoalEvaluator.Evaluate(builder.Build(), Year2020, AsOf, EvaluationPresets.GrowthOnTrack())["kf"];

        var mean = (OpenSdgScore(0.7852411065) + OpenSdgScore(-0.4408927874)) / 2;
        Assert.Equal(mean, goal.Score!.Value, 9);
        Assert.Equal("limited_progress", goal.Category.Id); // 0.25 ≤ 0.349 < 0.5
    }

    /// <summary>ProgressMeasure.get_score for a quantitative target, moved from [−5, 5] to [0, 1] with exact slopes.</summary>
    private static double OpenSdgScore(double ratio) =>
        (Math.Clamp(ratio >= 0.6 ? ((50.0 / 7) * ratio) - (30.0 / 7) : ((25.0 / 6) * ratio) - 2.5, -5, 5) + 5) / 10;
}
