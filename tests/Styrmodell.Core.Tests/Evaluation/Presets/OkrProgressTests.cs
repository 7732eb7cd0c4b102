using Styrmodell.Evaluation;
using Styrmodell.Model;
using Styrmodell.Targets;
using Styrmodell.Time;
using static Styrmodell.Tests.Evaluation.EvaluationFixture;

namespace Styrmodell.Tests.Evaluation.Presets;

/// <summary>
/// The OKR preset against oslokommune/okr-tracker: src/util/keyResultProgress.js (the web client: progress
/// (current − start) ÷ (target − start) unclamped through d3's scaleLinear, a key result without a current value at its
/// start, percentages by Math.round, start = target 0 %) and functions/progress/handleKeyResultProgress.js (the cloud
/// function: the same scale with clamp(true), objective progress the weighted mean normalised by the total weight).
/// Key results and values are illustrative.
/// </summary>
public class OkrProgressTests
{
    private static EvaluationResult Evaluate(SteeringModelBuilder builder, bool clamp = true) =>
        GoalEvaluator.Evaluate(builder.Build(), Year2024, AsOf, EvaluationPresets.OkrProgress(clamp));

    [Theory]
    [InlineData(0, 10, 4, 0.4)]      // rising: 4 of the 10 to go
    [InlineData(100, 50, 80, 0.4)]   // falling: 20 of the 50 to go, by the same formula
    [InlineData(20, 20, 25, 0.0)]    // start = target: 0
    public void KeyResult_Progress_FromStartToTarget(int start, int target, int current, double expected) =>
        Assert.Equal(expected, Evaluate(Builder().KeyResult("kr", start, target, current))["kr"].Score!.Value, 12);

    [Fact]
    public void KeyResult_WithoutCurrentValue_CountsAsAtItsStart()
    {
        var kr = Evaluate(Builder().KeyResult("kr", 10, 30, null))["kr"];

        Assert.Equal(0.0, kr.Score);
        Assert.Equal(
            [ExplanationStepKind.Outcome, ExplanationStepKind.CountedAtBaseline, ExplanationStepKind.Target, ExplanationStepKind.Score],
            kr.Explanation.Steps.Select(s => s.Kind));
        Assert.Equal(OutcomeFinding.Missing, kr.Explanation.Find<OutcomeStep>()!.Finding);
        Assert.Equal(new CountedAtBaselineStep(10m, ReportingPeriod.Year(2023)), kr.Explanation.Find<CountedAtBaselineStep>());
        Assert.Equal(30m, kr.Explanation.Find<TargetStep>()!.Value);
        // (10 − 10) ÷ (30 − 10) = 0; 20 left to the target; a rising key result counts its tasks from 0, so 10 of 30 done.
        Assert.Equal(new ScoreStep(ScoreBasis.LinearFromBaseline, ScoreMethod.LinearFromBaseline, 0.0, 20m) { Done = 10m, Total = 30m }, kr.Explanation.Find<ScoreStep>());
    }

    [Theory]
    [InlineData(true, 12, 1.0)]     // the cloud function clamps: 1
    [InlineData(false, 12, 1.2)]    // the web client does not: 1.2 (120 %)
    [InlineData(true, -5, 0.0)]
    [InlineData(false, -5, -0.5)]   // behind the start
    public void Clamping_IsAChoice(bool clamp, int current, double expected) =>
        Assert.Equal(expected, Evaluate(Builder().KeyResult("kr", 0, 10, current), clamp)["kr"].Score!.Value, 12);

    [Theory]
    [InlineData(true, 1.0)]       // far beyond the target: clamped to 1
    [InlineData(false, 1e34)]     // unclamped: 10⁶ ÷ 10⁻²⁸, beyond decimal's range but a finite double
    public void KeyResult_ProgressBeyondDecimalRange_IsScoredNotThrown(bool clamp, double expected)
    {
        // A target 10⁻²⁸ above its start of 0 and a current value of 10⁶: the decimal quotient overflows.
        var kr = Evaluate(Builder().KeyResult("kr", 0m, 0.0000000000000000000000000001m, 1_000_000m), clamp)["kr"];

        Assert.Equal(expected, kr.Score!.Value, expected * 1e-12);
    }

    [Fact]
    public void Objective_IsTheWeightedMeanOfItsKeyResults()
    {
        // getWeightedProgression: KR1 (weight 2) at 0.4, KR2 (weight 1) at 1.0 → (2 × 0.4 + 1 × 1.0) ÷ 3 = 0.6, shown 60 %.
        var result = Evaluate(Builder().KeyResult("kr1", 0, 10, 4, weight: 2).KeyResult("kr2", 0, 5, 5));

        Assert.Equal(0.6, result["kf"].Score!.Value, 12);
        Assert.Equal(60m, result.Present("kf").ScorePercent);
    }

    [Fact]
    public void Objective_Unclamped_CarriesOvershootUpwards()
    {
        // KR1 at 1.2 and KR2 at 0.4, equal weights: 0.8 unclamped; clamped, KR1 counts 1.0 and the objective 0.7.
        var builder = Builder().KeyResult("kr1", 0, 10, 12).KeyResult("kr2", 0, 10, 4);

        Assert.Equal(0.8, Evaluate(builder, clamp: false)["kf"].Score!.Value, 12);
        Assert.Equal(0.7, Evaluate(Builder().KeyResult("kr1", 0, 10, 12).KeyResult("kr2", 0, 10, 4))["kf"].Score!.Value, 12);
    }

    [Fact]
    public void Percentages_AreRoundedHalfAwayFromZero_AtPresentationOnly()
    {
        // 1 of 8 = 12.5 %: Math.round gives 13 (and so does half away from zero); the score itself stays 0.125.
        var result = Evaluate(Builder().KeyResult("kr", 0, 8, 1));

        Assert.Equal(0.125, result["kr"].Score);
        Assert.Equal(13m, result.Present("kr").ScorePercent);
    }

    [Fact]
    public void ObjectiveWithoutKeyResults_Scores0_AsTheCloudFunctionStores()
    {
        // functions/progress/handleKeyResultProgress.js, getWeightedProgression: no key results → 0.
        var objective = Evaluate(Builder())["kf"];

        Assert.Equal(0.0, objective.Score);
        Assert.Equal(new EmptyRollUpStep(), Assert.Single(objective.Explanation.Steps));
    }

    [Fact]
    public void NodeThatNothingFeeds_IsNotAssessed_ByDefault()
    {
        var objective = GoalEvaluator.Evaluate(Builder().Build(), Year2024, AsOf, EvaluationPresets.OkrProgress() with { EmptyRollUpIsZero = false })["kf"];

        Assert.Null(objective.Score);
        Assert.Equal(new NotAssessedStep(NotAssessedReason.NothingFeeds), Assert.Single(objective.Explanation.Steps));
    }
}
