using Styrmodell.Evaluation;
using Styrmodell.Model;
using Styrmodell.Targets;
using static Styrmodell.Tests.Evaluation.EvaluationFixture;

namespace Styrmodell.Tests.Evaluation.Presets;

/// <summary>
/// Worked examples from Decidim's own test suite (decidim/decidim), run through
/// <see cref="EvaluationPresets.AverageWithMissingAsZero"/>: results with progress 40, 20, none and 50 (in per cent);
/// a taxonomy is a goal fed by its results (those of its sub-taxonomies included). Each asserts what the source spec
/// asserts: <c>count</c> (the node's inputs, <see cref="RuleStep.Used"/>) and <c>progress</c> (the score, in per cent).
/// </summary>
public class DecidimTestSuiteExamples
{
    private static SteeringModelBuilder Results(params (string Id, decimal? Progress)[] results)
    {
        var builder = Builder();
        foreach (var (id, progress) in results)
        {
            builder.Indicator(id, Direction.HigherIsBetter, 100m, progress);
        }

        return builder;
    }

    // result1 (taxonomy, 40), result2 (taxonomy and sub-taxonomy, 20), result3 (sub-taxonomy, none).
    private static SteeringModelBuilder Taxonomy() => Results(("result1", 40m), ("result2", 20m), ("result3", null));

    private static NodeResult Evaluate(SteeringModelBuilder builder) =>
        GoalEvaluator.Evaluate(builder.Build(), Year2024, AsOf, EvaluationPresets.AverageWithMissingAsZero())["kf"];

    [Fact]
    public void ResultsCalculator_CountsTheTaxonomysResults()
    {
        // decidim-accountability/spec/services/decidim/accountability/results_calculator_spec.rb, "counts the
        // results": 3 (the sub-taxonomy's result without progress included).
        var result = Evaluate(Taxonomy());

        Assert.Equal(3, result.Explanation.Find<RuleStep>()!.Used);
        Assert.Equal(3, result.Explanation.Inputs.Count);
    }

    [Fact]
    public void ResultsCalculator_AveragesProgress_MissingAsZero()
    {
        // results_calculator_spec.rb, "calculates an average of the progress": (40 + 20 + 0) ÷ 3 = 20.
        var result = Evaluate(Taxonomy());

        Assert.Equal(0.20, result.Score!.Value, 12);
    }

    [Fact]
    public void CalculatorHelper_AveragesAllResults_WhenNoTaxonomyIsGiven()
    {
        // decidim-accountability/spec/helpers/decidim/accountability/calculator_helper_spec.rb, "#progress_calculator
        // … when no taxonomy_id is given": (40 + 20 + 0 + 50) ÷ 4 = 27.5.
        var result = Evaluate(Results(("result1", 40m), ("result2", 20m), ("result3", null), ("result4", 50m)));

        Assert.Equal(0.275, result.Score!.Value, 12);
    }

    [Fact]
    public void CalculatorHelper_CountsAllResults_WhenNoTaxonomyIsGiven()
    {
        // calculator_helper_spec.rb, "#count_calculator counts all results when no taxonomy_id is given": 4.
        var result = Evaluate(Results(("result1", 40m), ("result2", 20m), ("result3", null), ("result4", 50m)));

        Assert.Equal(4, result.Explanation.Find<RuleStep>()!.Used);
    }

    [Fact]
    public void CalculatorHelper_AveragesATaxonomy_ItsChildrenIncluded()
    {
        // calculator_helper_spec.rb, "calculates the average progress for a specific taxonomy (including children)": 20.
        Assert.Equal(0.20, Evaluate(Taxonomy()).Score!.Value, 12);
    }

    [Fact]
    public void CalculatorHelper_CountsATaxonomysResults_ItsChildrenIncluded()
    {
        // calculator_helper_spec.rb, "counts results for a specific taxonomy (including children)": 3.
        Assert.Equal(3, Evaluate(Taxonomy()).Explanation.Find<RuleStep>()!.Used);
    }

    [Fact]
    public void CalculatorHelper_TaxonomyWithoutResults_HasNoProgress()
    {
        // calculator_helper_spec.rb, "handles taxonomy with no results gracefully": progress nil.
        var result = Evaluate(Builder());

        Assert.Null(result.Score);
        Assert.Equal(NotAssessedReason.NothingFeeds, result.Explanation.Find<NotAssessedStep>()!.Reason);
    }

    [Fact]
    public void CalculatorHelper_TaxonomyWithoutResults_CountsNone()
    {
        // calculator_helper_spec.rb, "handles taxonomy with no results": count 0.
        var result = Evaluate(Builder());

        Assert.Empty(result.Explanation.Inputs);
        Assert.Null(result.Explanation.Find<RuleStep>());
    }

    [Fact]
    public void ResultsWithoutProgress_AreCounted_AsCountedAsNotMet()
    {
        // results_calculator_spec.rb: the result without progress counts in both count and average (COALESCE).
        var result = Evaluate(Taxonomy());

        Assert.Equal(InputUse.CountedAsNotMet, result.Explanation.Inputs.Single(i => i.NodeId == "result3").Use);
    }

    [Fact]
    public void ProgressInPerCent_IsTheScoreTimes100()
    {
        // results_calculator_spec.rb: Decidim's progress is in per cent (20, not 0.2); Present gives the score so.
        var result = GoalEvaluator.Evaluate(Taxonomy().Build(), Year2024, AsOf, EvaluationPresets.AverageWithMissingAsZero());

        Assert.Equal(20m, result.Present("kf").ScorePercent);
    }
}
