using Styrmodell.Evaluation;
using Styrmodell.Model;
using Styrmodell.Targets;
using Styrmodell.Time;
using static Styrmodell.Tests.Evaluation.EvaluationFixture;
using static Styrmodell.Tests.Evaluation.Presets.AkvoProjects;
using Outcome = Styrmodell.Targets.Outcome;

namespace Styrmodell.Tests.Evaluation.Presets;

/// <summary>
/// Worked examples of Akvo RSR's aggregation of child projects' periods into their parent's, from
/// <c>akvo/rsr/tests/results_framework/test_aggregation.py</c> and <c>test_disaggregation_aggregation.py</c>, run through
/// <see cref="EvaluationPresets.PooledPercentages"/>. A child project's indicator is a contributor of its parent's
/// (<see cref="Indicator.Contributors"/>); a child whose project does not aggregate to its parent is not named. A figure
/// set on the parent's period is the parent's own outcome for the year; an update is a month's outcome. Each example
/// asserts what the Akvo test asserts: <c>actual_value</c>, <c>numerator</c>, <c>denominator</c>, or each period
/// disaggregation's <c>value</c>.
/// </summary>
public class AkvoContributionExamples
{
    private static EvaluationOptions Options(bool includeOwnOutcome) =>
        EvaluationPresets.PooledPercentages(oneUpdatePerPeriod: false) with { IncludeOwnOutcome = includeOwnOutcome };

    private static EvaluationResult Evaluate(SteeringModelBuilder builder, bool includeOwnOutcome = true) =>
        GoalEvaluator.Evaluate(builder.Build(), Year2024, AsOf, Options(includeOwnOutcome));

    private static SteeringModelBuilder Ratios(params string[] children)
    {
        var builder = Builder();
        foreach (var child in children)
        {
            builder.AddIndicatorNode(child, MeasureUnit.Ratio);
        }

        return builder.AddIndicatorNode("p", MeasureUnit.Ratio, children);
    }

    private static SteeringModelBuilder Counts(params string[] children)
    {
        var builder = Builder();
        foreach (var child in children)
        {
            builder.AddIndicatorNode(child, MeasureUnit.Count);
        }

        return builder.AddIndicatorNode("p", MeasureUnit.Count, children);
    }

    private static (decimal? Value, decimal? Numerator, decimal? Denominator) Fields(EvaluationResult result, string id = "p")
    {
        var outcome = result[id].Explanation.Find<OutcomeStep>()!;
        return (result[id].Value, outcome.Numerator, outcome.Denominator);
    }

    private static (int Count, decimal? Type1, decimal? Type2) Disaggregated(EvaluationResult result, string id)
    {
        var pooled = result[id].Explanation.Find<OutcomeStep>()!.Disaggregations;
        return (pooled.Count, pooled.Single(d => d.ValueId == "type-1").Value, pooled.Single(d => d.ValueId == "type-2").Value);
    }

    private static readonly ReportingPeriod June = ReportingPeriod.Month(2024, 6);

    [Fact]
    public void Percentage_CopyChildPeriodValue_ReplacesTheParentsOwn()
    {
        // test_aggregation.py, PercentageAggregationTestCase.test_should_copy_child_period_value: the parent's period
        // has 5/10 set; one child's update 6/10 → actual_value calculate_percentage(6, 10) = 60, numerator 6,
        // denominator 10. The parent's figure is replaced: IncludeOwnOutcome off.
        var result = Evaluate(Ratios("c1").Ratio("p", Year2024, 5, 10).Ratio("c1", June, 6, 10), includeOwnOutcome: false);

        Assert.Equal((60m, 6m, 10m), Fields(result));
        Assert.Equal(1, result["p"].Explanation.Find<OutcomeStep>()!.Contributors);
    }

