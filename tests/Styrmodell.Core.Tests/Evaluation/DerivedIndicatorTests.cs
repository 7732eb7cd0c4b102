using Styrmodell.Evaluation;
using Styrmodell.Targets;
using static Styrmodell.Tests.Evaluation.DerivedIndicators;
using static Styrmodell.Tests.Evaluation.EvaluationFixture;

namespace Styrmodell.Tests.Evaluation;

/// <summary>A derived indicator is scored like a reported one: forecasts, drafts and chains of derived indicators.</summary>
public class DerivedIndicatorTests
{
    [Fact]
    public void DerivedValue_IsScoredAgainstItsOwnTarget()
    {
        // 30 + 40 = 70 against a target of ≥ 100: 70 % of the target.
        var result = Evaluate(WithDerived(new Formula.Sum(Val("a"), Val("b")), ("a", 30m), ("b", 40m)));

        Assert.Equal(70m, result.Value);
        Assert.Equal(0.7, result.Score!.Value, 10);
        Assert.Equal([ExplanationStepKind.Formula, ExplanationStepKind.Target, ExplanationStepKind.Score], result.Explanation.Steps.Select(s => s.Kind));
    }

    [Fact]
    public void AMissingRequiredInput_LeavesTheIndicatorNotAssessed_ForWantOfAnOutcome()
    {
        var result = Evaluate(WithDerived(new Formula.Sum(Val("a"), Val("b")), ("a", 30m), ("b", null)));

        Assert.Null(result.Score);
        Assert.Equal(NotAssessedReason.NoOutcome, result.Explanation.Find<NotAssessedStep>()!.Reason);
        Assert.Equal(["b"], result.Explanation.Find<FormulaStep>()!.MissingRequired);
    }

    [Fact]
    public void AForecastInput_MakesTheDerivedValueAForecast()
    {
        var builder = WithDerived(new Formula.Sum(Val("a"), Val("b")), ("a", 30m), ("b", null)).AddOutcome("b", 40m, forecast: true);

        var result = Evaluate(builder, EvaluationOptions.Default with { UseForecasts = true });

        Assert.Equal(70m, result.Value);
        Assert.True(result.IsForecast);
        var step = result.Explanation.Find<FormulaStep>()!;
        Assert.True(step.IsForecast);
        Assert.Equal([false, true], step.Inputs.Select(i => i.IsForecast));
    }

    [Fact]
    public void ADraftInput_IsLeftOut_AsARawOutcomeWouldBe()
    {
        var builder = WithDerived(new Formula.Sum(Val("a"), OptVal("b")), ("a", 30m), ("b", null)).AddOutcome("b", 40m, status: OutcomeStatus.Draft);

        var result = Evaluate(builder);

        Assert.Equal(30m, result.Value);
        Assert.Equal(["b"], result.Explanation.Find<FormulaStep>()!.MissingOptional);
    }

    [Fact]
    public void ADerivedInput_IsComputedInTurn()
    {
        // s = a + b = 30; d = 2 × s = 60.
        var builder = WithDerived(new Formula.Product(C(2m), Val("s")), ("a", 10m), ("b", 20m))
            .AddNode(new Styrmodell.Model.Node("s", "ind", "s") { ParentId = "kf" })
            .AddIndicator(new Indicator("s", MeasureUnit.Count, Direction.HigherIsBetter) { Formula = new Formula.Sum(Val("a"), Val("b")) });

        var result = Evaluate(builder);

        Assert.Equal(60m, result.Value);
        var input = Assert.Single(result.Explanation.Find<FormulaStep>()!.Inputs);
        Assert.Equal(("s", (decimal?)30m, true), (input.IndicatorId, input.Value, input.IsDerived));
    }

    [Fact]
    public void ARatioInput_IsReadAsItsScaledValue()
    {
        var builder = WithDerived(new Formula.Product(C(2m), Val("p")))
            .AddNode(new Styrmodell.Model.Node("p", "ind", "p") { ParentId = "kf" })
            .AddIndicator(new Indicator("p", MeasureUnit.Ratio, Direction.HigherIsBetter) { Ratio = new RatioDefinition("n", "m", 100m) })
            .AddOutcome(new Outcome("p", Year2024, MeasuredValue.Ratio(1m, 4m)));

        Assert.Equal(50m, Evaluate(builder).Value);
    }

    [Fact]
    public void AMissingDerivedOutcome_CountsAtTheBaseline_WhenSoConfigured()
    {
        var builder = WithDerived(Val("a"), ("a", null));

        var result = Evaluate(builder, EvaluationOptions.Default with { MissingOutcome = MissingOutcomePolicy.AtBaseline });

        Assert.Equal(NotAssessedReason.NoBaselineToCountAt, result.Explanation.Find<NotAssessedStep>()!.Reason);
    }

    [Fact]
    public void Reevaluating_AfterAnInputsOutcomeChanges_RecomputesTheDerivedIndicators_AsAFullEvaluationDoes()
    {
        // d = 2 × s, s = a + b: neither is linked to a, so only their formulas tie them to it.
        var model = WithDerived(new Formula.Product(C(2m), Val("s")), ("a", 10m), ("b", 20m))
            .AddNode(new Styrmodell.Model.Node("s", "ind", "s") { ParentId = "kf" })
            .AddIndicator(new Indicator("s", MeasureUnit.Count, Direction.HigherIsBetter) { Formula = new Formula.Sum(Val("a"), Val("b")) })
            .Build();
        var previous = GoalEvaluator.Evaluate(model, Year2024, AsOf);
        var changed = model.WithOutcome(new Outcome("a", Year2024, MeasuredValue.Of(40m)));

        var again = GoalEvaluator.Reevaluate(previous, changed, ["a"]);

        // kf: the weighted mean of a (40 of ≥ 100), b (20 of 100) and d (120 of 100, full); s has no target.
        Assert.Equal(120m, again["d"].Value);
        Assert.Equal((0.4 + 0.2 + 1.0) / 3, again["kf"].Score!.Value, 10);
        Assert.Equal(GoalEvaluator.Evaluate(changed, Year2024, AsOf)["kf"].Score, again["kf"].Score);
    }
}
