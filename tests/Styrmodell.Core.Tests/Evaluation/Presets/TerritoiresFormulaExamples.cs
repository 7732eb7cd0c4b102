using Styrmodell.Evaluation;
using Styrmodell.Targets;
using static Styrmodell.Tests.Evaluation.DerivedIndicators;

namespace Styrmodell.Tests.Evaluation.Presets;

/// <summary>
/// Derived indicators, worked from territoires-en-transitions' own tests:
/// <c>apps/backend/src/indicateurs/valeurs/indicateur-expression.service.spec.ts</c> (<c>parseAndEvaluateExpression</c>,
/// <c>extractNeededSourceIndicateursFromFormula</c>) and <c>apps/backend/src/utils/expression-parser/expression-parser.spec.ts</c>.
/// TeT's text is given here as the formula tree it stands for. TeT's <c>limite(x)</c> and <c>cible(x)</c> read values
/// the spec supplies (<c>valeursComplementaires</c>); they are given as the constants the spec supplies. An answer to a
/// question (<c>reponse(AOM_1, oui)</c>) or an identity trait (<c>identite(localisation, DOM)</c>) is data of the
/// collectivité: here an indicator whose outcome is 1 for yes and 0 for no, compared in the condition.
/// </summary>
public class TerritoiresFormulaExamples
{
    private static readonly Formula EPlusF = new Formula.Sum(Val("cae_1.e"), Val("cae_1.f"));

    [Fact]
    public void ValPlusVal_WithAllValues_Is120()
    {
        // 'val(cae_1.e) + val(cae_1.f) with all values': 100 + 20 → 120.
        var (value, step) = Derive(EPlusF, ("cae_1.e", 100m), ("cae_1.f", 20m));

        Assert.Equal(120m, value);
        Assert.Equal(FormulaFinding.Computed, step.Finding);
        Assert.Equal([("cae_1.e", (decimal?)100m), ("cae_1.f", 20m)], step.Inputs.Select(i => (i.IndicatorId, i.Value)));
        Assert.All(step.Inputs, i => Assert.Equal("2024", i.Period.Id));
    }

    [Fact]
    public void ValPlusVal_WithMissingValue_HasNoValue_NamingTheInput()
    {
        // 'val(cae_1.e) + val(cae_1.f) with missing value' → null.
        var (value, step) = Derive(EPlusF, ("cae_1.e", 100m), ("cae_1.f", null));

        Assert.Null(value);
        Assert.Equal(FormulaFinding.RequiredInputMissing, step.Finding);
        Assert.Equal(["cae_1.f"], step.MissingRequired);
    }

    [Fact]
    public void ValPlusOptVal_WithGivenOptionalValue_Is120()
    {
        // 'val(cae_1.e) + opt_val(cae_1.f) with given optional value' → 120.
        var (value, step) = Derive(new Formula.Sum(Val("cae_1.e"), OptVal("cae_1.f")), ("cae_1.e", 100m), ("cae_1.f", 20m));

        Assert.Equal(120m, value);
        Assert.Empty(step.MissingOptional);
    }

    [Fact]
    public void ValPlusOptVal_WithMissingOptionalValue_Is100()
    {
        // 'val(cae_1.e) + opt_val(cae_1.f) with missing optional value' → 100 (opt_val gives 0); TeT stores the
        // missing optional identifiers as calculAutoIdentifiantsManquants (compute-valeurs.service.ts).
        var (value, step) = Derive(new Formula.Sum(Val("cae_1.e"), OptVal("cae_1.f")), ("cae_1.e", 100m), ("cae_1.f", null));

        Assert.Equal(100m, value);
        Assert.Equal(["cae_1.f"], step.MissingOptional);
        Assert.True(step.Inputs.Single(i => i.IndicatorId == "cae_1.f").CountedAsZero);
    }