    [Fact]
    public void Percentage_AggregateChildIndicatorsValues_ReplacesTheParentsOwn()
    {
        // test_aggregation.py, PercentageAggregationTestCase.test_should_aggregate_child_indicators_values: parent 5/10
        // set, two children's updates of 6/10 → 60, numerator 6 × 2, denominator 10 × 2.
        var result = Evaluate(Ratios("c1", "c2").Ratio("p", Year2024, 5, 10).Ratio("c1", June, 6, 10).Ratio("c2", June, 6, 10), includeOwnOutcome: false);

        Assert.Equal((60m, 12m, 20m), Fields(result));
        var outcome = result["p"].Explanation.Find<OutcomeStep>()!;
        Assert.Equal((OutcomeFinding.Pooled, 2, 2), (outcome.Finding, outcome.Parts, outcome.Contributors));
    }

    [Fact]
    public void Percentage_TheOtherReading_AddsTheParentsOwnToItsChildren()
    {
        // The same data with IncludeOwnOutcome on (the reading of test_sum_local_and_aggregated_updates): 5 + 6 + 6 over
        // 10 + 10 + 10.
        var result = Evaluate(Ratios("c1", "c2").Ratio("p", Year2024, 5, 10).Ratio("c1", June, 6, 10).Ratio("c2", June, 6, 10));

        Assert.Equal((17m / 30m * 100m, 17m, 30m), Fields(result));
    }

    [Fact]
    public void Percentage_ExcludedChildPeriod_IsNotAdded()
    {
        // test_aggregation.py, PercentageAggregationTestCase.test_should_not_aggregate_excluded_child_period_values: child
        // 2 does not aggregate to its parent (not a contributor); each child 6/10 → 60, numerator 6, denominator 10.
        var result = Evaluate(Ratios("c1").AddIndicatorNode("c2", MeasureUnit.Ratio).Ratio("c1", June, 6, 10).Ratio("c2", June, 6, 10));

        Assert.Equal((60m, 6m, 10m), Fields(result));
    }

    [Fact]
    public void Percentage_ParentNotAggregatingChildren_KeepsItsOwn()
    {
        // test_aggregation.py, PercentageAggregationTestCase.test_should_not_aggregate_child_period_value: the parent does
        // not aggregate its children (names no contributors); its own 5/10 stays: 50, numerator 5, denominator 10.
        var result = Evaluate(Builder().AddIndicatorNode("c1", MeasureUnit.Ratio).AddIndicatorNode("p", MeasureUnit.Ratio)
            .Ratio("p", Year2024, 5, 10).Ratio("c1", June, 6, 10));

        Assert.Equal((50m, 5m, 10m), Fields(result));
    }

    [Fact]
    public void Unit_CopyChildPeriodValue_ReplacesTheParentsOwn()
    {
        // test_aggregation.py, UnitAggregationTestCase.test_should_copy_child_period_value: parent 5 set, child update
        // 10 → actual_value 10.
        var result = Evaluate(Counts("c1").Value("p", Year2024, 5).Value("c1", June, 10), includeOwnOutcome: false);

        Assert.Equal(10m, result["p"].Value);
        Assert.Equal(OutcomeFinding.Summed, result["p"].Explanation.Find<OutcomeStep>()!.Finding);
    }

    [Fact]
    public void Unit_AggregateChildIndicatorsValues_SumsThem()
    {
        // test_aggregation.py, UnitAggregationTestCase.test_should_aggregate_child_indicators_values: two children's
        // updates of 5 → actual_value 5 × 2.
        var result = Evaluate(Counts("c1", "c2").Value("c1", June, 5).Value("c2", June, 5));

        Assert.Equal(10m, result["p"].Value);
        Assert.Equal(2, result["p"].Explanation.Find<OutcomeStep>()!.Parts);
    }

    [Fact]
    public void Unit_ExcludedChildPeriod_IsNotAdded()
    {
        // test_aggregation.py, UnitAggregationTestCase.test_should_not_aggregate_excluded_child_period_values: child 2
        // does not aggregate to its parent → 5.
        var result = Evaluate(Counts("c1").AddIndicatorNode("c2", MeasureUnit.Count).Value("c1", June, 5).Value("c2", June, 5));

        Assert.Equal(5m, result["p"].Value);
    }

