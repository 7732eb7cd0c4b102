using NodaTime;
using Styrmodell.Evaluation;
using Styrmodell.Evaluation.Rules;
using Styrmodell.Model;

namespace Styrmodell.Tests.Evaluation.Presets;

/// <summary>
/// Weighted mappings between referentials: a territoires-en-transitions TE sub-action scored from its origin actions in
/// the CAE referential (contributions whose weights are TeT's <c>ponderation</c>), with <see cref="WeightedMappingRule"/>.
/// Worked examples from incubateur-ademe/territoires-en-transitions,
/// <c>apps/backend/src/referentiels/compute-score/score-from-origines.rules.spec.ts</c> (every case of
/// <c>getScoreFromOrigineActionsAndRatio</c>, asserting the ratio and the four points it asserts, rounded to TeT's
/// three decimals) and, for not-concerned origins, <c>switch-to-te/shared/action-origine.spec.ts</c> and
/// <c>switch-to-te/merge-statuts/merge-statuts.rules.spec.ts</c>.
/// </summary>
public class TerritoiresMappingExamples
{
    private static readonly Rounding Tet = new(RoundingMode.HalfAwayFromZero, 3); // ScoresService.DEFAULT_ROUNDING_DIGITS

    /// <summary>TeT's <c>roundTo(x, 3)</c>, applied here only to compare (the engine keeps exact values).</summary>
    private static decimal Tet3(double points) => Tet.Round((decimal)points);

    private static EvaluationResult Evaluate(SteeringModelBuilder builder, PointsShare share, bool leaveOutNotConcerned = false)
    {
        var preset = EvaluationPresets.PointsScoring([], share);
        var options = preset with { Rules = [.. preset.Rules, RuleAssignment.ForLevel("te-sous-action", new WeightedMappingRule(leaveOutNotConcerned))] };
        return GoalEvaluator.Evaluate(builder.Build(), EvaluationFixture.Year2024, EvaluationFixture.AsOf, options);
    }

    private static RuleStep Rule(EvaluationResult result, string id = "te_1.1") => result[id].Explanation.Find<RuleStep>()!;

    /// <summary>TeT's <c>getRatioFromOrigineActions</c>: the target's points ÷ Σ origin points × ponderation.</summary>
    private static double Ratio(RuleStep step) => step.PointsAvailable!.Value / step.OriginPoints!.Value;

    /// <summary>The test's origins: cae_1.1.2.2.3, .5 and .1 fait (0.8 points, ponderation 1), .2 non renseigné (0.8, ponderation 0.5).</summary>
    private static SteeringModelBuilder StandardWithPonderation() => MappedReferentials.TwoReferentials().Target(3)
        .Origin("cae_1.1.2.2.3", 0.8, 1, "fait").Origin("cae_1.1.2.2.5", 0.8, 1, "fait")
        .Origin("cae_1.1.2.2.1", 0.8, 1, "fait").Origin("cae_1.1.2.2.2", 0.8, 0.5, null);

    [Fact]
    public void StandardTestAvecPonderation_PointFait()
    {
        // 'Standard test avec ponderation': ratio 3 / (0.8 + 0.8 + 0.8 + 0.8 × 0.5); pointFait 2.571, pointNonRenseigne 0.429.
        var step = Rule(Evaluate(StandardWithPonderation(), PointsShare.Done));

        Assert.Equal(3 / (0.8 + 0.8 + 0.8 + (0.8 * 0.5)), Ratio(step), 12);
        Assert.Equal(2.571m, Tet3(step.PointsAwarded!.Value));
        Assert.Equal(0.429m, Tet3(step.PointsNotReported!.Value));
        Assert.Equal(3.0, step.PointsAvailable);
        Assert.False(step.IsFullyReported);
    }

    [Theory]
    // The same test: pointProgramme 0 and pointPasFait 0 (no origin is programmé or pas fait).
    [InlineData(PointsShare.Planned)]
    [InlineData(PointsShare.NotDone)]
    public void StandardTestAvecPonderation_PointProgrammeAndPasFait(PointsShare share)
    {
        var step = Rule(Evaluate(StandardWithPonderation(), share));

        Assert.Equal(3 / 2.8, Ratio(step), 12);
        Assert.Equal(0m, Tet3(step.PointsAwarded!.Value));
        Assert.Equal(0.429m, Tet3(step.PointsNotReported!.Value));
    }

