using Styrmodell.Evaluation;
using Styrmodell.Exchange;
using Styrmodell.Model;
using Styrmodell.Validation;

namespace Styrmodell.Tests.Evaluation.Presets;

/// <summary>
/// Points done, planned, not done and not reported in one evaluation, and the task counts, from territoires-en-transitions'
/// own test suite: incubateur-ademe/territoires-en-transitions, <c>apps/backend/src/referentiels/compute-score/scores.service.spec.ts</c>,
/// <c>describe('computeScoreMap')</c>, on <c>simpleReferentiel</c> (eci (100) → eci_1 (30) → eci_1.1 (10), eci_1.2 (20);
/// eci_2 (70) → eci_2.0 (0), eci_2.1 (65), eci_2.2 (5)) and <c>deeperReferentiel</c> (the same with tasks eci_2.1.0 (0),
/// eci_2.1.1 (40), eci_2.1.2 (25) and eci_2.2.1 (2), eci_2.2.2 (1.5), eci_2.2.3 (1.5)), with the action level 1, so
/// actions and deeper nodes share out. Each asserts the source's <c>pointFait</c>, <c>pointProgramme</c>,
/// <c>pointPasFait</c>, <c>pointNonRenseigne</c>, <c>pointPotentiel</c>, <c>renseigne</c>, <c>totalTachesCount</c>,
/// <c>completedTachesCount</c> and the four <c>…TachesAvancement</c> of the nodes it checks.
/// </summary>
public class TerritoiresSharesExamples
{
    private static SteeringModelBuilder Simple() => PointsReferential.Referential()
        .Item("eci", "axe", "R", 100)
        .Item("eci_1", "action", "eci", 30).Item("eci_2", "action", "eci", 70)
        .Item("eci_1.1", "sous-action", "eci_1", 10).Item("eci_1.2", "sous-action", "eci_1", 20)
        .Item("eci_2.0", "sous-action", "eci_2", 0).Item("eci_2.1", "sous-action", "eci_2", 65).Item("eci_2.2", "sous-action", "eci_2", 5);

    private static SteeringModelBuilder Deeper() => Simple()
        .Item("eci_2.1.0", "tache", "eci_2.1", 0).Item("eci_2.1.1", "tache", "eci_2.1", 40).Item("eci_2.1.2", "tache", "eci_2.1", 25)
        .Item("eci_2.2.1", "tache", "eci_2.2", 2).Item("eci_2.2.2", "tache", "eci_2.2", 1.5).Item("eci_2.2.3", "tache", "eci_2.2", 1.5);

    private static EvaluationResult Evaluate(SteeringModelBuilder builder, PointsShare share = PointsShare.Done) =>
        GoalEvaluator.Evaluate(builder.Build(), EvaluationFixture.Year2024, EvaluationFixture.AsOf,
            EvaluationPresets.PointsScoring(["action", "sous-action"], share));

    /// <summary>pointFait, pointProgramme, pointPasFait, pointNonRenseigne, pointPotentiel, renseigne.</summary>
    private static (double, double, double, double, double, bool) Points(EvaluationResult result, string id)
    {
        var rule = result[id].Explanation.Find<RuleStep>()!;
        return (R(rule.PointsDone), R(rule.PointsPlanned), R(rule.PointsNotDone), R(rule.PointsNotReported), R(rule.PointsAvailable), rule.IsFullyReported!.Value);
    }

    /// <summary>totalTachesCount, completedTachesCount, fait-, programme-, pasFait-, pasConcerneTachesAvancement.</summary>
    private static TaskCounts Tasks(EvaluationResult result, string id)
    {
        var t = result[id].Explanation.Find<RuleStep>()?.Tasks ?? result[id].Explanation.Find<StatusStep>()!.Tasks!;
        return t with { Done = R(t.Done), Planned = R(t.Planned), NotDone = R(t.NotDone), NotConcerned = R(t.NotConcerned) };
    }

    private static double R(double? x) => Math.Round(x!.Value, 9);

