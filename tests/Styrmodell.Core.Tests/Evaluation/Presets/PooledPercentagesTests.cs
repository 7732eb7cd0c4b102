using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Styrmodell.Evaluation;
using Styrmodell.Model;
using Styrmodell.Targets;
using Styrmodell.Time;
using static Styrmodell.Tests.Evaluation.EvaluationFixture;
using Outcome = Styrmodell.Targets.Outcome;

namespace Styrmodell.Tests.Evaluation.Presets;

/// <summary>
/// The pooled-percentage preset against Akvo RSR (akvo/akvo-rsr): akvo/rsr/models/result/indicator_period.py,
/// recalculate_period (each approved update's numerator and denominator added separately, an update without a value
/// skipped — its denominator with it), akvo/rsr/usecases/period_update_aggregation.py (numerator and denominator summed,
/// then divided) and akvo/rsr/models/result/utils.py, calculate_percentage (denominator 0 → 0; otherwise
/// round(numerator × 100 ÷ denominator, 2) on Decimals, which rounds halves to even). Updates are monthly ratio
/// outcomes of an indicator with scale 100; figures illustrative. Pooling several of them within one period is what
/// Akvo does for child projects' periods (one update each), so these examples turn the one-update check off; the
/// examples from Akvo's own test suite are in <see cref="AkvoTestSuiteExamples"/>.
/// </summary>
public class PooledPercentagesTests
{
    private static SteeringModelBuilder Percentage(params (decimal Numerator, decimal Denominator)?[] updates)
    {
        var builder = Builder()
            .AddNode(new Node("p", "ind", "Andel") { ParentId = "kf" })
            .AddIndicator(new Indicator("p", MeasureUnit.Ratio, Direction.HigherIsBetter)
            {
                Ratio = new RatioDefinition("uppnått", "alla", 100m),
                Targets = [new TargetValue(TargetScope.Year(2024), new AbsoluteLevel(100m), Kf)],
            });
        for (var m = 0; m < updates.Length; m++)
        {
            var value = updates[m] is { } u ? MeasuredValue.Ratio(u.Numerator, u.Denominator) : (MeasuredValue?)null;
            builder.AddOutcome(new Outcome("p", ReportingPeriod.Month(2024, m + 1), value));
        }

        return builder;
    }

    private static EvaluationResult Evaluate(SteeringModelBuilder builder, EvaluationOptions? options = null) =>
        GoalEvaluator.Evaluate(builder.Build(), Year2024, AsOf, options ?? EvaluationPresets.PooledPercentages(oneUpdatePerPeriod: false));

    [Fact]
    public void Percentages_PoolNumeratorsAndDenominators_ThenDivide()
    {
        // 10/100 and 60/200: 70/300 = 23.333… % (the mean of 10 % and 30 % would be 20 %); shown 23.33.
        var result = Evaluate(Percentage((10, 100), (60, 200)));

        Assert.Equal(70m / 300m * 100m, result["p"].Value);
        Assert.Equal(23.33m, result.Present("p").Value);
    }

    [Fact]
    public void UpdateWithoutAValue_IsDropped_DenominatorAndAll()
    {
        // recalculate_period skips an update whose value is None, so its denominator never reaches the sum.
        var result = Evaluate(Percentage((10, 100), null, (60, 200)));

        Assert.Equal(70m / 300m * 100m, result["p"].Value);
        var outcome = result["p"].Explanation.Find<OutcomeStep>()!;
        Assert.Equal((OutcomeFinding.Pooled, 70m, 300m, 2, 1), (outcome.Finding, outcome.Numerator, outcome.Denominator, outcome.Parts, outcome.Dropped));
    }

    [Fact]
    public void ZeroDenominator_Gives0_ByThePreset_AndNoValueByDefault()
    {
        // Every update without a value: the pooled denominator is 0. calculate_percentage gives 0; the engine's default
        // gives no value, and says why.
        Assert.Equal(0m, Evaluate(Percentage(null, null))["p"].Value);
        Assert.Equal(0.0, Evaluate(Percentage(null, null))["p"].Score);

        var byDefault = Evaluate(Percentage(null, null), EvaluationOptions.Default)["p"];
        Assert.Null(byDefault.Score);
        var outcome = byDefault.Explanation.Find<OutcomeStep>()!;
        Assert.Equal((OutcomeFinding.PooledZeroDenominator, null, 0, 2), (outcome.Finding, outcome.Value, outcome.Parts, outcome.Dropped));
    }

    [Fact]
    public void Percentages_AreShownToTwoDecimals_HalvesToEven()
    {
        // 1/800 = 0.125 %: Python's round(Decimal("0.125"), 2) is 0.12; half away from zero would give 0.13.
        var result = Evaluate(Percentage((1, 800)));

        Assert.Equal(0.125m, result["p"].Value);
        Assert.Equal(0.12m, result.Present("p").Value);
        Assert.Equal(0.13m, new Rounding(RoundingMode.HalfAwayFromZero, 2).Round(result["p"].Value!.Value));
    }

    private static Arbitrary<(int, int)[]> Parts =>
        (from n in Gen.Choose(1, 6)
         from parts in (from numerator in Gen.Choose(0, 1000) from denominator in Gen.Choose(1, 1000) select (numerator, denominator)).ArrayOf(n)
         select parts).ToArbitrary();

    [Property]
    public Property PooledPercentage_IsThePercentageOfTheSums_InAnyOrder() =>
        Prop.ForAll(Parts, parts =>
        {
            var expected = (decimal)parts.Sum(p => p.Item1) / parts.Sum(p => p.Item2) * 100m;
            var forwards = Evaluate(Percentage([.. parts.Select(p => ((decimal, decimal)?)(p.Item1, p.Item2))]))["p"].Value;
            var backwards = Evaluate(Percentage([.. parts.Reverse().Select(p => ((decimal, decimal)?)(p.Item1, p.Item2))]))["p"].Value;
            return forwards == expected && backwards == expected;
        });
}