    [Fact]
    public void StandardTestAvecPonderation_ExplainsEveryOrigin()
    {
        // Which origins, their points, weights and values: the explanation's inputs.
        var inputs = Evaluate(StandardWithPonderation(), PointsShare.Done)["te_1.1"].Explanation.Inputs;

        var byId = inputs.ToDictionary(i => i.NodeId);
        Assert.Equal(4, byId.Count);
        Assert.Equal((0.8, 0.5, InputUse.CountedAsNotMet), (byId["cae_1.1.2.2.2"].Points!.Value, byId["cae_1.1.2.2.2"].Weight, byId["cae_1.1.2.2.2"].Use));
        Assert.Equal((0.8, 1.0, (double?)1.0), (byId["cae_1.1.2.2.3"].Points!.Value, byId["cae_1.1.2.2.3"].Weight, byId["cae_1.1.2.2.3"].Score));
    }

    /// <summary>
    /// The test's origin cae_3.1.1.1: 2 referential points, a potential reduced to 0.4, its 4 tasks fait. The reduction
    /// is made here by a not-concerned task of 1.6 points that is not shared out (its level does not share).
    /// </summary>
    private static SteeringModelBuilder ReducedOrigin()
    {
        var builder = MappedReferentials.TwoReferentials().Target(1.2).Origin("cae_3.1.1.1", 2, 1, null);
        for (var t = 1; t <= 4; t++)
        {
            builder.AddNode(new Node($"cae_3.1.1.1.{t}", "tache", "tâche") { ParentId = "cae_3.1.1.1", Weight = 0.1 }).Status($"cae_3.1.1.1.{t}", "fait");
        }

        return builder.AddNode(new Node("cae_3.1.1.1.5", "tache", "tâche") { ParentId = "cae_3.1.1.1", Weight = 1.6 }).Status("cae_3.1.1.1.5", "non-concerne");
    }

    [Fact]
    public void ReductionDePotentielDesOrigines_EstIgnoree_PointFait()
    {
        // "La réduction de potentiel des actions d'origine doit être ignorée, on ne considère que l'avancement":
        // ratio 1.2 / 2; pointFait 1.2, pointNonRenseigne 0.
        var result = Evaluate(ReducedOrigin(), PointsShare.Done);
        var step = Rule(result);

        Assert.Equal(0.4, Rule(result, "cae_3.1.1.1").PointsAvailable!.Value, 12); // the origin's own potential is reduced
        Assert.Equal(1.2 / 2, Ratio(step), 12);
        Assert.Equal(1.2m, Tet3(step.PointsAwarded!.Value));
        Assert.Equal(0m, Tet3(step.PointsNotReported!.Value));
        Assert.True(step.IsFullyReported);
    }

    [Theory]
    // The same test: pointProgramme 0, pointPasFait 0.
    [InlineData(PointsShare.Planned)]
    [InlineData(PointsShare.NotDone)]
    public void ReductionDePotentielDesOrigines_EstIgnoree_OtherShares(PointsShare share)
    {
        var step = Rule(Evaluate(ReducedOrigin(), share));

        Assert.Equal(0.6, Ratio(step), 12);
        Assert.Equal(0m, Tet3(step.PointsAwarded!.Value));
        Assert.Equal(0m, Tet3(step.PointsNotReported!.Value));
    }

    private static SteeringModelBuilder OneOriginNotConcerned() => MappedReferentials.TwoReferentials().Target(3)
        .Origin("cae_a", 1, 1, "fait").Origin("cae_b", 2, 1, "non-concerne");

    [Fact]
    public void OrigineNonConcernee_LeftOut_WhenSwitchingToTe()
    {
        // action-origine.spec.ts, filterOriginesConcernees 'exclut une source non_concerne': the switch to TE maps only
        // concerned origins, so cae_a alone gives all 3 points (ratio 3 / 1).
        var step = Rule(Evaluate(OneOriginNotConcerned(), PointsShare.Done, leaveOutNotConcerned: true));

        Assert.Equal(3.0, Ratio(step), 12);
        Assert.Equal(3m, Tet3(step.PointsAwarded!.Value));
        Assert.Equal(0m, Tet3(step.PointsNotReported!.Value));
    }