    [Theory]
    // notation_when_one_tache_is_fait (and _avancementDetaille_non_renseigne, the same figures): eci_1 10 fait, 20 non
    // renseigné of 30, 2 tasks, 1 completed, 1 fait; eci_2 70 non renseigné, 3 tasks; eci 10 fait, 90 of 100, 5 tasks.
    [InlineData("fait", 1, 0, 0)]
    // notation_when_one_tache_is_programme: the same with point_programme 10, programmeTachesAvancement 1.
    [InlineData("programme", 0, 1, 0)]
    // notation_when_one_tache_is_pas_fait: the same with point_pas_fait 10, pasFaitTachesAvancement 1.
    [InlineData("pas-fait", 0, 0, 1)]
    public void OneTask_AllThreeShares_InOneEvaluation(string status, int done, int planned, int notDone)
    {
        var result = Evaluate(Simple().Status("eci_1.1", status));

        Assert.Equal((10.0 * done, 10.0 * planned, 10.0 * notDone, 20.0, 30.0, false), Points(result, "eci_1"));
        Assert.Equal(new TaskCounts(2, 1, done, planned, notDone, 0), Tasks(result, "eci_1"));
        Assert.Equal((0.0, 0.0, 0.0, 70.0, 70.0, false), Points(result, "eci_2"));
        Assert.Equal(new TaskCounts(3, 0, 0, 0, 0, 0), Tasks(result, "eci_2"));
        Assert.Equal((10.0 * done, 10.0 * planned, 10.0 * notDone, 90.0, 100.0, false), Points(result, "eci"));
        Assert.Equal(new TaskCounts(5, 1, done, planned, notDone, 0), Tasks(result, "eci"));
    }

    [Theory]
    [InlineData(PointsShare.Done)]
    [InlineData(PointsShare.Planned)]
    [InlineData(PointsShare.NotDone)]
    public void TheThreeShares_DoNotDependOnTheShareScored(PointsShare share)
    {
        // The same status gives the same parts whichever share the evaluation scores; the scored one is PointsAwarded.
        var result = Evaluate(Simple().Status("eci_1.1", "detaille", new PointsSplit(0.2, 0.7, 0.1)), share);

        Assert.Equal((2.0, 7.0, 1.0, 20.0, 30.0, false), Points(result, "eci_1"));
        var rule = result["eci_1"].Explanation.Find<RuleStep>()!;
        Assert.Equal(share switch { PointsShare.Done => 2.0, PointsShare.Planned => 7.0, _ => 1.0 }, R(rule.PointsAwarded));
    }

    [Fact]
    public void DetailedTask_SplitsItsPoints()
    {
        // notation_when_one_tache_has_detailed_avancement: eci_1.1 détaillé [0.2, 0.7, 0.1]: eci_1 2 / 7 / 1 fait,
        // programmé, pas fait, 20 non renseigné of 30, tasks 2, completed 1, avancement 0.2 / 0.7 / 0.1; eci 2 / 7 / 1,
        // 90 of 100, tasks 5, completed 1.
        var result = Evaluate(Simple().Status("eci_1.1", "detaille", new PointsSplit(0.2, 0.7, 0.1)));

        Assert.Equal((2.0, 7.0, 1.0, 20.0, 30.0, false), Points(result, "eci_1"));
        Assert.Equal(new TaskCounts(2, 1, 0.2, 0.7, 0.1, 0), Tasks(result, "eci_1"));
        Assert.Equal((0.0, 0.0, 0.0, 70.0, 70.0, false), Points(result, "eci_2"));
        Assert.Equal(new TaskCounts(3, 0, 0, 0, 0, 0), Tasks(result, "eci_2"));
        Assert.Equal((2.0, 7.0, 1.0, 90.0, 100.0, false), Points(result, "eci"));
        Assert.Equal(new TaskCounts(5, 1, 0.2, 0.7, 0.1, 0), Tasks(result, "eci"));
        Assert.Equal(new PointsSplit(0.2, 0.7, 0.1), result["eci_1.1"].Explanation.Find<StatusStep>()!.Split);
    }

