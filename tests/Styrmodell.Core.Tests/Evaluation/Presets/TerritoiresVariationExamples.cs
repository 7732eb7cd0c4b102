using NodaTime;
using Styrmodell.Evaluation;
using Styrmodell.Model;
using Styrmodell.Targets;
using Styrmodell.Time;

namespace Styrmodell.Tests.Evaluation.Presets;

/// <summary>
/// The variation of a target against a reference year (<see cref="TargetStep.VariationFromBaseline"/>): the reference
/// year's value is the indicator's baseline. Worked examples from incubateur-ademe/territoires-en-transitions,
/// <c>apps/app/src/indicateurs/valeurs/grid/variation/variation.spec.ts</c> (<c>computeVariation</c> and every case of
/// <c>resolveVariationToReferenceYear</c>; <c>formatVariation</c>'s figure to one decimal of a per cent).
/// </summary>
public class TerritoiresVariationExamples
{
    private static readonly Decision Kf = new(new LocalDate(2024, 11, 28), "KF", "KF 2024-11-28 § 1");

    /// <summary>An indicator with a target for <paramref name="year"/> and, unless null, a baseline; evaluated for that year.</summary>
    private static TargetStep? Target(int year, decimal? objectif, decimal? reference, int referenceYear = 2026)
    {
        var builder = new SteeringModelBuilder(new Municipality("Testby kommun", "0001"))
            .AddLevel(new LevelDefinition("ind", "Indicateur", LevelRole.Indicator))
            .AddNode(new Node("i", "ind", "Émissions"))
            .AddIndicator(new Indicator("i", MeasureUnit.Percent, Direction.LowerIsBetter)
            {
                Baseline = reference is { } r ? new Baseline(r, ReportingPeriod.Year(referenceYear)) : null,
                Targets = objectif is { } o ? [new TargetValue(TargetScope.Year(year), new AbsoluteLevel(o), Kf)] : [],
            })
            .AddOutcome(new Outcome("i", ReportingPeriod.Year(year), MeasuredValue.Of(50)));
        var result = GoalEvaluator.Evaluate(builder.Build(), ReportingPeriod.Year(year), new LocalDate(2060, 1, 1));
        return result["i"].Explanation.Find<TargetStep>();
    }

    [Theory]
    // computeVariation, 'rend la variation signee vs la valeur de reference': 40 and 140 against 100 are −0.6 and 0.4.
    [InlineData(40, -0.6)]
    [InlineData(140, 0.4)]
    public void ComputeVariation_IsSigned_AgainstTheReferenceValue(int objectif, double variation)
    {
        Assert.Equal(variation, Target(2050, objectif, 100)!.VariationFromBaseline);
    }

    [Fact]
    public void ComputeVariation_IsNull_WithoutAReferenceValue()
    {
        // 'rend null quand la valeur de reference est absente'.
        Assert.Null(Target(2050, 40, null)!.VariationFromBaseline);
    }

    [Fact]
    public void ComputeVariation_IsNull_WhenTheReferenceValueIs0()
    {
        // 'rend null quand la valeur de reference est nulle'.
        Assert.Null(Target(2050, 40, 0)!.VariationFromBaseline);
    }

    [Fact]
    public void Resolve_TargetAgainstReferenceResult_PlusTenPercent()
    {
        // 'rend la variation objectif vs resultat de reference (+10%)': objectif 110 in 2030, résultat 100 in 2026.
        var target = Target(2030, 110, 100)!;

        Assert.Equal(0.1, target.VariationFromBaseline);
        Assert.Equal(10.0m, new Rounding(RoundingMode.HalfAwayFromZero, 1).Percent(target.VariationFromBaseline!.Value));
    }

    [Fact]
    public void Resolve_AFutureColumn_AgainstTheReferenceValue()
    {
        // "rend la variation d une colonne future vs la valeur de reference": objectif 40 in 2050 against 100 in 2026.
        var target = Target(2050, 40, 100)!;

        Assert.Equal(-0.6, target.VariationFromBaseline);
        Assert.Equal(-60.0m, new Rounding(RoundingMode.HalfAwayFromZero, 1).Percent(target.VariationFromBaseline!.Value)); // formatVariation: -60 %
    }

    [Theory]
    // "rend null pour l annee de reference et les annees passees": the reference year itself and years before it.
    [InlineData(2026)]
    [InlineData(2020)]
    public void Resolve_IsNull_ForTheReferenceYearAndYearsBefore(int year)
    {
        Assert.Null(Target(year, 120, 100)!.VariationFromBaseline);
    }

    [Fact]
    public void Resolve_IsNull_WithoutAReferenceYear()
    {
        // 'rend null sans annee de reference' and 'rend null quand la cellule de reference est absente': no baseline.
        Assert.Null(Target(2050, 40, null)!.VariationFromBaseline);
    }

    [Fact]
    public void Resolve_IsNull_WithoutACurrentTarget()
    {
        // 'rend null quand l objectif courant est absent': with no target there is no target step at all.
        Assert.Null(Target(2050, null, 100));
    }

    [Fact]
    public void FormatVariation_ToOneDecimalOfAPerCent()
    {
        // formatVariation, 'rend au plus une decimale avec la virgule francaise': 0.333 shows as 33,3 %.
        Assert.Equal(33.3m, new Rounding(RoundingMode.HalfAwayFromZero, 1).Percent(0.333));
    }
}