    [Fact]
    public void Disaggregation_AggregateChildPeriodToParent_SumsBothChildren()
    {
        // test_disaggregation_aggregation.py, test_aggregate_child_period_to_parent: child 1 (20, 30), child 2 (15, 15) →
        // the parent's Type 1 20 + 15, Type 2 30 + 15.
        var result = Evaluate(Counts("c1", "c2").Update("c1", 3, null, 20, 30).Update("c2", 4, null, 15, 15));

        Assert.Equal((2, 35m, 45m), Disaggregated(result, "p"));
    }

    [Fact]
    public void Disaggregation_MultiLevelHierarchy_ReachesEveryLevel()
    {
        // test_disaggregation_aggregation.py, test_aggregate_multi_level_hierarchy: the grandchild's updates (20, 30) and
        // (15, 15) give 20 + 15 and 30 + 15 at the grandchild, the child and the parent, two disaggregations each.
        var builder = Builder().AddIndicatorNode("gc", MeasureUnit.Count).AddIndicatorNode("c", MeasureUnit.Count, "gc")
            .AddIndicatorNode("p", MeasureUnit.Count, "c").Update("gc", 3, null, 20, 30).Update("gc", 4, null, 15, 15);

        var result = Evaluate(builder);

        Assert.All(new[] { "gc", "c", "p" }, id => Assert.Equal((2, 35m, 45m), Disaggregated(result, id)));
    }

    [Fact]
    public void Disaggregation_SumLocalAndAggregatedUpdates_AddsTheChildsOwn()
    {
        // test_disaggregation_aggregation.py, test_sum_local_and_aggregated_updates: the grandchild's update (20, 30) and
        // the child's own (15, 15): grandchild 20 and 30; child 20 + 15 and 30 + 15; parent the same. IncludeOwnOutcome on.
        var builder = Builder().AddIndicatorNode("gc", MeasureUnit.Count).AddIndicatorNode("c", MeasureUnit.Count, "gc")
            .AddIndicatorNode("p", MeasureUnit.Count, "c").Update("gc", 3, null, 20, 30).Update("c", 4, null, 15, 15);

        var result = Evaluate(builder);

        Assert.Equal((2, 20m, 30m), Disaggregated(result, "gc"));
        Assert.Equal((2, 35m, 45m), Disaggregated(result, "c"));
        Assert.Equal((2, 35m, 45m), Disaggregated(result, "p"));
    }

    [Fact]
    public void Disaggregation_AmendOnTheLowestLevel_Case1()
    {
        // test_disaggregation_aggregation.py, test_amend_on_the_lowest_level_case1: grandchildren 1 and 2 under one child;
        // grandchild 1's updates (20, 30) and (15, 15), the second's Type 1 amended to 20; grandchild 2 (30, 30). Parent and
        // child: Type 1 20 + 15 + 30 + (−15 + 20), Type 2 30 + 15 + 30. The amended update is its outcome as amended.
        var builder = Builder().AddIndicatorNode("gc1", MeasureUnit.Count).AddIndicatorNode("gc2", MeasureUnit.Count)
            .AddIndicatorNode("c", MeasureUnit.Count, "gc1", "gc2").AddIndicatorNode("p", MeasureUnit.Count, "c")
            .Update("gc1", 3, null, 20, 30).Update("gc1", 4, null, 20, 15).Update("gc2", 5, null, 30, 30);

        var result = Evaluate(builder);

        Assert.Equal((2, 20m + 15m + 30m + (-15m + 20m), 30m + 15m + 30m), Disaggregated(result, "p"));
        Assert.Equal((2, 20m + 15m + 30m + (-15m + 20m), 30m + 15m + 30m), Disaggregated(result, "c"));
    }

