using Styrmodell.Evaluation;
using Styrmodell.Model;
using Styrmodell.Targets;
using static Styrmodell.Tests.Evaluation.EvaluationFixture;

namespace Styrmodell.Tests.Evaluation.Presets;

/// <summary>
/// The average preset against Decidim accountability (decidim/decidim): decidim-accountability/app/services/decidim/
/// accountability/results_calculator.rb averages <c>COALESCE(progress, 0)</c>, fixed in pull request #2638 for issue
/// #2637, whose example is progress [30, 70, nil] → 33.33, not 50. (Result#update_progress! in app/models/…/result.rb
/// averages a parent's children with SQL AVG, which skips nil: that is the engine's default, Exclude.) A result's
/// progress is an indicator outcome against a target of 100 %.
/// </summary>
public class AverageWithMissingAsZeroTests
{
    private static EvaluationResult Evaluate(SteeringModelBuilder builder, EvaluationOptions? options = null) =>
        GoalEvaluator.Evaluate(builder.Build(), Year2024, AsOf, options ?? EvaluationPresets.AverageWithMissingAsZero());

    private static SteeringModelBuilder Issue2637() => Builder()
        .Indicator("r1", Direction.HigherIsBetter, 100m, 30m)
        .Indicator("r2", Direction.HigherIsBetter, 100m, 70m)
        .Indicator("r3", Direction.HigherIsBetter, 100m, null);

    [Fact]
    public void ChildWithoutProgress_CountsAsZero()
    {
        var result = Evaluate(Issue2637());

        Assert.Equal(1.0 / 3.0, result["kf"].Score!.Value, 12);
        Assert.Equal(33m, result.Present("kf").ScorePercent);
        Assert.Equal(InputUse.CountedAsNotMet, result["kf"].Explanation.Inputs.Single(i => i.NodeId == "r3").Use);
    }

    [Fact]
    public void ChildrenSkippedLikeSqlAvg_IsTheEngineDefault()
    {
        var options = EvaluationPresets.AverageWithMissingAsZero() with { MissingData = MissingDataPolicy.Exclude };

        Assert.Equal(0.5, Evaluate(Issue2637(), options)["kf"].Score!.Value, 12);
    }

    [Fact]
    public void EveryChildWithoutProgress_Averages0_ButNoChildrenGivesNoValue()
    {
        var result = Evaluate(Builder().Indicator("r1", Direction.HigherIsBetter, 100m, null).Indicator("r2", Direction.HigherIsBetter, 100m, null));

        Assert.Equal(0.0, result["kf"].Score);
        Assert.Null(Evaluate(Builder())["kf"].Score);
        Assert.Equal(new NotAssessedStep(NotAssessedReason.NothingFeeds), Assert.Single(Evaluate(Builder())["kf"].Explanation.Steps));
    }

    [Fact]
    public void PlainAverage_IgnoresLinkWeights()
    {
        // Link weights 3 and 1 would give (3 × 0.2 + 0.6) ÷ 4 = 0.3; the plain average is 0.4.
        var result = Evaluate(Builder().Indicator("r1", Direction.HigherIsBetter, 100m, 20m, weight: 3).Indicator("r2", Direction.HigherIsBetter, 100m, 60m));

        Assert.Equal(0.4, result["kf"].Score!.Value, 12);
    }
}
