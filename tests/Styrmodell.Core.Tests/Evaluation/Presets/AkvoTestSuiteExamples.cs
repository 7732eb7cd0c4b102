using Styrmodell.Evaluation;
using Styrmodell.Model;
using Styrmodell.Targets;
using Styrmodell.Time;
using static Styrmodell.Tests.Evaluation.EvaluationFixture;
using Outcome = Styrmodell.Targets.Outcome;

namespace Styrmodell.Tests.Evaluation.Presets;

/// <summary>
/// Worked examples from Akvo RSR's own test suite (akvo/akvo-rsr), each naming the test it is taken from, run through
/// <see cref="EvaluationPresets.PooledPercentages"/>. An Akvo percentage period is the period evaluated; its updates are
/// ratio outcomes within it (scale 100); a child project's period contributes its update's parts, so the aggregation
/// examples pool (one-update check off) and the single-update examples keep the check on. Each asserts the fields the
/// source test asserts: the percentage (<c>actual_value</c>), <c>numerator</c> and <c>denominator</c>, or the error.
/// </summary>
public class AkvoTestSuiteExamples
{
    private static SteeringModelBuilder Period(params Outcome[] updates)
    {
        var builder = Builder()
            .AddNode(new Node("p", "ind", "Percentage indicator") { ParentId = "kf" })
            .AddIndicator(new Indicator("p", MeasureUnit.Ratio, Direction.HigherIsBetter)
            {
                Ratio = new RatioDefinition("numerator", "denominator", 100m),
                Targets = [new TargetValue(TargetScope.Year(2024), new AbsoluteLevel(100m), Kf)],
            });
        foreach (var update in updates)
        {
            builder.AddOutcome(update);
        }

        return builder;
    }

    private static Outcome Update(int month, decimal numerator, decimal denominator, OutcomeStatus status = OutcomeStatus.Final) =>
        new("p", ReportingPeriod.Month(2024, month), MeasuredValue.Ratio(numerator, denominator)) { Status = status };

    private static NodeResult Evaluate(SteeringModelBuilder builder, bool oneUpdatePerPeriod = true) =>
        GoalEvaluator.Evaluate(builder.Build(), Year2024, AsOf, EvaluationPresets.PooledPercentages(oneUpdatePerPeriod))["p"];

    private static (decimal? Value, decimal? Numerator, decimal? Denominator) Fields(NodeResult result)
    {
        var outcome = result.Explanation.Find<OutcomeStep>()!;
        return (result.Value, outcome.Numerator, outcome.Denominator);
    }

    [Fact]
    public void SetPeriodActualValue_40Of100_Is40Percent()
    {
        // test_aggregation.py, PercentageAggregationTestCase.test_should_set_period_actual_value: numerator 40,
        // denominator 100 → actual_value calculate_percentage(40, 100) = 40.00, numerator 40, denominator 100.
        var result = Evaluate(Period(Update(6, 40, 100)));

        Assert.Equal((40m, 40m, 100m), Fields(result));
        Assert.Equal(0.40, result.Score!.Value, 12);
    }

    [Fact]
    public void SecondUpdateOnAPercentagePeriod_IsRefused_NotPooled()
    {
        // test_aggregation.py, test_should_not_allow_multiple_updates: a second 4/6 update raises MultipleUpdateError.
        var result = Evaluate(Period(Update(3, 4, 6), Update(4, 4, 6)));

        Assert.Null(result.Value);
        Assert.Null(result.Score);
        var outcome = result.Explanation.Find<OutcomeStep>()!;
        Assert.Equal((OutcomeFinding.SeveralRatioOutcomes, 2), (outcome.Finding, outcome.Parts));
    }

    [Fact]
    public void OneUpdate_IsNotRefused_ByTheOneUpdateCheck()
    {
        // test_aggregation.py, test_should_not_allow_multiple_updates: the first 4/6 update is accepted: 66.67.
        var result = Evaluate(Period(Update(3, 4, 6)));

        Assert.Equal(OutcomeFinding.Pooled, result.Explanation.Find<OutcomeStep>()!.Finding);
        Assert.Equal(66.67m, Present(result, 4m / 6m * 100m));
    }

    [Fact]
    public void OneChildPeriod_IsCopiedToTheParent()
    {
        // test_aggregation.py, test_should_copy_child_period_value: the child's 6/10 becomes the parent's
        // actual_value 60.00, numerator 6, denominator 10 (the parent's own 5/10 is replaced).
        var result = Evaluate(Period(Update(5, 6, 10)), oneUpdatePerPeriod: false);

        Assert.Equal((60m, 6m, 10m), Fields(result));
    }

