using Styrmodell.Evaluation;
using Styrmodell.Targets;
using static Styrmodell.Tests.Evaluation.EvaluationFixture;

namespace Styrmodell.Tests.Evaluation;

public class RoundingTests
{
    [Theory]
    [InlineData(RoundingMode.HalfAwayFromZero, 0, 0.285, "29")]  // as a double 0.285 × 100 is 28.499999999999996
    [InlineData(RoundingMode.HalfToEven, 0, 0.285, "28")]
    [InlineData(RoundingMode.HalfAwayFromZero, 0, 0.125, "13")]
    [InlineData(RoundingMode.HalfToEven, 0, 0.125, "12")]
    [InlineData(RoundingMode.HalfToEven, 0, 0.135, "14")]
    [InlineData(RoundingMode.HalfAwayFromZero, 1, 2.0 / 3.0, "66.7")]
    [InlineData(RoundingMode.None, 0, 0.125, "12.5")]
    [InlineData(RoundingMode.HalfAwayFromZero, 0, -0.025, "-3")]
    [InlineData(RoundingMode.HalfToEven, 0, -0.025, "-2")]
    public void Percent_RoundsTheDecimalTheScoreStandsFor(RoundingMode mode, int decimals, double share, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), new Rounding(mode, decimals).Percent(share));

    [Fact]
    public void Default_IsWholePercentHalfAwayFromZero()
    {
        Assert.Equal(new Rounding(RoundingMode.HalfAwayFromZero, 0), EvaluationOptions.Default.Rounding);
        Assert.Equal(Rounding.Default, new EvaluationOptions().Rounding);
    }

    [Fact]
    public void Rounding_IsAppliedOnceAtPresentation_NeverInsideTheArithmetic()
    {
        // Children at 0.51 % and 0.44 % are shown as 1 % and 0 %; averaging what is shown would give 0.5 % and so 1 %.
        // The parent is the mean of the unrounded scores, 0.475 %, shown as 0 %.
        var result = GoalEvaluator.Evaluate(Builder()
                .Indicator("i1", Direction.HigherIsBetter, 10000m, 51m)
                .Indicator("i2", Direction.HigherIsBetter, 10000m, 44m).Build(),
            Year2024, AsOf);

        Assert.Equal((1m, 0m), (result.Present("i1").ScorePercent, result.Present("i2").ScorePercent));
        Assert.Equal(0.00475, result["kf"].Score!.Value, 12);
        Assert.Equal(0m, result.Present("kf").ScorePercent);
    }

    [Fact]
    public void Present_WithoutScore_HasNoPercentage() =>
        Assert.Null(GoalEvaluator.Evaluate(Builder().Build(), Year2024, AsOf).Present("kf").ScorePercent);

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void Decimals_OutsideZeroToTen_AreRefused(int decimals) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Rounding(RoundingMode.HalfToEven, decimals));
}