    [Fact]
    public void OptValPlusOptVal_WithAllMissingOptionalValues_HasNoValue()
    {
        // 'opt_val(cae_1.e) + opt_val(cae_1.f) with all missing optional value' → null, not 0.
        var (value, step) = Derive(new Formula.Sum(OptVal("cae_1.e"), OptVal("cae_1.f")), ("cae_1.e", null), ("cae_1.f", null));

        Assert.Null(value);
        Assert.Equal(FormulaFinding.NoInputValue, step.Finding);
    }

    [Fact]
    public void OnePlusFOverE_Is1Point2()
    {
        // '1 + val(cae_1.f) / val(cae_1.e)': 1 + 20 / 100 → 1.2.
        var (value, _) = Derive(new Formula.Sum(C(1m), new Formula.Quotient(Val("cae_1.f"), Val("cae_1.e"))), ("cae_1.e", 100m), ("cae_1.f", 20m));

        Assert.Equal(1.2m, value);
    }

    [Fact]
    public void FOverOptionalE_WhenEIsMissing_HasNoValue_NotInfinity()
    {
        // 'val(cae_1.f) / opt_val(cae_1.e) for infinity' → null: the missing optional value is 0, and 20 / 0 is not finite.
        var (value, step) = Derive(new Formula.Quotient(Val("cae_1.f"), OptVal("cae_1.e")), ("cae_1.e", null), ("cae_1.f", 20m));

        Assert.Null(value);
        Assert.Equal(FormulaFinding.DivisionByZero, step.Finding);
    }

    [Fact]
    public void ValsAndSuppliedLimitAndTarget_Are160()
    {
        // 'val(cae_1.e) + limite(cae_1.g) + cible(cae_1.h) + val(cae_1.i) with all values': 100 + 10 + 20 + 30 → 160.
        var (value, _) = Derive(new Formula.Sum(Val("cae_1.e"), C(10m), C(20m), Val("cae_1.i")), ("cae_1.e", 100m), ("cae_1.i", 30m));

        Assert.Equal(160m, value);
    }

    [Fact]
    public void ValueZeroOverTarget_IsZero_NotMissing()
    {
        // 'val(cae_17.b) / cible(cae_17.b) with value equal to zero': 0 / 32 → 0 (a value of 0 is a value).
        var (value, step) = Derive(new Formula.Quotient(Val("cae_17.b"), C(32m)), ("cae_17.b", 0m));

        Assert.Equal(0m, value);
        Assert.Equal(FormulaFinding.Computed, step.Finding);
    }

    /// <summary>TeT's recurring score shape: 0 below the threshold, 1 above the target, ((val − limite) × w) ÷ (limite − cible) between.</summary>
    private static Formula.Choice Banded(string id, decimal limite, decimal cible, Formula weight) =>
        new Formula.Choice(Compare(Val(id), ComparisonOperator.LessThan, C(limite)), C(0m),
            new Formula.Choice(Compare(Val(id), ComparisonOperator.GreaterThan, C(cible)), C(1m),
                new Formula.Quotient(new Formula.Product(new Formula.Difference(Val(id), C(limite)), weight), new Formula.Difference(C(limite), C(cible)))));

    [Theory]
    [InlineData(10, 20, 5, 0)] // below the threshold
    [InlineData(10, 2, 5, 1)] // above the target
    public void Indicateur6a_OutsideTheBand(decimal val, decimal limite, decimal cible, decimal expected)
    {
        // '1.2.3.3.1- indicateur 6a', first two assertions.
        var (value, _) = Derive(Banded("cae_6.a", limite, cible, C(0.1m)), ("cae_6.a", val));

        Assert.Equal(expected, value);
    }

    [Fact]
    public void Indicateur6a_WithinTheBand_IsTheSpecsExpression()
    {
        // '1.2.3.3.1- indicateur 6a', third assertion: ((3 − 2) × 0.1) ÷ (2 − 5).
        var (value, _) = Derive(Banded("cae_6.a", 2m, 5m, C(0.1m)), ("cae_6.a", 3m));

        Assert.Equal((3m - 2m) * 0.1m / (2m - 5m), value);
    }

