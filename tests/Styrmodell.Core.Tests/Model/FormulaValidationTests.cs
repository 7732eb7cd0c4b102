using Styrmodell.Evaluation;
using Styrmodell.Model;
using Styrmodell.Targets;
using Styrmodell.Validation;
using static Styrmodell.Tests.Evaluation.DerivedIndicators;
using static Styrmodell.Tests.Evaluation.EvaluationFixture;

namespace Styrmodell.Tests.Model;

/// <summary>Derived indicators' formulas are checked when the model is built: every problem with its code and place.</summary>
public class FormulaValidationTests
{
    private static ValidationProblem[] Problems(SteeringModelBuilder builder)
    {
        Assert.False(builder.TryBuild(out _, out var problems));
        return [.. problems];
    }

    private static SteeringModelBuilder Derived(SteeringModelBuilder builder, string id, Formula formula, MeasureUnit unit = MeasureUnit.Count) =>
        builder.AddNode(new Node(id, "ind", id) { ParentId = "kf" }).AddIndicator(new Indicator(id, unit, Direction.HigherIsBetter) { Formula = formula });

    [Fact]
    public void UnknownInput_IsADanglingReference_AtItsPlaceInTheFormula()
    {
        var problem = Assert.Single(Problems(WithDerived(new Formula.Sum(Val("a"), Val("nowhere")), ("a", 1m))));

        Assert.Equal(ProblemCodes.DanglingReference, problem.Code);
        Assert.Equal(new ProblemLocation(ModelElement.Indicator, "d", 1, "formula.sum[1].input"), problem.Location);
        Assert.Contains("'nowhere'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DerivedIndicatorsReadingEachOther_AreACycle_NamedInTheMessage()
    {
        var builder = Derived(Derived(Builder(), "x", Val("y")), "y", new Formula.Sum(Val("x"), C(1m)));

        var problem = Assert.Single(Problems(builder));

        Assert.Equal(ProblemCodes.FormulaCycle, problem.Code);
        Assert.Contains("'x' → 'y' → 'x'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFormulaReadingItsOwnIndicator_IsACycle()
    {
        var problem = Assert.Single(Problems(Derived(Builder(), "x", new Formula.Sum(Val("x"), C(1m)))));

        Assert.Equal((ProblemCodes.FormulaCycle, "formula"), (problem.Code, problem.Location.Member));
    }

    [Fact]
    public void DivisionByTheConstantZero_IsAProblem_AtTheDenominator()
    {
        var problem = Assert.Single(Problems(WithDerived(new Formula.Sum(C(1m), new Formula.Quotient(Val("a"), C(0m))), ("a", 1m))));

        Assert.Equal((ProblemCodes.DivisionByZero, "formula.sum[1].quotient[1]"), (problem.Code, problem.Location.Member));
    }

    [Fact]
    public void AFormulaWithoutInputs_IsAProblem()
    {
        var problem = Assert.Single(Problems(WithDerived(new Formula.Sum(C(10m), C(30m)))));

        Assert.Equal(ProblemCodes.FormulaWithoutInput, problem.Code);
    }

    [Fact]
    public void TooDeepANesting_IsAProblem()
    {
        Formula formula = Val("a");
        for (var k = 0; k < 40; k++)
        {
            formula = new Formula.Sum(formula, C(1m));
        }

        var problem = Assert.Single(Problems(WithDerived(formula, ("a", 1m))));

        Assert.Equal(ProblemCodes.FormulaTooDeep, problem.Code);
    }

    [Fact]
    public void TooManyParts_IsAProblem()
    {
        var problem = Assert.Single(Problems(WithDerived(new Formula.Sum(Enumerable.Repeat<Formula>(Val("a"), 1200)), ("a", 1m))));

        Assert.Equal(ProblemCodes.FormulaTooLarge, problem.Code);
    }

    [Fact]
    public void TooLongAChainOfDerivedIndicators_IsAProblem()
    {
        var builder = Builder().Indicator("x0", Direction.HigherIsBetter, 1m, 1m);
        for (var k = 1; k <= 40; k++)
        {
            builder = Derived(builder, $"x{k}", Val($"x{k - 1}"));
        }

        var problem = Assert.Single(Problems(builder));

        Assert.Equal(ProblemCodes.FormulaTooDeep, problem.Code);
    }

    [Fact]
    public void AnOutcomeOfADerivedIndicator_IsAProblem_AtTheOutcome()
    {
        var problem = Assert.Single(Problems(WithDerived(Val("a"), ("a", 1m)).AddOutcome("d", 5m)));

        Assert.Equal((ProblemCodes.OutcomeOfDerivedIndicator, ModelElement.Outcome), (problem.Code, problem.Location.Element));
    }

    [Fact]
    public void ARatioIndicatorWithAFormula_IsAUnitMismatch()
    {
        var builder = Derived(Builder().Indicator("a", Direction.HigherIsBetter, 1m, 1m), "r", Val("a"), MeasureUnit.Ratio);

        Assert.Contains(Problems(builder), p => p.Code == ProblemCodes.UnitMismatch && p.Location.Member == "formula");
    }

    [Fact]
    public void EveryProblem_IsReportedAtOnce()
    {
        var builder = WithDerived(new Formula.Sum(Val("nowhere"), new Formula.Quotient(Val("a"), C(0m))), ("a", 1m)).AddOutcome("d", 1m);

        Assert.Equal(
            [ProblemCodes.DanglingReference, ProblemCodes.DivisionByZero, ProblemCodes.OutcomeOfDerivedIndicator],
            Problems(builder).Select(p => p.Code).Order(StringComparer.Ordinal));
    }
}
