using Styrmodell.Evaluation;
using Styrmodell.Model;

namespace Styrmodell.Tests.Evaluation.Presets;

/// <summary>
/// The points' parts follow the rule's own inputs and potentials: whatever the missing-data policy, the points done are
/// the points the rule awards when it scores the share done, and the four parts add up to its points available; and a
/// not-concerned input shares out its personalised potential, to siblings that have one (territoires-en-transitions
/// shares out after personalising: <c>scores.service.ts</c>, <c>redistribuePotentielActionsDesactiveesNonConcernees…</c>
/// over children with a non-zero <c>pointPotentiel</c>).
/// </summary>
public class PointsPartsConsistencyTests
{
    private static SteeringModelBuilder Action() => PointsReferential.Referential()
        .Item("eci", "axe", "R", 100)
        .Item("eci_1", "action", "eci", 30)
        .Item("eci_1.1", "sous-action", "eci_1", 10, "fait").Item("eci_1.2", "sous-action", "eci_1", 20);

    [Theory]
    [InlineData(MissingDataPolicy.Exclude)]
    [InlineData(MissingDataPolicy.CountAsZero)]
    public void PointsDone_AreThePointsAwarded_AndThePartsAddUpToThePointsAvailable(MissingDataPolicy policy)
    {
        // eci_1.1 (10) done, eci_1.2 (20) without a status. Excluded, eci_1.2 is not one of the rule's inputs: 10 of 10
        // done. Counted as zero, it is: 10 done and 20 not reported of 30.
        var result = GoalEvaluator.Evaluate(Action().Build(), EvaluationFixture.Year2024, EvaluationFixture.AsOf,
            EvaluationPresets.PointsScoring(["action"]) with { MissingData = policy });
        var step = result["eci_1"].Explanation.Find<RuleStep>()!;

        var (available, notReported) = policy == MissingDataPolicy.Exclude ? (10.0, 0.0) : (30.0, 20.0);
        Assert.Equal((available, 10.0, 10.0, notReported), (step.PointsAvailable!.Value, step.PointsAwarded!.Value, step.PointsDone!.Value, step.PointsNotReported!.Value));
        Assert.Equal(step.PointsAvailable.Value, step.PointsDone.Value + step.PointsPlanned!.Value + step.PointsNotDone!.Value + step.PointsNotReported.Value, 9);
    }

    [Fact]
    public void ANotConcernedInput_SharesOutItsPersonalisedPotential_OnlyToSiblingsWithOne()
    {
        // eci_1.1 (10) not concerned, eci_1.2 (20) done but personalised to 0: nothing receives, so eci_1 has no points.
        var zero = GoalEvaluator.Evaluate(PointsReferential.Referential()
                .Item("eci", "axe", "R", 100).Item("eci_1", "action", "eci", 30)
                .Item("eci_1.1", "sous-action", "eci_1", 10, "non-concerne").Item("eci_1.2", "sous-action", "eci_1", 20, "fait")
                .Item("eci_1.3", "sous-action", "eci_1", 5).Build(),
            EvaluationFixture.Year2024, EvaluationFixture.AsOf,
            EvaluationPresets.PointsScoring(["action"]) with { PotentialFactors = [new("eci_1.2", 0)] });
        var step = zero["eci_1"].Explanation.Find<RuleStep>()!;

        // eci_1.3 (5, no status) is the one sibling with a potential: it receives all 10, so eci_1 has 15 available, none done.
        Assert.Equal((15.0, 0.0, 1), (step.PointsAvailable!.Value, step.PointsDone!.Value, step.Receivers!.Value));
    }

    [Fact]
    public void ANotConcernedInputPersonalisedByHalf_SharesOutHalfItsPoints()
    {
        // eci_1.1 (10) not concerned with factor 0.5 shares 5 to eci_1.2 (20, done): 25 of 25 done.
        var result = GoalEvaluator.Evaluate(PointsReferential.Referential()
                .Item("eci", "axe", "R", 100).Item("eci_1", "action", "eci", 30)
                .Item("eci_1.1", "sous-action", "eci_1", 10, "non-concerne").Item("eci_1.2", "sous-action", "eci_1", 20, "fait").Build(),
            EvaluationFixture.Year2024, EvaluationFixture.AsOf,
            EvaluationPresets.PointsScoring(["action"]) with { PotentialFactors = [new("eci_1.1", 0.5)] });
        var step = result["eci_1"].Explanation.Find<RuleStep>()!;

        Assert.Equal((25.0, 25.0, 5.0), (step.PointsAvailable!.Value, step.PointsDone!.Value, step.SharedOutEach!.Value));
    }
}
