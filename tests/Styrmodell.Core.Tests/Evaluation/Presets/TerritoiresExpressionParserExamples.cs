using Styrmodell.Evaluation;
using Styrmodell.Targets;
using static Styrmodell.Tests.Evaluation.DerivedIndicators;

namespace Styrmodell.Tests.Evaluation.Presets;

/// <summary>
/// The arithmetic and choices of territoires-en-transitions' <c>apps/backend/src/utils/expression-parser/expression-parser.spec.ts</c>,
/// each test named by its expression. A formula must read an indicator, so the first number is the value of input "a"
/// (as TeT's own identity tests pass a <c>{ dummy: 1 }</c> value); the tree carries the precedence the parser gives.
/// <c>vrai</c> and <c>faux</c> are the conditions 1 = 1 and 1 = 0.
/// </summary>
public class TerritoiresExpressionParserExamples
{
    private static readonly FormulaCondition True = Compare(C(1m), ComparisonOperator.EqualTo, C(1m));
    private static readonly FormulaCondition False = Compare(C(1m), ComparisonOperator.EqualTo, C(0m));

    private static decimal? With(decimal a, Formula formula) => Derive(formula, ("a", a)).Value;

    [Fact]
    public void TwoPlusThree_Is5() => Assert.Equal(5m, With(2m, new Formula.Sum(Val("a"), C(3m))));

    [Fact]
    public void TwoMinusThree_IsMinus1() => Assert.Equal(-1m, With(2m, new Formula.Difference(Val("a"), C(3m))));

    [Fact]
    public void TwoTimesThree_Is6() => Assert.Equal(6m, With(2m, new Formula.Product(Val("a"), C(3m))));

    [Fact]
    public void ThreeOverTwo_Is1Point5() => Assert.Equal(1.5m, With(3m, new Formula.Quotient(Val("a"), C(2m))));

    [Fact]
    public void OnePlusTwoTimesThreeMinusFour_Is3() =>
        // '1 + 2 * 3 - 4': (1 + 2 × 3) − 4.
        Assert.Equal(3m, With(1m, new Formula.Difference(new Formula.Sum(Val("a"), new Formula.Product(C(2m), C(3m))), C(4m))));

    [Fact]
    public void ThreePlusFourTimesFiveOverTwo_Is13() =>
        // '3 + 4 * 5 / 2': 3 + (4 × 5) ÷ 2.
        Assert.Equal(13m, With(3m, new Formula.Sum(Val("a"), new Formula.Quotient(new Formula.Product(C(4m), C(5m)), C(2m)))));

    [Fact]
    public void ThreePlusFour_Times_FiveOverTwo_Is17Point5() =>
        Assert.Equal(17.5m, With(3m, new Formula.Product(new Formula.Sum(Val("a"), C(4m)), new Formula.Quotient(C(5m), C(2m)))));

    [Theory]
    [InlineData(2, 3, 3)]
    [InlineData(3, 2, 3)]
    public void Max(decimal a, decimal b, decimal expected) => Assert.Equal(expected, With(a, new Formula.Maximum(Val("a"), C(b))));

    [Theory]
    [InlineData(2, 3, 2)]
    [InlineData(3, 2, 2)]
    public void Min(decimal a, decimal b, decimal expected) => Assert.Equal(expected, With(a, new Formula.Minimum(Val("a"), C(b))));

    [Fact]
    public void SiVraiAlors2_Is2() => Assert.Equal(2m, With(2m, new Formula.Choice(True, Val("a"))));

    [Fact]
    public void SiFauxAlors2_HasNoValue()
    {
        var (value, step) = Derive(new Formula.Choice(False, Val("a")), ("a", 2m));

        Assert.Null(value);
        Assert.Equal(FormulaFinding.NoBranch, step.Finding);
    }

    [Theory]
    [InlineData(true, false, 2)] // 'si vrai alors 2 sinon si faux alors 4 sinon 8'
    [InlineData(false, true, 4)] // 'si faux alors 2 sinon si vrai alors 4 sinon 8'
    [InlineData(false, false, 8)] // 'si faux alors 2 sinon si faux alors 4 sinon 8'
    public void ElseIfChains(bool first, bool second, decimal expected) =>
        Assert.Equal(expected, With(2m, new Formula.Choice(first ? True : False, Val("a"), new Formula.Choice(second ? True : False, C(4m), C(8m)))));

    [Fact]
    public void NestedChoices_Is4() =>
        // 'si faux alors (si faux alors 1 sinon 2) sinon (si vrai alors 4 sinon 8)'.
        Assert.Equal(4m, With(1m, new Formula.Choice(False, new Formula.Choice(False, Val("a"), C(2m)), new Formula.Choice(True, C(4m), C(8m)))));

    [Theory]
    [InlineData(true, false, true)] // 'vrai ou faux'
    [InlineData(false, true, true)] // 'faux ou vrai'
    [InlineData(true, true, true)] // 'vrai ou vrai'
    [InlineData(false, false, false)] // 'faux ou faux'
    public void Or(bool left, bool right, bool expected) =>
        Assert.Equal(expected ? 1m : 0m, With(1m, new Formula.Choice(new FormulaCondition.Any(left ? True : False, right ? True : False), Val("a"), C(0m))));

    [Theory]
    [InlineData(1, ComparisonOperator.LessThan, 2, true)] // '1 < 2'
    [InlineData(3, ComparisonOperator.GreaterThan, 4, false)] // '3 > 4'
    [InlineData(1, ComparisonOperator.AtMost, 2, true)] // '1 <= 2'
    [InlineData(1, ComparisonOperator.AtMost, 1, true)] // '1 <= 1'
    [InlineData(3, ComparisonOperator.AtLeast, 4, false)] // '3 >= 4'
    [InlineData(3, ComparisonOperator.AtLeast, 3, true)] // '3 >= 3'
    [InlineData(3, ComparisonOperator.EqualTo, 3, true)] // '3 = 3'
    [InlineData(3, ComparisonOperator.EqualTo, 4, false)] // '3 = 4'
    public void Comparisons(decimal a, ComparisonOperator op, decimal b, bool expected) =>
        Assert.Equal(expected ? 1m : 0m, With(a, new Formula.Choice(Compare(Val("a"), op, C(b)), C(1m), C(0m))));
}
