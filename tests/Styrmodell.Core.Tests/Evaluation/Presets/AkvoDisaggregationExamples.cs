using Styrmodell.Evaluation;
using Styrmodell.Model;
using Styrmodell.Targets;
using Styrmodell.Time;
using static Styrmodell.Tests.Evaluation.EvaluationFixture;
using static Styrmodell.Tests.Evaluation.Presets.AkvoProjects;
using Outcome = Styrmodell.Targets.Outcome;

namespace Styrmodell.Tests.Evaluation.Presets;

/// <summary>
/// The project of Akvo's <c>AggregateDisaggregationToParentTestCase</c>: indicators with dimension "Category 1" (values
/// "Type 1" and "Type 2") and updates as month outcomes, as <c>util.create_period_update</c> makes them.
/// </summary>
internal static class AkvoProjects
{
    public static readonly DisaggregationDimension Category = new("category-1", "Category 1")
    {
        Values = [new DisaggregationValue("type-1", "Type 1"), new DisaggregationValue("type-2", "Type 2")],
    };

    internal static SteeringModelBuilder Project(MeasureUnit unit, string id = "p") =>
        Builder().AddIndicatorNode(id, unit);

    internal static SteeringModelBuilder AddIndicatorNode(this SteeringModelBuilder builder, string id, MeasureUnit unit, params string[] contributors) =>
        builder.AddNode(new Node(id, "ind", id) { ParentId = "kf" })
            .AddIndicator(new Indicator(id, unit, Direction.HigherIsBetter)
            {
                Ratio = unit == MeasureUnit.Ratio ? new RatioDefinition("numerator", "denominator", 100m) : null,
                Targets = [new TargetValue(TargetScope.Year(2024), new AbsoluteLevel(100m), Kf)],
                Dimensions = [Category],
                Contributors = [.. contributors],
            });

    internal static SteeringModelBuilder Ratio(this SteeringModelBuilder builder, string id, ReportingPeriod period, decimal numerator, decimal denominator) =>
        builder.AddOutcome(new Outcome(id, period, MeasuredValue.Ratio(numerator, denominator)));

    internal static SteeringModelBuilder Value(this SteeringModelBuilder builder, string id, ReportingPeriod period, decimal value) =>
        builder.AddOutcome(new Outcome(id, period, MeasuredValue.Of(value)));

    /// <summary>An update of a unit indicator: its total and its two disaggregations, as <c>util.create_period_update</c> makes one.</summary>
    internal static SteeringModelBuilder Update(this SteeringModelBuilder builder, string id, int month, decimal? total, decimal type1, decimal type2, OutcomeStatus status = OutcomeStatus.Final)
    {
        var period = ReportingPeriod.Month(2024, month);
        if (total is { } value)
        {
            builder.AddOutcome(new Outcome(id, period, MeasuredValue.Of(value)) { Status = status });
        }

        return builder
            .AddOutcome(new Outcome(id, period, MeasuredValue.Of(type1)) { Disaggregation = new("category-1", "type-1"), Status = status })
            .AddOutcome(new Outcome(id, period, MeasuredValue.Of(type2)) { Disaggregation = new("category-1", "type-2"), Status = status });
    }
}

/// <summary>
/// Worked examples from Akvo RSR's <c>akvo/rsr/tests/results_framework/test_disaggregation_aggregation.py</c>
/// (<c>AggregateDisaggregationToParentTestCase</c>), run through <see cref="EvaluationPresets.PooledPercentages"/>. The
/// test's indicator has dimension "Category 1" with values "Type 1" and "Type 2"; an Akvo period is the year evaluated and
/// each update is a month's outcome within it, its disaggregations outcomes of the same month. Each example asserts what
/// the Akvo test asserts: the number of period disaggregations and each one's <c>value</c> (or numerator and denominator).
/// </summary>
public class AkvoDisaggregationExamples
{
    private static EvaluationResult Evaluate(SteeringModelBuilder builder, bool oneUpdatePerPeriod = true) =>
        GoalEvaluator.Evaluate(builder.Build(), Year2024, AsOf, EvaluationPresets.PooledPercentages(oneUpdatePerPeriod));

    private static Collections.EquatableArray<DisaggregationOutcome> Disaggregations(EvaluationResult result, string id = "p") =>
        result[id].Explanation.Find<OutcomeStep>()!.Disaggregations;

    private static decimal? ValueOf(Collections.EquatableArray<DisaggregationOutcome> pooled, string type) =>
        pooled.Single(d => d.ValueLabel == type).Value;

    [Fact]
    public void AggregateToPeriod_SumsEachTypesValues()
    {
        // test_aggregate_to_period: updates of 50 (Type 1 20, Type 2 30) and 30 (15, 15) on one period give two period
        // disaggregations, Type 1 = 20 + 15 and Type 2 = 30 + 15.
        var pooled = Disaggregations(Evaluate(Project(MeasureUnit.Count).Update("p", 2, 50, 20, 30).Update("p", 3, 30, 15, 15)));

        Assert.Equal(2, pooled.Count);
        Assert.Equal(20m + 15m, ValueOf(pooled, "Type 1"));
        Assert.Equal(30m + 15m, ValueOf(pooled, "Type 2"));
        Assert.All(pooled, d => Assert.Equal(2, d.Parts));
    }

