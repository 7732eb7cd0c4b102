using Styrmodell.Evaluation;
using Styrmodell.Model;
using Styrmodell.Targets;
using Styrmodell.Time;
using static Styrmodell.Tests.Evaluation.EvaluationFixture;

namespace Styrmodell.Tests.Evaluation.Presets;

/// <summary>
/// What Open SDG does when an indicator's configuration leaves things out, from its documented rules:
/// open-sdg/sdg-build <c>sdg/ProgressMeasure.py</c> (<c>default_progress_calc_options</c>: <c>direction: 'negative'</c>;
/// <c>measure_indicator_progress</c>: <c>current_year = years.max()</c> over the rows with a value, no result when
/// <c>current_year - base_year &lt; 1</c>; <c>methodology_2</c>: target achieved checked first, by direction),
/// open-sdg/open-sdg <c>docs/indicator-configuration.md</c> (<c>direction</c>: "Default: negative") and
/// <c>docs/progress-methodology.md</c> ("tᵢ is the most recent year where data is available"). Ratios were worked out
/// from those formulas in Python, independently of this library. Base 2015 = 100, target 40 by 2030; values illustrative.
/// </summary>
public class OpenSdgDefaultsExamples
{
    private static SteeringModelBuilder Series(Direction direction, params (int Year, decimal Value, OutcomeStatus Status)[] outcomes)
    {
        var builder = Builder()
            .AddNode(new Node("i", "ind", "Indikator") { ParentId = "kf" })
            .AddIndicator(new Indicator("i", MeasureUnit.Count, direction)
            {
                Baseline = new Baseline(100, ReportingPeriod.Year(2015)),
                Targets = [new TargetValue(TargetScope.Year(2030), new AbsoluteLevel(40), Kf)],
            });
        foreach (var (year, value, status) in outcomes)
        {
            builder.AddOutcome(new Outcome("i", ReportingPeriod.Year(year), MeasuredValue.Of(value)) { Status = status });
        }

        return builder;
    }

    private static NodeResult Assess(SteeringModelBuilder builder, int year, EvaluationOptions? options = null) =>
        GoalEvaluator.Evaluate(builder.Build(), ReportingPeriod.Year(year), AsOf, options ?? EvaluationPresets.GrowthOnTrack())["i"];

    [Fact]
    public void NoDirection_IsLowerIsBetter_AsOpenSdgsDefault()
    {
        // 100 → 80 by 2020 against 40 by 2030, read as falling is good: R = 0.736571 → moderate progress.
        var result = Assess(Series(Direction.Unstated, (2020, 80, OutcomeStatus.Final)), 2020);

        Assert.Equal("moderate_progress", result.Category.Id);
        Assert.Equal(0.7365707800, result.Explanation.Find<GrowthStep>()!.Ratio!.Value, 1e-9);
        var target = result.Explanation.Find<TargetStep>()!;
        Assert.Equal((Direction.LowerIsBetter, true), (target.Direction, target.DirectionIsDefault));
    }

    [Fact]
    public void NoDirection_ValueAtOrBelowTheTarget_IsTargetAchieved_EvenWhenRising()
    {
        // methodology_2 checks "direction == 'negative' and current_value <= target" before any growth: an unconfigured
        // indicator of 30 against 40 has achieved its target, whichever way it moved.
        var result = Assess(Series(Direction.Unstated, (2020, 30, OutcomeStatus.Final)), 2020);

        Assert.Equal("target_achieved", result.Category.Id);
        Assert.Equal(GrowthFinding.TargetReached, result.Explanation.Find<GrowthStep>()!.Finding);
    }

    [Fact]
    public void StatedDirection_BeatsTheDefault()
    {
        // Higher is better, 100 → 80 against 40: the target lies the wrong way, the outcome has not reached it upwards;
        // the stated direction is used, not the default, and the step says it is not a default.
        var result = Assess(Series(Direction.HigherIsBetter, (2020, 80, OutcomeStatus.Final)), 2020);

        var target = result.Explanation.Find<TargetStep>()!;
        Assert.Equal((Direction.HigherIsBetter, false), (target.Direction, target.DirectionIsDefault));
        Assert.Equal("target_achieved", result.Category.Id); // 80 ≥ 40 higher is better: methodology_2's positive check
    }

    [Fact]
    public void NoDirection_WithoutADefault_IsNotAssessed_WithTheReason()
    {
        var options = EvaluationPresets.GrowthOnTrack() with { DefaultDirection = Direction.Unstated };

        var result = Assess(Series(Direction.Unstated, (2020, 80, OutcomeStatus.Final)), 2020, options);

        Assert.Equal("not_available", result.Category.Id);
        Assert.Equal(NotAssessedReason.NoDirection, result.Explanation.Find<NotAssessedStep>()!.Reason);
    }