    [Fact]
    public void Disaggregation_AmendOnTheLowestLevel_Case2()
    {
        // test_disaggregation_aggregation.py, test_amend_on_the_lowest_level_case2: grandchild 1 under child 1, grandchild
        // 2 under child 2, the same updates and amendment. Parent: Type 1 20 + 15 + 30 + (−15 + 20), Type 2 30 + 15 + 30;
        // child 1: 20 + 15 + (−15 + 20) and 30 + 15; child 2: 30 and 30.
        var builder = Builder().AddIndicatorNode("gc1", MeasureUnit.Count).AddIndicatorNode("gc2", MeasureUnit.Count)
            .AddIndicatorNode("c1", MeasureUnit.Count, "gc1").AddIndicatorNode("c2", MeasureUnit.Count, "gc2").AddIndicatorNode("p", MeasureUnit.Count, "c1", "c2")
            .Update("gc1", 3, null, 20, 30).Update("gc1", 4, null, 20, 15).Update("gc2", 5, null, 30, 30);

        var result = Evaluate(builder);

        Assert.Equal((2, 20m + 15m + 30m + (-15m + 20m), 30m + 15m + 30m), Disaggregated(result, "p"));
        Assert.Equal((2, 20m + 15m + (-15m + 20m), 30m + 15m), Disaggregated(result, "c1"));
        Assert.Equal((2, 30m, 30m), Disaggregated(result, "c2"));
    }

    [Fact]
    public void Disaggregation_DeleteOnTheLowestLevel()
    {
        // test_disaggregation_aggregation.py, test_delete_on_the_lowest_level: grandchild 1 (under child 1) had updates
        // (20, 30) and (15, 15), the second deleted; grandchild 2 (under child 2) (30, 30). Parent: 20 + 15 + 30 + (−15) and
        // 30 + 15 + 30 + (−15); child 1: 20 + 15 + (−15) and 30 + 15 + (−15). A deleted update is no outcome.
        var builder = Builder().AddIndicatorNode("gc1", MeasureUnit.Count).AddIndicatorNode("gc2", MeasureUnit.Count)
            .AddIndicatorNode("c1", MeasureUnit.Count, "gc1").AddIndicatorNode("c2", MeasureUnit.Count, "gc2").AddIndicatorNode("p", MeasureUnit.Count, "c1", "c2")
            .Update("gc1", 3, null, 20, 30).Update("gc2", 5, null, 30, 30);

        var result = Evaluate(builder);

        Assert.Equal((2, 20m + 15m + 30m + (-15m), 30m + 15m + 30m + (-15m)), Disaggregated(result, "p"));
        Assert.Equal((2, 20m + 15m + (-15m), 30m + 15m + (-15m)), Disaggregated(result, "c1"));
    }

    [Fact]
    public void Disaggregation_UnapprovedChildUpdate_ReachesNoLevel()
    {
        // test_disaggregation_aggregation.py, test_should_not_aggregate_unapproved_updates: the child's pending update
        // (20, 30): the parent's and the child's two disaggregations have value None.
        var result = Evaluate(Counts("c").Update("c", 4, null, 20, 30, OutcomeStatus.Draft));

        foreach (var id in new[] { "p", "c" })
        {
            var pooled = result[id].Explanation.Find<OutcomeStep>()!.Disaggregations;
            Assert.Equal(2, pooled.Count);
            Assert.All(pooled, d => Assert.Equal((null, 1), (d.Value, d.DraftsLeftOut)));
        }
    }

    [Fact]
    public void Incremental_AChildsNewOutcome_ReachesItsParent()
    {
        // Equal to a full evaluation (GoalEvaluator.Reevaluate): the parent sits beside its child, not above it, so only
        // the contribution links it to the change.
        var model = Ratios("c1", "c2").Ratio("c1", June, 6, 10).Ratio("c2", June, 6, 10).Build();
        var before = GoalEvaluator.Evaluate(model, Year2024, AsOf, Options(includeOwnOutcome: true));

        var after = before.WithOutcome(new Outcome("c2", June, MeasuredValue.Ratio(4, 10)));

        Assert.Equal(50m, after["p"].Value);
        Assert.Equal(after["p"].Value, GoalEvaluator.Evaluate(after.Model, Year2024, AsOf, after.Options)["p"].Value);
    }
}