    [Theory]
    [InlineData(0, 0.1)] // not DOM: cae_15.b with 10 %
    [InlineData(1, 0.2)] // DOM: cae_15.b_dom with 20 %
    public void Indicateur15b_ChoosesBySituation(int dom, decimal expectedWeight)
    {
        // '2.2.2.4.2 - indicateur 15b': si identite(localisation, DOM) alors (… cae_15.b_dom … 0.2) sinon (… cae_15.b … 0.1).
        var formula = new Formula.Choice(Compare(Val("dom"), ComparisonOperator.EqualTo, C(1m)),
            Banded("cae_15.b_dom", 4m, 10m, C(0.2m)), Banded("cae_15.b", 2m, 5m, C(0.1m)));

        var (value, _) = Derive(formula, ("cae_15.b", 3m), ("cae_15.b_dom", 6m), ("dom", dom));

        Assert.Equal(dom == 1 ? (6m - 4m) * expectedWeight / (4m - 10m) : (3m - 2m) * expectedWeight / (2m - 5m), value);
    }

    [Fact]
    public void Indicateurs22And23_SumOfTwoBands()
    {
        // '3.2.2.1 - indicateurs 22 et 23': two bands with weights 0.3 and 0.2, added.
        var formula = new Formula.Sum(Banded("cae_22", 2m, 5m, C(0.3m)), Banded("cae_23", 4m, 10m, C(0.2m)));

        var (value, _) = Derive(formula, ("cae_22", 3m), ("cae_23", 6m));

        Assert.Equal(((3m - 2m) * 0.3m / (2m - 5m)) + ((6m - 4m) * 0.2m / (4m - 10m)), value);
    }

    [Theory]
    [InlineData(1, 0.2)] // reponse(AOM_1) = oui
    [InlineData(0, 0.1)] // reponse(AOM_1) = non
    public void Indicateur5_WeightDependsOnAnAnswer(int answer, decimal weight)
    {
        // '1.2.2.5.4 - indicateur 5': … * (si reponse(AOM_1, oui) alors 0.2 sinon 0.1) …, limite 2, cible 10, val 3.
        var byAnswer = new Formula.Choice(Compare(Val("aom_1"), ComparisonOperator.EqualTo, C(1m)), C(0.2m), C(0.1m));

        var (value, _) = Derive(Banded("cae_5", 2m, 10m, byAnswer), ("cae_5", 3m), ("aom_1", answer));

        Assert.Equal((3m - 2m) * weight / (2m - 10m), value);
    }

    [Fact]
    public void SameIndicatorReadRequiredAndOptional_IsRequired()
    {
        // extractNeededSourceIndicateursFromFormula, 'Same indicateur twice with optional and required references':
        // (val(cae_1.e) + val(cae_1.f)) / opt_val(cae_1.e) needs cae_1.e (optional: false), and each is listed once.
        var formula = new Formula.Quotient(new Formula.Sum(Val("cae_1.e"), Val("cae_1.f")), OptVal("cae_1.e"));

        var (value, step) = Derive(formula, ("cae_1.e", null), ("cae_1.f", 20m));

        Assert.Null(value);
        Assert.Equal([("cae_1.e", false), ("cae_1.f", false)], step.Inputs.Select(i => (i.IndicatorId, i.IsOptional)));
        Assert.Equal(["cae_1.e"], step.MissingRequired);
    }

    [Fact]
    public void IdentifiersWithDashes_AreRead()
    {
        // 'Simple formula with dash into identifier': opt_val(cae_49.b-hab) + val(cae_49.c-hab).
        var (value, step) = Derive(new Formula.Sum(OptVal("cae_49.b-hab"), Val("cae_49.c-hab")), ("cae_49.b-hab", 1m), ("cae_49.c-hab", 2m));

        Assert.Equal(3m, value);
        Assert.Equal([("cae_49.b-hab", true), ("cae_49.c-hab", false)], step.Inputs.Select(i => (i.IndicatorId, i.IsOptional)));
    }
}