    [Fact]
    public void NotConcernedTask_CountsAsCompletedAndNotConcerned()
    {
        // notation_when_one_tache_is_non_concerne: eci_1.1 non concerné (1 task, completed, pasConcerne 1); eci_1.2
        // receives its points: eci_1 30 non renseigné of 30, tasks 2, completed 1, pasConcerne 1; eci 100 of 100,
        // tasks 5, completed 1, pasConcerne 1.
        var result = Evaluate(Simple().Status("eci_1.1", "non-concerne"));

        Assert.True(result["eci_1.1"].IsNotConcerned);
        Assert.Equal((0.0, 0.0, 0.0, 30.0, 30.0, false), Points(result, "eci_1"));
        Assert.Equal(new TaskCounts(2, 1, 0, 0, 0, 1), Tasks(result, "eci_1"));
        Assert.Equal((0.0, 0.0, 0.0, 70.0, 70.0, false), Points(result, "eci_2"));
        Assert.Equal((0.0, 0.0, 0.0, 100.0, 100.0, false), Points(result, "eci"));
        Assert.Equal(new TaskCounts(5, 1, 0, 0, 0, 1), Tasks(result, "eci"));
    }

    [Fact]
    public void NotConcernedAction_CountsItsDirectTasks()
    {
        // notation_when_an_action_of_action_level_becomes_non_concernee: eci_1.1 and eci_1.2 non concernés, so eci_1
        // is: its 2 tasks completed and not concerned; eci 70 non renseigné of 70, tasks 5, completed 2, pasConcerne 2.
        var result = Evaluate(Simple().Status("eci_1.1", "non-concerne").Status("eci_1.2", "non-concerne"));

        Assert.True(result["eci_1"].IsNotConcerned);
        Assert.Equal((0.0, 0.0, 0.0, 70.0, 70.0, false), Points(result, "eci_2"));
        Assert.Equal((0.0, 0.0, 0.0, 70.0, 70.0, false), Points(result, "eci"));
        Assert.Equal(new TaskCounts(5, 2, 0, 0, 0, 2), Tasks(result, "eci"));
    }

    [Fact]
    public void NoSharingToTasksWithoutPoints()
    {
        // notation_should_not_redistribute_points_on_taches_reglementaires: eci_2.1 non concerné, eci_2.2 fait; eci_2.0
        // (0 points) receives nothing: eci_2 70 fait of 70, renseigné, tasks 3, completed 2, fait 1, pasConcerne 1;
        // eci 70 fait, 30 non renseigné of 100, tasks 5, completed 2.
        var result = Evaluate(Simple().Status("eci_2.1", "non-concerne").Status("eci_2.2", "fait"));

        Assert.Equal((70.0, 0.0, 0.0, 0.0, 70.0, true), Points(result, "eci_2"));
        Assert.Equal(new TaskCounts(3, 2, 1, 0, 0, 1), Tasks(result, "eci_2"));
        Assert.Equal((70.0, 0.0, 0.0, 30.0, 100.0, false), Points(result, "eci"));
        Assert.Equal(new TaskCounts(5, 2, 1, 0, 0, 1), Tasks(result, "eci"));
    }

    [Fact]
    public void SubActionStatus_WinsOverItsTasks()
    {
        // 'Taches doivent être ignorées lorsque les sous-actions sont détaillées': eci_2.1 fait, its task eci_2.1.1
        // détaillé [0.8, 0.2, 0] is ignored: eci_2.1 all 65 fait, 3 tasks all completed and fait. Its points are its
        // parent's: eci_2 65 fait of 70, 5 non renseigné.
        var result = Evaluate(Deeper().Status("eci_2.1", "fait").Status("eci_2.1.1", "detaille", new PointsSplit(0.8, 0.2, 0)));

        Assert.Equal(PointsSplit.AllDone, result["eci_2.1"].Explanation.Find<StatusStep>()!.Split);
        Assert.Equal(new TaskCounts(3, 3, 3, 0, 0, 0), Tasks(result, "eci_2.1"));
        Assert.Equal((65.0, 0.0, 0.0, 5.0, 70.0, false), Points(result, "eci_2"));
    }

    [Fact]
    public void DetailedByTask_TheSubActionTakesItsSplitFromItsTasks()
    {
        // 'Taches doivent être prises en compte lorsque les statuts des sous-actions existent mais sont non_renseigne'
        // (statut detaille_a_la_tache): eci_2.1.1 détaillé [0.8, 0.2, 0] of 40: eci_2.1 32 fait, 8 programmé, 0 pas
        // fait, 25 non renseigné of 65, tasks 3, completed 1, avancement 0.8 / 0.2 / 0.
        var result = Evaluate(Deeper().Status("eci_2.1.1", "detaille", new PointsSplit(0.8, 0.2, 0)));

        Assert.Equal((32.0, 8.0, 0.0, 25.0, 65.0, false), Points(result, "eci_2.1"));
        Assert.Equal(new TaskCounts(3, 1, 0.8, 0.2, 0, 0), Tasks(result, "eci_2.1"));
    }