    [Fact]
    public void AggregatePercentagesToPeriod_SumsNumeratorsAndDenominators_WithoutAPercentage()
    {
        // test_aggregate_percentages_to_period: updates 50/100 (Type 1 20/50, Type 2 30/50) and 30/100 (15/50, 15/50):
        // Type 1 numerator 20 + 15, denominator 50 + 50; Type 2 numerator 30 + 15, denominator 50 + 50.
        var builder = Project(MeasureUnit.Ratio);
        foreach (var (month, total, type1, type2) in new[] { (2, (50m, 100m), (20m, 50m), (30m, 50m)), (3, (30m, 100m), (15m, 50m), (15m, 50m)) })
        {
            var period = ReportingPeriod.Month(2024, month);
            builder.AddOutcome(new Outcome("p", period, MeasuredValue.Ratio(total.Item1, total.Item2)))
                .AddOutcome(new Outcome("p", period, MeasuredValue.Ratio(type1.Item1, type1.Item2)) { Disaggregation = new("category-1", "type-1") })
                .AddOutcome(new Outcome("p", period, MeasuredValue.Ratio(type2.Item1, type2.Item2)) { Disaggregation = new("category-1", "type-2") });
        }

        var result = Evaluate(builder, oneUpdatePerPeriod: false);
        var pooled = Disaggregations(result);

        Assert.Equal(2, pooled.Count);
        var (first, second) = (pooled.Single(d => d.ValueId == "type-1"), pooled.Single(d => d.ValueId == "type-2"));
        Assert.Equal((20m + 15m, 50m + 50m), (first.Numerator, first.Denominator));
        Assert.Equal((30m + 15m, 50m + 50m), (second.Numerator, second.Denominator));
        Assert.All(pooled, d => Assert.Null(d.Value)); // no percentage per disaggregation, as in Akvo
        Assert.Equal((80m, 200m), (result["p"].Explanation.Find<OutcomeStep>()!.Numerator, result["p"].Explanation.Find<OutcomeStep>()!.Denominator));
    }

    [Fact]
    public void UnapprovedUpdate_LeavesBothDisaggregationsWithoutValue()
    {
        // test_should_not_aggregate_unapproved_updates: a pending update (Type 1 20, Type 2 30) leaves the period with two
        // disaggregations whose value is None (the child period's are None too).
        var pooled = Disaggregations(Evaluate(Project(MeasureUnit.Count).Update("p", 4, null, 20, 30, OutcomeStatus.Draft)));

        Assert.Equal(2, pooled.Count);
        Assert.All(pooled, d => Assert.Equal((null, 0, 1), (d.Value, d.Parts, d.DraftsLeftOut)));
    }

    [Theory]
    [InlineData("test_project_with_aggregate_to_parent_off")]
    [InlineData("test_project_with_aggregate_children_off")]
    public void ChildNotAggregated_KeepsItsValues_AndTheParentHasNone(string akvoTest)
    {
        // test_project_with_aggregate_to_parent_off / test_project_with_aggregate_children_off: the child's update (20, 30)
        // stays in the child period (Type 1 20, Type 2 30); the parent period gets no disaggregation. Either switch off means
        // the child is not the parent's contributor here; the parent still lists its two values, with no outcome (Akvo
        // creates no row for them).
        var result = Evaluate(Project(MeasureUnit.Count).AddIndicatorNode("child", MeasureUnit.Count).Update("child", 5, null, 20, 30));

        var child = Disaggregations(result, "child");
        Assert.Equal((2, 20m, 30m), (child.Count, ValueOf(child, "Type 1"), ValueOf(child, "Type 2")));
        Assert.All(Disaggregations(result, "p"), d => Assert.Equal((null, null, null, 0), (d.Value, d.Numerator, d.Denominator, d.Parts)));
        Assert.NotEmpty(akvoTest);
    }

    [Fact]
    public void AggregateMultiplePeriods_EachPeriodKeepsItsOwnUpdates()
    {
        // test_aggregate_multiple_periods: period 1's update (20, 30) and period 2's (15, 15) stay in their periods: period
        // 1 has Type 1 20, Type 2 30; period 2 has 15 and 15. The two periods are 2024's halves here.
        var model = Project(MeasureUnit.Count).Update("p", 3, null, 20, 30).Update("p", 9, null, 15, 15).Build();
        Collections.EquatableArray<DisaggregationOutcome> In(ReportingPeriod period) =>
            Disaggregations(GoalEvaluator.Evaluate(model, period, AsOf, EvaluationPresets.PooledPercentages()));

        var first = In(ReportingPeriod.Custom(new(2024, 1, 1), new(2024, 6, 30)));
        var second = In(ReportingPeriod.Custom(new(2024, 7, 1), new(2024, 12, 31)));

        Assert.Equal((2, 20m, 30m), (first.Count, ValueOf(first, "Type 1"), ValueOf(first, "Type 2")));
        Assert.Equal((2, 15m, 15m), (second.Count, ValueOf(second, "Type 1"), ValueOf(second, "Type 2")));
    }

    [Fact]
    public void TheTotal_IsAssessedAsIfTheDisaggregationsWereNotThere()
    {
        // The total's own outcome for the year is what is scored; its parts do not take its key (MeasurementIndex).
        var builder = Project(MeasureUnit.Count)
            .AddOutcome(new Outcome("p", Year2024, MeasuredValue.Of(80m)))
            .AddOutcome(new Outcome("p", Year2024, MeasuredValue.Of(35m)) { Disaggregation = new("category-1", "type-1") })
            .AddOutcome(new Outcome("p", Year2024, MeasuredValue.Of(45m)) { Disaggregation = new("category-1", "type-2") });

        var result = Evaluate(builder)["p"];

        Assert.Equal(80m, result.Value);
        Assert.Equal(OutcomeFinding.Measured, result.Explanation.Find<OutcomeStep>()!.Finding);
        Assert.Equal(0.8, result.Score!.Value, 12);
    }
}
