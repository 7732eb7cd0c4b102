using Styrmodell.Evaluation;
using Styrmodell.Model;

namespace Styrmodell.Tests.Evaluation.Presets;

/// <summary>
/// Points not reported (<c>pointNonRenseigne</c>) and the fully-reported flag (<c>renseigne</c>), from
/// territoires-en-transitions' own test suite (incubateur-ademe/territoires-en-transitions,
/// <c>apps/backend/src/referentiels/compute-score/scores.service.spec.ts</c>, <c>computeScoreMap</c> on
/// <c>simpleReferentiel</c>: eci (100) → eci_1 (30) → eci_1.1 (10), eci_1.2 (20); eci_2 (70) → eci_2.0 (0), eci_2.1 (65),
/// eci_2.2 (5)). A task without a status has all its potential not reported; a parent sums its children's; a parent is
/// fully reported only when none is left. Each asserts the source's <c>pointNonRenseigne</c>, <c>renseigne</c> and
/// <c>pointPotentiel</c>, and the points of the share scored.
/// </summary>
public class TerritoiresNotReportedExamples
{
    private static readonly string[] Sharing = ["action"];

    private static SteeringModelBuilder Eci(string? statusOfEci11, string? statusOfEci12 = null) => PointsReferential.Referential()
        .Item("eci", "axe", "R", 100)
        .Item("eci_1", "action", "eci", 30).Item("eci_2", "action", "eci", 70)
        .Item("eci_1.1", "sous-action", "eci_1", 10, statusOfEci11).Item("eci_1.2", "sous-action", "eci_1", 20, statusOfEci12)
        .Item("eci_2.0", "sous-action", "eci_2", 0).Item("eci_2.1", "sous-action", "eci_2", 65).Item("eci_2.2", "sous-action", "eci_2", 5);

    private static EvaluationResult Evaluate(SteeringModelBuilder builder, EvaluationOptions? options = null) =>
        GoalEvaluator.Evaluate(builder.Build(), EvaluationFixture.Year2024, EvaluationFixture.AsOf, options ?? EvaluationPresets.PointsScoring(Sharing));

    private static (double NotReported, bool Reported, double Potential) Reporting(EvaluationResult result, string id)
    {
        var rule = result[id].Explanation.Find<RuleStep>()!;
        return (Math.Round(rule.PointsNotReported!.Value, 9), rule.IsFullyReported!.Value, Math.Round(rule.PointsAvailable!.Value, 9));
    }

    [Theory]
    // notation_when_one_tache_is_fait, _is_programme, _is_pas_fait: eci_1 20 not reported of 30, eci_2 70 of 70, eci 90 of 100.
    [InlineData("fait")]
    [InlineData("programme")]
    [InlineData("pas-fait")]
    public void OneTaskWithAStatus_LeavesItsSiblingsPointsNotReported(string status)
    {
        var result = Evaluate(Eci(status));

        Assert.Equal((20.0, false, 30.0), Reporting(result, "eci_1"));
        Assert.Equal((70.0, false, 70.0), Reporting(result, "eci_2"));
        Assert.Equal((90.0, false, 100.0), Reporting(result, "eci"));
    }

    [Fact]
    public void NonConcerneTask_ItsSiblingCarriesTheSharedOutPoints_NotReported()
    {
        // notation_when_one_tache_is_non_concerne: eci_1.2 receives eci_1.1's 10 points; eci_1 30 not reported of 30,
        // eci 100 of 100.
        var result = Evaluate(Eci("non-concerne"));

        Assert.Equal((30.0, false, 30.0), Reporting(result, "eci_1"));
        Assert.Equal((100.0, false, 100.0), Reporting(result, "eci"));
    }

    [Fact]
    public void NonConcerneAction_IsLeftOutAbove_WithItsPoints()
    {
        // notation_when_an_action_of_action_level_becomes_non_concernee: eci_1.1 and eci_1.2 non concerné, so eci_1 is
        // not concerned and not shared out above the action level: eci 70 not reported of a potential of 70.
        var result = Evaluate(Eci("non-concerne", "non-concerne"));

        Assert.True(result["eci_1"].IsNotConcerned);
        Assert.Equal((70.0, false, 70.0), Reporting(result, "eci_2"));
        Assert.Equal((70.0, false, 70.0), Reporting(result, "eci"));
    }

    [Fact]
    public void EveryTaskWithAStatus_IsFullyReported()
    {
        // Both tasks of eci_1 reported: nothing is left (renseigne true), whatever the statuses.
        var result = Evaluate(Eci("fait", "pas-fait"));

        Assert.Equal((0.0, true, 30.0), Reporting(result, "eci_1"));
        Assert.Equal((70.0, false, 100.0), Reporting(result, "eci"));
    }

    [Theory]
    // notation_when_one_tache_has_detailed_avancement: eci_1.1 détaillé [0.2, 0.7, 0.1] gives point_fait 2,
    // point_programme 7, point_pas_fait 1 of 10 up to eci_1 and eci; eci_1 20 not reported, eci 90. Whichever share is
    // scored, the assessment's own split gives it.
    [InlineData(PointsShare.Done, 2.0)]
    [InlineData(PointsShare.Planned, 7.0)]
    [InlineData(PointsShare.NotDone, 1.0)]
    public void DetailedStatus_ScoresTheAssessmentsShare(PointsShare share, double points)
    {
        var model = Eci(null).Status("eci_1.1", "detaille", new PointsSplit(0.2, 0.7, 0.1));

        var result = Evaluate(model, EvaluationPresets.PointsScoring(Sharing, share));

        Assert.Equal(points, Math.Round(result["eci_1"].Explanation.Find<RuleStep>()!.PointsAwarded!.Value, 9));
        Assert.Equal(points, Math.Round(result["eci"].Explanation.Find<RuleStep>()!.PointsAwarded!.Value, 9));
        Assert.Equal((20.0, false, 30.0), Reporting(result, "eci_1"));
        Assert.Equal((90.0, false, 100.0), Reporting(result, "eci"));
    }

    [Fact]
    public void NonPointsRules_CarryNoNotReportedPoints()
    {
        var result = Evaluate(Eci(null), EvaluationOptions.Default with { AssessedRoles = EvaluationPresets.PointsScoring(Sharing).AssessedRoles });

        Assert.Null(result["eci_1"].Explanation.Find<RuleStep>()?.PointsNotReported);
    }
}
