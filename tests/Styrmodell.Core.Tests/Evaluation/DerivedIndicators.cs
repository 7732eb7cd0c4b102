using Styrmodell.Evaluation;
using Styrmodell.Model;
using Styrmodell.Targets;
using static Styrmodell.Tests.Evaluation.EvaluationFixture;
using Outcome = Styrmodell.Targets.Outcome;

namespace Styrmodell.Tests.Evaluation;

/// <summary>Terse builders for models with a derived indicator "d" under the KF goal.</summary>
internal static class DerivedIndicators
{
    public static Formula.Input Val(string id) => new(id);

    public static Formula.Input OptVal(string id) => new(id, isOptional: true);

    public static Formula.Constant C(decimal value) => new(value);

    public static FormulaCondition.Comparison Compare(Formula left, ComparisonOperator op, Formula right) => new(left, op, right);

    /// <summary>Inputs with their 2024 outcomes (null: none), each an indicator of its own, and "d" derived by <paramref name="formula"/>.</summary>
    public static SteeringModelBuilder WithDerived(Formula formula, params (string Id, decimal? Value)[] inputs)
    {
        var builder = Builder();
        foreach (var (id, value) in inputs)
        {
            builder.Indicator(id, Direction.HigherIsBetter, 100m, value);
        }

        return builder.AddNode(new Node("d", "ind", "Derived") { ParentId = "kf" })
            .AddIndicator(new Indicator("d", MeasureUnit.Count, Direction.HigherIsBetter)
            {
                Formula = formula,
                Targets = [new TargetValue(TargetScope.Year(2024), new AbsoluteLevel(100m), Kf)],
            });
    }

    public static NodeResult Evaluate(SteeringModelBuilder builder, EvaluationOptions? options = null, string id = "d") =>
        GoalEvaluator.Evaluate(builder.Build(), Year2024, AsOf, options)[id];

    /// <summary>The derived indicator's value for 2024 and its formula step.</summary>
    public static (decimal? Value, FormulaStep Step) Derive(Formula formula, params (string Id, decimal? Value)[] inputs)
    {
        var result = Evaluate(WithDerived(formula, inputs));
        return (result.Value, result.Explanation.Find<FormulaStep>()!);
    }

    public static SteeringModelBuilder AddOutcome(this SteeringModelBuilder builder, string id, decimal value, bool forecast = false, OutcomeStatus status = OutcomeStatus.Final) =>
        builder.AddOutcome(new Outcome(id, Year2024, MeasuredValue.Of(value)) { IsForecast = forecast, Status = status });
}
