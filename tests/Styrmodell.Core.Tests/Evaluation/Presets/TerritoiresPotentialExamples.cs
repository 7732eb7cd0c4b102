using Styrmodell.Evaluation;
using Styrmodell.Exchange;
using Styrmodell.Model;
using Styrmodell.Validation;

namespace Styrmodell.Tests.Evaluation.Presets;

/// <summary>
/// Personalised potentials (<c>potentielPerso</c>), from territoires-en-transitions' own test suite:
/// incubateur-ademe/territoires-en-transitions, <c>apps/backend/src/referentiels/compute-score/scores.service.spec.ts</c>,
/// <c>describe('computeScoreMap')</c> on <c>simpleReferentiel</c>; the rule is <c>appliquePersonnalisationPotentielPerso</c>
/// in <c>scores.service.ts</c>: the action's potential and its children's are multiplied by the factor, and the parent's
/// potential is the sum of its children's. Each asserts the source's <c>pointFait</c>, <c>pointNonRenseigne</c>,
/// <c>pointPotentiel</c> and <c>pointPotentielPerso</c> of eci_1 and eci (the tasks' on eci_1's step).
/// </summary>
public class TerritoiresPotentialExamples
{
    private static SteeringModelBuilder Simple() => PointsReferential.Referential()
        .Item("eci", "axe", "R", 100)
        .Item("eci_1", "action", "eci", 30).Item("eci_2", "action", "eci", 70)
        .Item("eci_1.1", "sous-action", "eci_1", 10, "fait").Item("eci_1.2", "sous-action", "eci_1", 20)
        .Item("eci_2.0", "sous-action", "eci_2", 0).Item("eci_2.1", "sous-action", "eci_2", 65).Item("eci_2.2", "sous-action", "eci_2", 5);

    private static EvaluationResult Evaluate(double factor) =>
        GoalEvaluator.Evaluate(Simple().Build(), EvaluationFixture.Year2024, EvaluationFixture.AsOf,
            EvaluationPresets.PointsScoring(["action"]) with { PotentialFactors = [new("eci_1", factor)] });

    private static (double Done, double NotReported, double Potential) Points(EvaluationResult result, string id)
    {
        var rule = result[id].Explanation.Find<RuleStep>()!;
        return (Math.Round(rule.PointsDone!.Value, 9), Math.Round(rule.PointsNotReported!.Value, 9), Math.Round(rule.PointsAvailable!.Value, 9));
    }

    [Theory]
    // notation_when_one_action_is_reduced: ×0.2: eci_1.1 2 fait of 2, eci_1.2 4 of 4; eci_1 2 fait, 4 non renseigné of 6
    // (pointPotentielPerso 6); eci 2 fait, 74 non renseigné of 76.
    [InlineData(0.2, 2.0, 4.0, 6.0, 74.0, 76.0)]
    // notation_when_one_action_is_increased: ×1.2: eci_1 12 fait, 24 non renseigné of 36; eci 12, 94 of 106.
    [InlineData(1.2, 12.0, 24.0, 36.0, 94.0, 106.0)]
    public void PersonalisedAction_ScalesItsPotential_AndTheDifferenceGoesUp(double factor, double done, double notReported, double potential, double eciNotReported, double eciPotential)
    {
        var result = Evaluate(factor);

        Assert.Equal((done, notReported, potential), Points(result, "eci_1"));
        var step = result["eci_1"].Explanation.Find<RuleStep>()!;
        Assert.Equal((factor, 30.0), (step.PotentialFactor, step.PointsAvailableBeforeFactor));
        Assert.Equal((done, eciNotReported, eciPotential), Points(result, "eci"));
        Assert.Null(result["eci"].Explanation.Find<RuleStep>()!.PotentialFactor); // pointPotentielPerso null above
        Assert.Equal(Math.Round(10.0 / 30.0, 9), Math.Round(result["eci_1"].Score!.Value, 9)); // its own score does not change
    }

    [Theory]
    [InlineData(-0.5, "factor")]
    [InlineData(double.NaN, "factor")]
    public void BadFactor_IsAProblem(double factor, string member)
    {
        var problems = new ExchangeDocumentBuilder(Simple())
            .WithEvaluation(EvaluationPresets.PointsScoring(["action"]) with { PotentialFactors = [new("eci_1", factor)] }).Validate();

        var problem = Assert.Single(problems);
        Assert.Equal((ProblemCodes.InvalidSetting, $"potentialFactors[0].{member}"), (problem.Code, problem.Location.Member));
    }

    [Fact]
    public void UnknownOrTwiceGivenNode_IsAProblem()
    {
        var problems = new ExchangeDocumentBuilder(Simple())
            .WithEvaluation(EvaluationPresets.PointsScoring(["action"]) with { PotentialFactors = [new("eci_9", 1), new("eci_1", 1), new("eci_1", 2)] }).Validate();

        Assert.Equal([ProblemCodes.DanglingReference, ProblemCodes.DuplicateEntry], problems.Select(p => p.Code));
    }
}
