using Styrmodell.Evaluation;
using static Styrmodell.Tests.Evaluation.EvaluationFixture;

namespace Styrmodell.Tests.Evaluation.Presets;

/// <summary>
/// Decimals per kind of number. okr-tracker (oslokommune/okr-tracker <c>src/util/keyResultProgress.js</c>) formats a key
/// result's values and task counts with <c>formatValue</c>, d3-format <c>",.2~f"</c> — two decimals, trailing zeros
/// dropped, halves of exactly representable numbers rounded up (JavaScript's <c>toFixed</c>) — while its progress bars
/// show whole percent. Halves below are exact in binary (2.875, 4.625), so JavaScript's rounding is unambiguous.
/// </summary>
public class QuantityRoundingTests
{
    private static EvaluationResult Okr(decimal start, decimal target, decimal current) =>
        GoalEvaluator.Evaluate(Builder().KeyResult("kr", start, target, current).Build(), Year2024, AsOf, EvaluationPresets.OkrProgress());

    [Fact]
    public void OkrProgress_ShowsAKeyResultsValue_ToTwoDecimals_NotAsAWholeNumber()
    {
        // formatValue(2.5) is "2.5": the value is not rounded with the progress bars' whole-percent rule (which gave 3).
        var shown = Okr(0, 10, 2.5m).Present("kr");

        Assert.Equal(2.5m, shown.Value);
        Assert.Equal(25m, shown.ScorePercent);
    }

    [Fact]
    public void OkrProgress_RisingTarget_TasksToTwoDecimals_ScoreInWholePercent()
    {
        // Start 0, target 3, current 1.234: completed 1.23, total 3, remaining 3 − 1.234 = 1.766 → 1.77; progress
        // 1.234 / 3 = 41.13 % shown as 41 %.
        var shown = Okr(0, 3, 1.234m).Present("kr");

        Assert.Equal((1.23m, 3m, 1.77m), (shown.Done, shown.Total, shown.Remaining));
        Assert.Equal((41m, 1.23m), (shown.ScorePercent, shown.Value));
    }

    [Fact]
    public void OkrProgress_FallingTarget_CountsFromTheStart_HalvesRoundUp()
    {
        // Start 10, target 2.5, current 7.125: total 10 − 2.5 = 7.5, completed 10 − 7.125 = 2.875 → 2.88, remaining
        // 4.625 → 4.63 (toFixed(2) of exact binary halves rounds up); 2.875 / 7.5 = 38.33 % shown as 38 %.
        var shown = Okr(10, 2.5m, 7.125m).Present("kr");

        Assert.Equal((2.88m, 7.5m, 4.63m), (shown.Done, shown.Total, shown.Remaining));
        Assert.Equal(38m, shown.ScorePercent);
        Assert.Equal(7.13m, shown.Value);
    }

    [Fact]
    public void PresentedResult_StatesTheRoundingOfEachKind()
    {
        var shown = Okr(0, 3, 1.234m).Present("kr");

        Assert.Equal(
            [
                new(PresentedQuantity.Score, new Rounding(RoundingMode.HalfAwayFromZero, 0)),
                new(PresentedQuantity.Value, new Rounding(RoundingMode.HalfAwayFromZero, 2)),
                new(PresentedQuantity.Points, new Rounding(RoundingMode.HalfAwayFromZero, 0)),
                new QuantityRounding(PresentedQuantity.Progress, new Rounding(RoundingMode.HalfAwayFromZero, 2)),
            ],
            shown.Roundings);
    }

    [Fact]
    public void AKindNotListed_FollowsTheGeneralRounding()
    {
        var options = EvaluationOptions.Default with
        {
            Rounding = new Rounding(RoundingMode.HalfToEven, 1),
            QuantityRoundings = [new(PresentedQuantity.Value, Rounding.None)],
        };

        Assert.Equal(new Rounding(RoundingMode.HalfToEven, 1), options.RoundingFor(PresentedQuantity.Score));
        Assert.Equal(Rounding.None, options.RoundingFor(PresentedQuantity.Value));
    }

    [Fact]
    public void PointsScoring_ShowsPointsToOneDecimal()
    {
        // territoires-en-transitions' toFixed(n, 1): a parent of three one-point tasks, one done, shows 1 of 3 points
        // and 33.3 %.
        var model = Builder()
            .AddNode(new Styrmodell.Model.Node("a", "ind", "a") { ParentId = "kf" })
            .AddNode(new Styrmodell.Model.Node("b", "ind", "b") { ParentId = "kf" })
            .AddNode(new Styrmodell.Model.Node("c", "ind", "c") { ParentId = "kf" })
            .AddAssessment(new Styrmodell.Model.ManualAssessment("a", Year2024, "fait", "klart", "Anna", new NodaTime.LocalDate(2025, 1, 15)))
            .Build();

        var shown = GoalEvaluator.Evaluate(model, Year2024, AsOf, EvaluationPresets.PointsScoring([])).Present("kf");

        Assert.Equal((1m, 3m, 33.3m), (shown.PointsAwarded, shown.PointsAvailable, shown.ScorePercent));
    }

    [Fact]
    public void TwoRoundingsForOneKind_AreAProblem()
    {
        var options = EvaluationOptions.Default with
        {
            QuantityRoundings = [new(PresentedQuantity.Points, Rounding.None), new(PresentedQuantity.Points, Rounding.Default)],
        };

        var error = Assert.Throws<ArgumentException>(() => GoalEvaluator.Evaluate(Builder().KeyResult("kr", 0, 3, 1).Build(), Year2024, AsOf, options));

        Assert.Contains("quantityRoundings[1]", error.Message, StringComparison.Ordinal);
    }
}