    [Fact]
    public void NoDirection_UnderTheEnginesDefaults_IsNotAssessed()
    {
        var result = Assess(Series(Direction.Unstated, (2024, 80, OutcomeStatus.Final)), 2024, EvaluationOptions.Default);

        Assert.Null(result.Score);
        Assert.Equal(NotAssessedReason.NoDirection, result.Explanation.Find<NotAssessedStep>()!.Reason);
    }

    [Fact]
    public void LatestYearWithData_IsTheCurrentYear_WhenThePeriodHasNone()
    {
        // 2018 = 90 and 2019 = 85, nothing since: evaluated for 2024, the growth runs 2015–2019,
        // (85/100)^(1/4) − 1 against (40/100)^(1/15) − 1 lower is better: R = 0.671903 → moderate progress.
        var result = Assess(Series(Direction.LowerIsBetter, (2018, 90, OutcomeStatus.Final), (2019, 85, OutcomeStatus.Final)), 2024);

        Assert.Equal("moderate_progress", result.Category.Id);
        var growth = result.Explanation.Find<GrowthStep>()!;
        Assert.Equal((2019, 85m, 2030), (growth.Year, growth.Value, growth.TargetYear));
        Assert.Equal(0.6719025808, growth.Ratio!.Value, 1e-9);
        var outcome = result.Explanation.Find<OutcomeStep>()!;
        Assert.Equal((OutcomeFinding.LatestYearWithData, "2019", 85m), (outcome.Finding, outcome.Period.Id, outcome.Value));
    }

    [Fact]
    public void LatestYearWithData_IsThePeriodsOwn_WhenItHasOne_AndNeverALaterYear()
    {
        // Outcomes for 2019, 2020 and 2023: evaluated for 2020, 2020 is used (R = 0.736571), not 2023.
        var builder = Series(Direction.LowerIsBetter, (2019, 85, OutcomeStatus.Final), (2020, 80, OutcomeStatus.Final), (2023, 50, OutcomeStatus.Final));

        var growth = Assess(builder, 2020).Explanation.Find<GrowthStep>()!;

        Assert.Equal(2020, growth.Year);
        Assert.Equal(0.7365707800, growth.Ratio!.Value, 1e-9);
    }

    [Fact]
    public void LatestYearWithData_LeavesOutDrafts_AndCountsThem()
    {
        // A draft 2020 = 80 does not count: 2019 = 85 is the latest approved value.
        var result = Assess(Series(Direction.LowerIsBetter, (2019, 85, OutcomeStatus.Final), (2020, 80, OutcomeStatus.Draft)), 2020);

        var outcome = result.Explanation.Find<OutcomeStep>()!;
        Assert.Equal(("2019", 1), (outcome.Period.Id, outcome.DraftsLeftOut));
        Assert.Equal(0.6719025808, result.Explanation.Find<GrowthStep>()!.Ratio!.Value, 1e-9);
    }

    [Fact]
    public void LatestYearWithData_AtTheBaseYear_GivesNoResult()
    {
        // Only the base year has data: "current_year - base_year < 1" returns None in ProgressMeasure.py.
        var result = Assess(Series(Direction.LowerIsBetter, (2015, 100, OutcomeStatus.Final)), 2024);

        Assert.Equal("not_available", result.Category.Id);
        Assert.Equal(GrowthFinding.BaseYearNotBefore, result.Explanation.Find<GrowthStep>()!.Finding);
    }

    [Fact]
    public void WithoutLatestYearWithData_APeriodWithoutOutcome_IsNotAssessed()
    {
        var options = EvaluationPresets.GrowthOnTrack() with { Growth = EvaluationPresets.GrowthOnTrack().Growth with { LatestYearWithData = false } };

        var result = Assess(Series(Direction.LowerIsBetter, (2019, 85, OutcomeStatus.Final)), 2024, options);

        Assert.Null(result.Score);
        Assert.Equal(OutcomeFinding.Missing, result.Explanation.Find<OutcomeStep>()!.Finding);
    }

    [Fact]
    public void DefaultDirection_MustBeHigherOrLower()
    {
        var options = EvaluationPresets.GrowthOnTrack() with { DefaultDirection = Direction.WithinRange };

        var error = Assert.Throws<ArgumentException>(() => Assess(Series(Direction.Unstated, (2020, 80, OutcomeStatus.Final)), 2020, options));

        Assert.Contains("default direction", error.Message, StringComparison.Ordinal);
    }
}