    [Fact]
    public void OrigineNonConcernee_CountedWithNothingDone_InTheScore()
    {
        // scores.service.ts, updateFromOrigineActions: every origin with its referential points, a not-concerned one
        // with no progress — ratio 3 / (1 + 2), pointFait 1, pointNonRenseigne 3 − 1 = 2.
        var step = Rule(Evaluate(OneOriginNotConcerned(), PointsShare.Done, leaveOutNotConcerned: false));

        Assert.Equal(1.0, Ratio(step), 12);
        Assert.Equal(1m, Tet3(step.PointsAwarded!.Value));
        Assert.Equal(2m, Tet3(step.PointsNotReported!.Value));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void NoConcernedOrigin_TargetIsNotConcerned(bool leaveOut)
    {
        // merge-statuts.rules.spec.ts, deriveStatutFromProjection 'retourne NON_CONCERNE sans source concernée'.
        var builder = MappedReferentials.TwoReferentials().Target(5).Origin("cae_a", 1, 1, "non-concerne");

        Assert.True(Evaluate(builder, PointsShare.Done, leaveOut)["te_1.1"].IsNotConcerned);
    }

    [Fact]
    public void ConcernedOriginsWithoutProgress_NothingReported()
    {
        // merge-statuts.rules.spec.ts, 'retourne NON_RENSEIGNE si sources concernées sans avancement': no points done,
        // all 5 of the potential not reported.
        var step = Rule(Evaluate(MappedReferentials.TwoReferentials().Target(5).Origin("cae_a", 1, 1, null), PointsShare.Done));

        Assert.Equal(0m, Tet3(step.PointsAwarded!.Value));
        Assert.Equal(5m, Tet3(step.PointsNotReported!.Value));
        Assert.False(step.IsFullyReported);
    }

    [Fact]
    public void MappedTarget_CountsItsOwnPoints_InTheTargetReferential()
    {
        // The TE action above sums its sub-actions' points with the points rule: 2.571… of its 3 mapped points.
        var result = Evaluate(StandardWithPonderation(), PointsShare.Done);
        var action = Rule(result, "te_1");

        Assert.Equal(3.0, action.PointsAvailable!.Value, 12);
        Assert.Equal(2.571m, Tet3(action.PointsAwarded!.Value));
    }
}

/// <summary>Two referentials in one model, CAE and TE, with origins mapped onto TE sub-actions by contributions.</summary>
internal static class MappedReferentials
{
    private static readonly LocalDate Reported = new(2025, 1, 15);

    /// <summary>Two referentials in one model: CAE (origins) and TE (targets); a CAE sub-action may contribute to a TE sub-action.</summary>
    internal static SteeringModelBuilder TwoReferentials() =>
        new SteeringModelBuilder(new Municipality("Testby kommun", "0001"))
            .AddLevel(new LevelDefinition("ref", "Référentiel", LevelRole.Vision))
            .AddLevel(new LevelDefinition("action", "Action", LevelRole.TargetArea) { ParentLevelIds = ["ref"] })
            .AddLevel(new LevelDefinition("te-sous-action", "Sous-action TE", LevelRole.Goal) { ParentLevelIds = ["action"] })
            .AddLevel(new LevelDefinition("sous-action", "Sous-action", LevelRole.Goal) { ParentLevelIds = ["action", "te-sous-action"] })
            .AddLevel(new LevelDefinition("tache", "Tâche", LevelRole.Activity) { ParentLevelIds = ["sous-action"] })
            .AddNode(new Node("cae", "ref", "CAE")).AddNode(new Node("te", "ref", "TE"))
            .AddNode(new Node("cae_1", "action", "cae_1") { ParentId = "cae", Weight = 10 })
            .AddNode(new Node("te_1", "action", "te_1") { ParentId = "te", Weight = 10 });

    internal static SteeringModelBuilder Origin(this SteeringModelBuilder builder, string id, double points, double ponderation, string? status, string target = "te_1.1")
    {
        builder.AddNode(new Node(id, "sous-action", id) { ParentId = "cae_1", Weight = points, Contributions = [new Contribution(target, ponderation)] });
        return status is null ? builder : builder.Status(id, status);
    }

    internal static SteeringModelBuilder Target(this SteeringModelBuilder builder, double points, string id = "te_1.1") =>
        builder.AddNode(new Node(id, "te-sous-action", id) { ParentId = "te_1", Weight = points });

    internal static SteeringModelBuilder Status(this SteeringModelBuilder builder, string id, string status) =>
        builder.AddAssessment(new ManualAssessment(id, EvaluationFixture.Year2024, status, "Illustrativt: statut importé.", "Import", Reported));
}