    [Fact]
    public void NotConcernedSubAction_SharesOutToItsSibling_BelowTheActionLevel()
    {
        // notation_should_redistribute_non_concernee_points_if_depth_is_greater_than_action_depth: eci_2.2's three tasks
        // non concernés, eci_1.1 programmé. eci_2.2: 3 tasks completed and not concerned; eci_2.1 receives its 5 points
        // (potentiel 70 = its 65 + eci_2's 5 shared out), 0 completed of 3; eci_2 70 non renseigné of 70, tasks 7,
        // completed 3, pasConcerne 3; eci 10 programmé, 90 non renseigné of 100, tasks 9, completed 4, programmé 1.
        var result = Evaluate(Deeper().Status("eci_2.2.1", "non-concerne").Status("eci_2.2.2", "non-concerne")
            .Status("eci_2.2.3", "non-concerne").Status("eci_1.1", "programme"));

        Assert.True(result["eci_2.2"].IsNotConcerned);
        Assert.Equal(new TaskCounts(3, 0, 0, 0, 0, 0), Tasks(result, "eci_2.1"));
        var eci2 = result["eci_2"].Explanation.Find<RuleStep>()!;
        Assert.Equal(70.0, R(result["eci_2.1"].Explanation.Find<RuleStep>()!.PointsAvailable + eci2.SharedOutEach));
        Assert.Equal((0.0, 0.0, 0.0, 70.0, 70.0, false), Points(result, "eci_2"));
        Assert.Equal(new TaskCounts(7, 3, 0, 0, 0, 3), Tasks(result, "eci_2"));
        Assert.Equal((0.0, 10.0, 0.0, 90.0, 100.0, false), Points(result, "eci"));
        Assert.Equal(new TaskCounts(9, 4, 0, 1, 0, 3), Tasks(result, "eci"));
    }

    [Fact]
    public void SplitWithAStatusThatIsNotDetailed_IsAProblem()
    {
        // notation_when_one_tache_is_fait_avancementDetaille_incoherent: TeT ignores the split [0.2, 0.5, 0.3] given with
        // 'fait' and counts 10 fait. Here a split given with a status that does not take it is refused, located.
        var problems = Problems(Simple().Status("eci_1.1", "fait", new PointsSplit(0.2, 0.5, 0.3)));

        var problem = Assert.Single(problems);
        Assert.Equal(ProblemCodes.InvalidSplit, problem.Code);
        Assert.Equal("eci_1.1", problem.Location.Id);
        Assert.Equal("split", problem.Location.Member);
    }

    [Theory]
    [InlineData(0.5, 0.5, 0.5)]
    [InlineData(-0.1, 1.1, 0)]
    [InlineData(0.2, 0.7, 0.2)]
    public void SplitThatIsNotShares_IsAProblem(double done, double planned, double notDone)
    {
        var problem = Assert.Single(Problems(Simple().Status("eci_1.1", "detaille", new PointsSplit(done, planned, notDone))));

        Assert.Equal(ProblemCodes.InvalidSplit, problem.Code);
        Assert.Contains("must sum to 1", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DetailedStatusWithoutSplit_IsAProblem()
    {
        var problem = Assert.Single(Problems(Simple().Status("eci_1.1", "detaille")));

        Assert.Equal(ProblemCodes.InvalidSplit, problem.Code);
        Assert.Contains("without a split", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StatusSplits_MustBeShares()
    {
        Assert.Throws<ArgumentException>(() => AssessmentStatus.WithSplit("x", "X", new PointsSplit(0.5, 0.6, 0), PointsShare.Done));
        Assert.True(new PointsSplit(0.2, 0.7, 0.1).IsValid); // decimal shares that do not sum to exactly 1 in binary
    }

    private static Styrmodell.Collections.EquatableArray<ValidationProblem> Problems(SteeringModelBuilder builder)
    {
        Assert.Throws<ArgumentException>(() => Evaluate(builder)); // the evaluator refuses what the document check finds
        return new ExchangeDocumentBuilder(builder).WithEvaluation(EvaluationPresets.PointsScoring(["action", "sous-action"])).Validate();
    }
}
