using Styrmodell.Evaluation;
using static Styrmodell.Tests.Evaluation.EvaluationFixture;

namespace Styrmodell.Tests.Evaluation.Presets;

/// <summary>
/// Worked examples from okr-tracker's own test suite (oslokommune/okr-tracker,
/// tests/unit/getKeyResultProgressDetails.test.js), run through <see cref="EvaluationPresets.OkrProgress"/> unclamped
/// (the web client's scale). Each asserts the four fields the source test asserts: <c>percentageCompleted</c> (the
/// score in per cent to two decimals, as <c>toFixed(2)</c>), <c>totalRemainingTasks</c>
/// (<see cref="ScoreStep.DistanceToTarget"/>), <c>totalCompletedTasks</c> (<see cref="ScoreStep.Done"/>) and
/// <c>totalNumberOfTasks</c> (<see cref="ScoreStep.Total"/>). A missing current value is null.
/// </summary>
public class OkrTrackerTestSuiteExamples
{
    private static readonly Rounding TwoDecimals = new(RoundingMode.HalfAwayFromZero, 2);

    [Theory]
    // "for results with target value greater than initial value"
    [InlineData(0, 100, 0, 0, 100, 0, 100)]
    [InlineData(0, 100, 20, 20, 80, 20, 100)]
    [InlineData(0, 100, 100, 100, 0, 100, 100)]
    [InlineData(0, 100, 150, 150, 0, 150, 100)]
    [InlineData(20, 100, 20, 0, 80, 20, 100)]
    [InlineData(20, 100, 100, 100, 0, 100, 100)]
    [InlineData(20, 100, 0, -25, 100, 0, 100)]
    [InlineData(20, 100, -20, -50, 120, -20, 100)]
    // the second "describe" (a target below the start)
    [InlineData(100, 0, 100, 0, 100, 0, 100)]
    [InlineData(100, 0, 80, 20, 80, 20, 100)]
    [InlineData(100, 0, 0, 100, 0, 100, 100)]
    [InlineData(100, 20, 100, 0, 80, 0, 80)]
    [InlineData(100, 20, 80, 25, 60, 20, 80)]
    [InlineData(100, 20, 20, 100, 0, 80, 80)]
    [InlineData(100, 20, 0, 125, 0, 100, 80)]
    // "for results with start and target value equal to 0"
    [InlineData(0, 0, 0, 0, 0, 0, 0)]
    public void KeyResultProgressDetails(int start, int target, int current, double percentage, int remaining, int completed, int total) =>
        AssertDetails(start, target, current, percentage, remaining, completed, total);

    [Theory]
    // "for results without current value": counted at the start.
    [InlineData(0, 100, 0, 100, 0, 100)]
    [InlineData(100, 0, 0, 100, 0, 100)]
    public void KeyResultProgressDetails_WithoutCurrentValue(int start, int target, double percentage, int remaining, int completed, int total) =>
        AssertDetails(start, target, null, percentage, remaining, completed, total);

    private static void AssertDetails(int start, int target, int? current, double percentage, int remaining, int completed, int total)
    {
        var result = GoalEvaluator.Evaluate(Builder().KeyResult("kr", start, target, current).Build(), Year2024, AsOf, EvaluationPresets.OkrProgress(clamp: false))["kr"];
        var score = result.Explanation.Find<ScoreStep>()!;

        Assert.Equal((decimal)percentage, TwoDecimals.Percent(result.Score!.Value));
        Assert.Equal((remaining, completed, total), ((int)score.DistanceToTarget!.Value, (int)score.Done!.Value, (int)score.Total!.Value));
    }
}