    [Fact]
    public void TwoChildPeriods_PoolTheirParts()
    {
        // test_aggregation.py, test_should_aggregate_child_indicators_values: two children of 6/10 each give
        // actual_value 60.00, numerator 12, denominator 20.
        var result = Evaluate(Period(Update(5, 6, 10), Update(7, 6, 10)), oneUpdatePerPeriod: false);

        Assert.Equal((60m, 12m, 20m), Fields(result));
        Assert.Equal(2, result.Explanation.Find<OutcomeStep>()!.Parts);
    }

    [Fact]
    public void ExcludedChild_LeavesOnlyTheOtherChildsParts()
    {
        // test_aggregation.py, test_should_not_aggregate_excluded_child_period_values: one child of two aggregates
        // (aggregate_to_parent off for the other): 60.00, numerator 6, denominator 10. The excluded child's update
        // is not an outcome of the parent here.
        var result = Evaluate(Period(Update(5, 6, 10)), oneUpdatePerPeriod: false);

        Assert.Equal((60m, 6m, 10m), Fields(result));
    }

    [Fact]
    public void TwoPercentageUpdates_PoolNumeratorsAndDenominators()
    {
        // test_disaggregation_aggregation.py, test_aggregate_percentages_to_period: updates 50/100 and 30/100 on one
        // period; each disaggregation's numerator and denominator are summed (type 1: 20 + 15 over 50 + 50). The
        // period's total is pooled the same way: 80/200 = 40 %.
        var result = Evaluate(Period(Update(2, 50, 100), Update(3, 30, 100)), oneUpdatePerPeriod: false);

        Assert.Equal((40m, 80m, 200m), Fields(result));
    }

    [Fact]
    public void TypeOneDisaggregation_PoolsLikeTheTotal()
    {
        // test_disaggregation_aggregation.py, test_aggregate_percentages_to_period: type 1's parts 20/50 and 15/50
        // pool to numerator 35, denominator 100 (an indicator per disaggregation here).
        var result = Evaluate(Period(Update(2, 20, 50), Update(3, 15, 50)), oneUpdatePerPeriod: false);

        Assert.Equal((35m, 35m, 100m), Fields(result));
    }

    [Fact]
    public void UnapprovedUpdate_IsNotAggregated()
    {
        // test_disaggregation_aggregation.py, test_should_not_aggregate_unapproved_updates: a pending update leaves
        // the period's value None. Drafts are left out and counted.
        var result = Evaluate(Period(Update(4, 20, 50, OutcomeStatus.Draft)));

        Assert.Null(result.Value);
        var outcome = result.Explanation.Find<OutcomeStep>()!;
        Assert.Equal((OutcomeFinding.Missing, 1), (outcome.Finding, outcome.DraftsLeftOut));
    }

    [Fact]
    public void UnapprovedUpdate_BesideAnApprovedOne_IsNeitherPooledNorASecondUpdate()
    {
        // test_disaggregation_aggregation.py, test_should_not_aggregate_unapproved_updates, with an approved update
        // beside the pending one: only approved updates count (period.approved_updates), so 6/10 = 60 % alone.
        var result = Evaluate(Period(Update(4, 6, 10), Update(5, 20, 50, OutcomeStatus.Draft)));

        Assert.Equal((60m, 6m, 10m), Fields(result));
        Assert.Equal(1, result.Explanation.Find<OutcomeStep>()!.DraftsLeftOut);
    }

    [Fact]
    public void Drafts_CountWhenTheOptionIsOff()
    {
        // The same pending update with ExcludeDrafts off: pooled like any other, 26/60.
        var options = EvaluationPresets.PooledPercentages(oneUpdatePerPeriod: false) with { ExcludeDrafts = false };
        var result = GoalEvaluator.Evaluate(Period(Update(4, 6, 10), Update(5, 20, 50, OutcomeStatus.Draft)).Build(), Year2024, AsOf, options)["p"];

        Assert.Equal((26m / 60m * 100m, 26m, 60m), Fields(result));
    }

    private static decimal Present(NodeResult result, decimal expected)
    {
        Assert.Equal(expected, result.Value);
        return new Rounding(RoundingMode.HalfToEven, 2).Round(result.Value!.Value);
    }
}
