using Styrmodell.Evaluation;
using Styrmodell.Model;

namespace Styrmodell.Tests.Evaluation.Presets;

/// <summary>
/// Worked examples from territoires-en-transitions' own test suite (incubateur-ademe/territoires-en-transitions,
/// business/tests/unit/evaluation/test_compute_referentiel_scores_for_collectivite.py, fixture
/// <c>simple_point_tree_referentiel</c>, <c>action_level=1</c>): eci (100 points) → eci_1 (30), eci_2 (70) at the action
/// level → eci_1.1 (10), eci_1.2 (20), eci_2.0 (0), eci_2.1 (65), eci_2.2 (5), which share out not-concerned points.
/// Each asserts the points the source asserts that the result carries: <c>point_fait</c> / <c>point_programme</c> /
/// <c>point_pas_fait</c> (<see cref="RuleStep.PointsAwarded"/> with the share scored) and <c>point_potentiel</c>
/// (<see cref="RuleStep.PointsAvailable"/>).
/// </summary>
public class TerritoiresTestSuiteExamples
{
    private static readonly string[] Sharing = ["action"];

    private static SteeringModelBuilder Eci(string? statusOfEci11) => PointsReferential.Referential()
        .Item("eci", "axe", "R", 100)
        .Item("eci_1", "action", "eci", 30).Item("eci_2", "action", "eci", 70)
        .Item("eci_1.1", "sous-action", "eci_1", 10, statusOfEci11).Item("eci_1.2", "sous-action", "eci_1", 20)
        .Item("eci_2.0", "sous-action", "eci_2", 0).Item("eci_2.1", "sous-action", "eci_2", 65).Item("eci_2.2", "sous-action", "eci_2", 5);

    private static (double Awarded, double Available) Points(EvaluationResult result, string id)
    {
        var rule = result[id].Explanation.Find<RuleStep>()!;
        return (Math.Round(rule.PointsAwarded!.Value, 9), Math.Round(rule.PointsAvailable!.Value, 9));
    }

    private static EvaluationResult Evaluate(string? status, PointsShare share) =>
        GoalEvaluator.Evaluate(Eci(status).Build(), EvaluationFixture.Year2024, EvaluationFixture.AsOf, EvaluationPresets.PointsScoring(Sharing, share));

    [Theory]
    // test_notation_when_one_tache_is_fait: point_fait 10 of potentiel 30 (eci_1) and 100 (eci); eci_2 0 of 70.
    [InlineData("fait", PointsShare.Done)]
    // test_notation_when_one_tache_is_programme: point_programme 10 likewise.
    [InlineData("programme", PointsShare.Planned)]
    // test_notation_when_one_tache_is_pas_fait: point_pas_fait 10 likewise.
    [InlineData("pas-fait", PointsShare.NotDone)]
    public void OneTask_WithAStatus_CountsItsPoints_UpTheTree(string status, PointsShare share)
    {
        var result = Evaluate(status, share);

        Assert.Equal((10.0, 30.0), Points(result, "eci_1"));
        Assert.Equal((0.0, 70.0), Points(result, "eci_2"));
        Assert.Equal((10.0, 100.0), Points(result, "eci"));
    }

    [Theory]
    [InlineData("fait", PointsShare.Planned)]
    [InlineData("fait", PointsShare.NotDone)]
    [InlineData("programme", PointsShare.Done)]
    public void OneTask_WithAStatus_CountsNothing_InTheOtherShares(string status, PointsShare share)
    {
        // The same tests: point_programme and point_pas_fait are 0 for a task fait, point_fait 0 for one programmé.
        var result = Evaluate(status, share);

        Assert.Equal((0.0, 30.0), Points(result, "eci_1"));
        Assert.Equal((0.0, 100.0), Points(result, "eci"));
    }

    [Fact]
    public void NonConcerneTask_GivesItsPointsToItsSibling_AndTheActionKeepsItsPotential()
    {
        // test_notation_when_one_tache_is_non_concerne: eci_1.1 non concerné; eci_1.2's point_potentiel is 30 (its 20
        // and eci_1.1's 10), eci_1's potentiel 30, eci's 100; nothing is done (point_fait 0 everywhere).
        var result = Evaluate("non-concerne", PointsShare.Done);

        Assert.True(result["eci_1.1"].IsNotConcerned);
        Assert.Equal((0.0, 30.0), Points(result, "eci_1"));
        var rule = result["eci_1"].Explanation.Find<RuleStep>()!;
        Assert.Equal((10.0, 10.0, 1), (rule.NotConcernedPoints, rule.SharedOutEach, rule.Receivers));
        Assert.Equal((0.0, 100.0), Points(result, "eci"));
    }
}
