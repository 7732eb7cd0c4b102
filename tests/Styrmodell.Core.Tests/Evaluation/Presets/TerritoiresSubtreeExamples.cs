using Styrmodell.Evaluation;
using Styrmodell.Exchange;
using Styrmodell.Model;
using Styrmodell.Validation;

namespace Styrmodell.Tests.Evaluation.Presets;

/// <summary>
/// Deactivated (<i>désactivé</i>) and not-concerned subtrees, from territoires-en-transitions: its test suite
/// (incubateur-ademe/territoires-en-transitions, <c>apps/backend/src/referentiels/compute-score/scores.service.spec.ts</c>,
/// <c>simpleReferentiel</c>/<c>deeperReferentiel</c>) and its rules in <c>scores.service.ts</c>
/// (<c>appliquePersonnalisationDesactivation</c> and <c>appliqueActionStatutNonConcerneEtRemonteAuxParents</c> pass a
/// parent's <c>desactive</c> / <c>concerne = false</c> down to every child; <c>appliqueActionAvancementEtRemonteAuxParents</c>
/// gives a not-concerned action no points and a potential of 0).
/// </summary>
public class TerritoiresSubtreeExamples
{
    private static SteeringModelBuilder Deeper() => PointsReferential.Referential()
        .Item("eci", "axe", "R", 100)
        .Item("eci_1", "action", "eci", 30).Item("eci_2", "action", "eci", 70)
        .Item("eci_1.1", "sous-action", "eci_1", 10).Item("eci_1.2", "sous-action", "eci_1", 20)
        .Item("eci_2.0", "sous-action", "eci_2", 0).Item("eci_2.1", "sous-action", "eci_2", 65).Item("eci_2.2", "sous-action", "eci_2", 5)
        .Item("eci_2.1.0", "tache", "eci_2.1", 0).Item("eci_2.1.1", "tache", "eci_2.1", 40).Item("eci_2.1.2", "tache", "eci_2.1", 25)
        .Item("eci_2.2.1", "tache", "eci_2.2", 2).Item("eci_2.2.2", "tache", "eci_2.2", 1.5).Item("eci_2.2.3", "tache", "eci_2.2", 1.5);

    private static readonly EvaluationOptions Preset = EvaluationPresets.PointsScoring(["action", "sous-action"]);

    private static EvaluationResult Evaluate(SteeringModelBuilder builder, EvaluationOptions? options = null) =>
        GoalEvaluator.Evaluate(builder.Build(), EvaluationFixture.Year2024, EvaluationFixture.AsOf, options ?? Preset);

    private static NotAssessedReason? Reason(EvaluationResult result, string id) => result[id].Explanation.Find<NotAssessedStep>()?.Reason;

    [Fact]
    public void DeactivatedAction_TakesOutItsSubtree_AndItsPotential()
    {
        // notation_when_one_action_is_desactivee: eci_1 désactivé, eci_2.2 fait. eci_1, eci_1.1 and eci_1.2 are
        // désactivés with a potential of 0; eci's potential is 70, its point_fait 5 (eci_2.2's), and eci is not désactivé.
        var result = Evaluate(Deeper().Status("eci_2.2", "fait"), Preset with { DeactivatedNodes = ["eci_1"] });

        Assert.Equal(NotAssessedReason.Deactivated, Reason(result, "eci_1"));
        Assert.All(["eci_1", "eci_1.1", "eci_1.2"], id => Assert.True(result[id].IsNotConcerned));
        Assert.Equal(NotAssessedReason.ParentDeactivated, Reason(result, "eci_1.1"));
        Assert.Equal(NotAssessedReason.ParentDeactivated, Reason(result, "eci_1.2"));
        var eci = result["eci"].Explanation.Find<RuleStep>()!;
        Assert.Equal((70.0, 5.0, 5.0), (Math.Round(eci.PointsAvailable!.Value, 9), Math.Round(eci.PointsAwarded!.Value, 9), Math.Round(eci.PointsDone!.Value, 9)));
        Assert.False(result["eci"].IsNotConcerned);
    }

    [Fact]
    public void NotConcernedSubAction_TakesOutItsTasks_AndItsPointsGoToItsSibling()
    {
        // appliqueActionStatutNonConcerneEtRemonteAuxParents: eci_2.1 non concerné (with one of its tasks reported fait)
        // makes its three tasks non concernés; eci_2.2 receives its 65 points below the action level: eci_2 has 70
        // available, none reported. The task's own fait no longer counts.
        var result = Evaluate(Deeper().Status("eci_2.1", "non-concerne").Status("eci_2.1.1", "fait"));

        Assert.All(["eci_2.1", "eci_2.1.0", "eci_2.1.1", "eci_2.1.2"], id => Assert.True(result[id].IsNotConcerned));
        Assert.Equal(NotAssessedReason.ParentNotConcerned, Reason(result, "eci_2.1.1"));
        Assert.Null(result["eci_2.1.1"].Score);
        var eci2 = result["eci_2"].Explanation.Find<RuleStep>()!;
        Assert.Equal((70.0, 0.0, 70.0), (Math.Round(eci2.PointsAvailable!.Value, 9), Math.Round(eci2.PointsAwarded!.Value, 9), Math.Round(eci2.PointsNotReported!.Value, 9)));
    }

    [Fact]
    public void WithoutTheOption_ChildrenKeepTheirOwnResults()
    {
        // The engine's default: a status decides its own node only, so a task below a not-concerned sub-action keeps its status.
        var result = Evaluate(Deeper().Status("eci_2.1", "non-concerne").Status("eci_2.1.1", "fait"), Preset with { NotConcernedSubtrees = false });

        Assert.True(result["eci_2.1"].IsNotConcerned);
        Assert.False(result["eci_2.1.1"].IsNotConcerned);
        Assert.Equal(1.0, result["eci_2.1.1"].Score);
    }

    [Fact]
    public void DeactivatedTask_IsNotConcerned_AndSharesOutItsPoints()
    {
        // eci_desactivation_of_sous_action_242_should_redistribute_points_amongst_siblings, on the deeper referential:
        // a deactivated task's points go to its siblings with points as a non-concerné one's do; eci_2.2 keeps 5.
        var result = Evaluate(Deeper(), Preset with { DeactivatedNodes = ["eci_2.2.1"] });

        Assert.Equal(NotAssessedReason.Deactivated, Reason(result, "eci_2.2.1"));
        var step = result["eci_2.2"].Explanation.Find<RuleStep>()!;
        Assert.Equal((5.0, 2.0, 1.0, 2), (Math.Round(step.PointsAvailable!.Value, 9), step.NotConcernedPoints, step.SharedOutEach, step.Receivers));
    }

    [Fact]
    public void UnknownDeactivatedNode_IsAProblem()
    {
        var problems = new ExchangeDocumentBuilder(Deeper()).WithEvaluation(Preset with { DeactivatedNodes = ["eci_9"] }).Validate();

        var problem = Assert.Single(problems);
        Assert.Equal((ProblemCodes.DanglingReference, "eci_9", "deactivatedNodes[0]"), (problem.Code, problem.Location.Id, problem.Location.Member));
    }
}
