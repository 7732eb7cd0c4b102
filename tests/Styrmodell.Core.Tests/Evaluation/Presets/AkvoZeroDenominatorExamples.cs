using Styrmodell.Evaluation;
using Styrmodell.Model;
using Styrmodell.Targets;
using Styrmodell.Time;
using static Styrmodell.Tests.Evaluation.EvaluationFixture;
using Outcome = Styrmodell.Targets.Outcome;

namespace Styrmodell.Tests.Evaluation.Presets;

/// <summary>
/// A denominator of 0 within one update, by Akvo RSR's rules (akvo/akvo-rsr): <c>akvo/rsr/models/result/utils.py</c>
/// <c>calculate_percentage</c> ("if denominator == 0: return Decimal(0)"), and
/// <c>akvo/rsr/usecases/period_update_aggregation.py</c> <c>sum_non_cumulative_updates</c>, which sums the numerators
/// and the denominators of a period's approved updates with SQL <c>Sum</c> — so an update with a denominator of 0 still
/// adds its numerator. Percentages are scaled by 100.
/// </summary>
public class AkvoZeroDenominatorExamples
{
    private static SteeringModelBuilder Period(params (int Month, decimal Numerator, decimal Denominator)[] updates)
    {
        var builder = Builder()
            .AddNode(new Node("p", "ind", "Percentage indicator") { ParentId = "kf" })
            .AddIndicator(new Indicator("p", MeasureUnit.Ratio, Direction.HigherIsBetter)
            {
                Ratio = new RatioDefinition("numerator", "denominator", 100m),
                Targets = [new TargetValue(TargetScope.Year(2024), new AbsoluteLevel(100m), Kf)],
            });
        foreach (var (month, numerator, denominator) in updates)
        {
            builder.AddOutcome(new Outcome("p", ReportingPeriod.Month(2024, month), MeasuredValue.Parts(numerator, denominator)));
        }

        return builder;
    }

    private static NodeResult Evaluate(SteeringModelBuilder builder, EvaluationOptions options) =>
        GoalEvaluator.Evaluate(builder.Build(), Year2024, AsOf, options)["p"];

    private static NodeResult OnePeriodOutcome(decimal numerator, decimal denominator, EvaluationOptions options)
    {
        var builder = Period();
        builder.AddOutcome(new Outcome("p", Year2024, MeasuredValue.Parts(numerator, denominator)));
        return Evaluate(builder, options);
    }

    [Fact]
    public void OneUpdate_ZeroOfZero_Is0Percent()
    {
        // calculate_percentage(0, 0) = 0; the period keeps numerator 0 and denominator 0.
        var result = Evaluate(Period((6, 0, 0)), EvaluationPresets.PooledPercentages());

        Assert.Equal((0m, 0.0), (result.Value, result.Score));
        var outcome = result.Explanation.Find<OutcomeStep>()!;
        Assert.Equal((OutcomeFinding.PooledZeroCountedAsZero, 0m, 0m, 1), (outcome.Finding, outcome.Numerator, outcome.Denominator, outcome.Parts));
    }

    [Fact]
    public void OneUpdate_FiveOfZero_Is0Percent_NotAnError()
    {
        var result = Evaluate(Period((6, 5, 0)), EvaluationPresets.PooledPercentages());

        Assert.Equal(0m, result.Value);
        var outcome = result.Explanation.Find<OutcomeStep>()!;
        Assert.Equal((5m, 0m), (outcome.Numerator, outcome.Denominator));
    }

    [Fact]
    public void ThePeriodsOwnOutcome_WithDenominator0_CountsAs0_ByThePreset()
    {
        var result = OnePeriodOutcome(3, 0, EvaluationPresets.PooledPercentages());

        Assert.Equal((0m, 0.0), (result.Value, result.Score));
        var outcome = result.Explanation.Find<OutcomeStep>()!;
        Assert.Equal((OutcomeFinding.ZeroDenominatorCountedAsZero, 3m, 0m), (outcome.Finding, outcome.Numerator, outcome.Denominator));
    }

    [Fact]
    public void ThePeriodsOwnOutcome_WithDenominator0_HasNoValue_ByDefault()
    {
        var result = OnePeriodOutcome(3, 0, EvaluationOptions.Default);

        Assert.Equal((null, null), (result.Value, result.Score));
        Assert.Equal(OutcomeFinding.ZeroDenominator, result.Explanation.Find<OutcomeStep>()!.Finding);
    }

    [Fact]
    public void PooledUpdates_AddTheNumeratorOfAZeroDenominatorUpdate()
    {
        // Sum('numerator') over 5/0 and 20/50 is 25, Sum('denominator') 50: calculate_percentage(25, 50) = 50.00.
        var result = Evaluate(Period((3, 5, 0), (9, 20, 50)), EvaluationPresets.PooledPercentages(oneUpdatePerPeriod: false));

        Assert.Equal(50m, result.Value);
        var outcome = result.Explanation.Find<OutcomeStep>()!;
        Assert.Equal((OutcomeFinding.Pooled, 25m, 50m, 2), (outcome.Finding, outcome.Numerator, outcome.Denominator, outcome.Parts));
    }

    [Fact]
    public void PooledUpdates_AllWithDenominator0_Are0Percent()
    {
        var result = Evaluate(Period((3, 1, 0), (9, 2, 0)), EvaluationPresets.PooledPercentages(oneUpdatePerPeriod: false));

        Assert.Equal(0m, result.Value);
        var outcome = result.Explanation.Find<OutcomeStep>()!;
        Assert.Equal((OutcomeFinding.PooledZeroCountedAsZero, 3m, 0m, 2), (outcome.Finding, outcome.Numerator, outcome.Denominator, outcome.Parts));
    }

    [Fact]
    public void AZeroDenominatorUpdate_IsStillAnUpdate_ForTheOneUpdateCheck()
    {
        // MultipleUpdateError counts updates, whatever their parts.
        var result = Evaluate(Period((3, 0, 0), (9, 40, 100)), EvaluationPresets.PooledPercentages());

        Assert.Null(result.Value);
        Assert.Equal(OutcomeFinding.SeveralRatioOutcomes, result.Explanation.Find<OutcomeStep>()!.Finding);
    }

    [Fact]
    public void Parts_WithDenominator0_HasNoQuotient_AndOtherwiseIsARatio()
    {
        Assert.True(MeasuredValue.Parts(5, 0).HasZeroDenominator);
        Assert.Equal(MeasuredValue.Ratio(1, 4), MeasuredValue.Parts(1, 4));
        Assert.False(MeasuredValue.Of(0).HasZeroDenominator);
    }
}
