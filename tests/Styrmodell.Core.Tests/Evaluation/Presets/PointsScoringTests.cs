using Styrmodell.Evaluation;
using Styrmodell.Model;
using Styrmodell.Targets;
using Styrmodell.Time;
using static Styrmodell.Tests.Evaluation.EvaluationFixture;

namespace Styrmodell.Tests.Evaluation.Presets;

/// <summary>
/// The points preset against territoires-en-transitions' own arithmetic (incubateur-ademe/territoires-en-transitions):
/// business/business/evaluation/domain/use_cases/compute_referentiel_scores_for_collectivite.py (tâche points by status,
/// parents summing, non-concerné points shared out in equal shares among concerned siblings with points only for levels
/// deeper than the action level), packages/domain/src/referentiels/labellisations/requestable-star.ts (stars at 0, 35,
/// 50, 65 and 75 % of points done, inclusive) and backend/src/indicateurs/valeurs/indicateur-expression.service.spec.ts
/// (val/opt_val, limite/cible). Points and statuses are illustrative.
/// </summary>
public class PointsScoringTests
{
    /// <summary>The levels below the action level share out their not-concerned children's points: actions and sub-actions.</summary>
    private static readonly string[] Sharing = ["action", "sous-action"];

        private static EvaluationResult Evaluate(SteeringModelBuilder builder, PointsShare share = PointsShare.Done) =>
        GoalEvaluator.Evaluate(builder.Build(), Year2024, AsOf, EvaluationPresets.PointsScoring(Sharing, share));

    [Fact]
    public void NotConcerned_SubAction_GivesItsPointsToSiblingsInEqualShares_NotByWeight()
    {
        // Action A (10 points): SA1 (2, fait), SA2 (3, pas fait), SA3 (5, non concerné). Sub-actions are below the
        // action level, so SA3's 5 points go 2.5 to each concerned sibling with points: SA1 can earn 4.5, SA2 5.5.
        // A earns 4.5 of 10 = 45 % — not 40 %, which sharing by weight (2 + 2, 3 + 3) would give — and keeps its 10 points.
        var result = Evaluate(PointsReferential.Referential()
            .Item("axe", "axe", "R", 10)
            .Item("A", "action", "axe", 10)
            .Item("SA1", "sous-action", "A", 2, "fait")
            .Item("SA2", "sous-action", "A", 3, "pas-fait")
            .Item("SA3", "sous-action", "A", 5, "non-concerne"));

        var a = result["A"];
        Assert.Equal(0.45, a.Score!.Value, 12);
        Assert.Equal(1.0, a.AvailableShare);
        Assert.Equal("deuxieme-etoile", a.Category.Id); // 35 % ≤ 45 % < 50 %
        var rule = a.Explanation.Find<RuleStep>()!;
        Assert.Equal((RuleKind.Points, 10.0, 5.0, 2.5, 2), (rule.Rule, rule.PointsAvailable, rule.NotConcernedPoints, rule.SharedOutEach, rule.Receivers));
        Assert.Equal(4.5, rule.PointsAwarded!.Value, 12);
        Assert.Equal(InputUse.NotConcerned, a.Explanation.Inputs.Single(i => i.NodeId == "SA3").Use);
        Assert.True(result["SA3"].IsNotConcerned);
        Assert.Equal(0.0, result["SA3"].AvailableShare);
    }

    [Fact]
    public void NotConcerned_Action_IsNotSharedOut_SoTheAxisAvailablePointsShrink()
    {
        // Axis X: A1 (10 points, its one sub-action fait) and A2 (20 points, its sub-actions all non concerné, so A2 is
        // non concerné itself). Actions are at the action level: nothing is shared out, X can earn only 10 of its 30
        // points and has earned them all. The root R weighs X by those 10 available points against Y's 30:
        // R = (10 × 1 + 30 × 0) / 40 = 25 %.
        var result = Evaluate(PointsReferential.Referential()
            .Item("X", "axe", "R", 30).Item("Y", "axe", "R", 30)
            .Item("A1", "action", "X", 10).Item("A1.1", "sous-action", "A1", 10, "fait")
            .Item("A2", "action", "X", 20).Item("A2.1", "sous-action", "A2", 12, "non-concerne").Item("A2.2", "sous-action", "A2", 8, "non-concerne")
            .Item("B", "action", "Y", 30).Item("B.1", "sous-action", "B", 30, "pas-fait"));

        Assert.True(result["A2"].IsNotConcerned);
        Assert.Equal("non-evalue", result["A2"].Category.Id); // shown as not assessed
        Assert.Equal(1.0, result["X"].Score);
        Assert.Equal(1.0 / 3.0, result["X"].AvailableShare, 12);
        Assert.Equal(0.25, result["R"].Score!.Value, 12);
        var rule = result["X"].Explanation.Find<RuleStep>()!;
        Assert.Equal((20.0, null), (rule.NotConcernedPoints, rule.SharedOutEach));
    }

    [Fact]
    public void Tasks_SplitByStatus_WithoutStatusCountingInThePotential()
    {
        // Sub-action SA (4 points): T1 (1, fait), T2 (1, programmé), T3 (2, no status: non renseigné). Done: 1 of 4 =
        // 25 %; planned: 1 of 4 = 25 %; not done: 0 of 4 — T3's points stay in the potential (point_non_renseigne).
        SteeringModelBuilder Model() => PointsReferential.Referential()
            .Item("axe", "axe", "R", 4).Item("A", "action", "axe", 4).Item("SA", "sous-action", "A", 4)
            .Item("T1", "tache", "SA", 1, "fait").Item("T2", "tache", "SA", 1, "programme").Item("T3", "tache", "SA", 2);

        Assert.Equal(0.25, Evaluate(Model(), PointsShare.Done)["SA"].Score);
        Assert.Equal(0.25, Evaluate(Model(), PointsShare.Planned)["SA"].Score);
        Assert.Equal(0.0, Evaluate(Model(), PointsShare.NotDone)["SA"].Score);
        Assert.Equal([InputUse.Used, InputUse.Used, InputUse.CountedAsNotMet], Evaluate(Model())["SA"].Explanation.Inputs.Select(i => i.Use));
    }

    [Fact]
    public void Task_WithExplicitFraction_EarnsThatShareOfItsPoints()
    {
        // TeT's "détaillé" status: 60 % done. Here as an outcome of 60 % against 100 %: T1 (3 points) earns 1.8,
        // T2 (1 point, fait) earns 1: 2.8 of 4 = 70 %.
        var builder = PointsReferential.Referential()
            .Item("axe", "axe", "R", 4).Item("A", "action", "axe", 4).Item("SA", "sous-action", "A", 4)
            .Item("T2", "tache", "SA", 1, "fait")
            .AddLevel(new LevelDefinition("tache-detail", "Tâche détaillée", LevelRole.Indicator) { ParentLevelIds = ["sous-action"] })
            .AddNode(new Node("T1", "tache-detail", "T1") { ParentId = "SA", Weight = 3 })
            .AddIndicator(new Indicator("T1", MeasureUnit.Percent, Direction.HigherIsBetter)
            {
                Targets = [new TargetValue(TargetScope.Year(2024), new AbsoluteLevel(100m), Kf)],
            })
            .AddOutcome(new Outcome("T1", Year2024, MeasuredValue.Of(60m)));

        Assert.Equal(0.7, Evaluate(builder)["SA"].Score!.Value, 12);
    }

    [Theory]
    [InlineData(0.3499, "premiere-etoile")]
    [InlineData(0.35, "deuxieme-etoile")]  // thresholds are inclusive: scoreFait >= 0.35
    [InlineData(0.50, "troisieme-etoile")]
    [InlineData(0.65, "quatrieme-etoile")]
    [InlineData(0.7499, "quatrieme-etoile")]
    [InlineData(0.75, "cinquieme-etoile")]
    public void Stars_FollowTheShareDone_WithInclusiveThresholds(double share, string star) =>
        Assert.Equal(star, EvaluationPresets.Stars.Categories[EvaluationPresets.Stars.IndexFor(share)].Id);

    [Theory]
    [InlineData(10.0, 1.0)]  // above the target (cible 5): 1
    [InlineData(1.0, 0.0)]   // below the threshold (limite 2): 0
    [InlineData(3.5, 0.5)]   // between: (3.5 − 2) ÷ (5 − 2)
    public void Indicator_ScoresBetweenThresholdAndTarget(double value, double expected)
    {
        // indicateur-expression.service.spec.ts ("1.2.3.3.1 - indicateur 6a"): below the limite 0, above the cible 1,
        // linear in between. The preset reads the limite from the indicator's baseline. (That spec's in-between formula,
        // ((val − limite) × 0.1) ÷ (limite − cible), is negative for limite < val < cible; the linear share from limite
        // to cible is the rule its comment states, and what is reproduced here.)
        var builder = PointsReferential.Referential()
            .Item("axe", "axe", "R", 1).Item("A", "action", "axe", 1).Item("SA", "sous-action", "A", 1)
            .AddNode(new Node("6a", "ind", "6a") { ParentId = "SA" })
            .AddIndicator(new Indicator("6a", MeasureUnit.Count, Direction.HigherIsBetter)
            {
                Baseline = new Baseline(2m, ReportingPeriod.Year(2015)),
                Targets = [new TargetValue(TargetScope.Year(2024), new AbsoluteLevel(5m), Kf)],
            })
            .AddOutcome(new Outcome("6a", Year2024, MeasuredValue.Of((decimal)value)));

        Assert.Equal(expected, Evaluate(builder)["6a"].Score!.Value, 12);
    }

    [Theory]
    [InlineData(true, true, true)]    // val(a) + opt_val(b), both given: a score
    [InlineData(true, false, true)]   // the optional one missing: left out, still a score
    [InlineData(false, true, false)]  // the required one missing: no score
    public void RequiredInputMissing_GivesNoScore_OptionalOneIsLeftOut(bool required, bool optional, bool scored)
    {
        // indicateur-expression.service.spec.ts: val() is required (missing → null), opt_val() optional (missing → left
        // out). In the engine: the sub-action propagates unknown inputs, and b is listed as an optional input.
        var builder = PointsReferential.Referential().Item("axe", "axe", "R", 1).Item("A", "action", "axe", 1).Item("SA", "sous-action", "A", 1)
            .Indicator("a", Direction.HigherIsBetter, 10m, required ? 10m : null, parent: "SA")
            .Indicator("b", Direction.HigherIsBetter, 10m, optional ? 5m : null, parent: "SA");
        var options = EvaluationPresets.PointsScoring(Sharing) with
        {
            Rules = [RuleAssignment.ForLevel("sous-action", new Styrmodell.Evaluation.Rules.PointsRule(true)) with { MissingData = MissingDataPolicy.PropagateUnknown }],
            OptionalInputs = ["b"],
        };

        var sa = GoalEvaluator.Evaluate(builder.Build(), Year2024, AsOf, options)["SA"];

        Assert.Equal(scored, sa.Score is not null);
        Assert.Equal(!optional, sa.Explanation.Inputs.Any(i => i.NodeId == "b" && i.Use == InputUse.LeftOut));
    }

    [Fact]
    public void Status_IsTheResult_WhateverTheManualMode_AndExplainsItself()
    {
        var result = Evaluate(PointsReferential.Referential().Item("axe", "axe", "R", 1).Item("A", "action", "axe", 1).Item("SA", "sous-action", "A", 1, "fait"));

        Assert.Equal(ManualAssessmentMode.Beside, EvaluationPresets.PointsScoring(Sharing).ManualMode);
        Assert.Equal("cinquieme-etoile", result["SA"].Category.Id);
        Assert.Equal(new StatusStep("fait", "Fait", 1.0, "Import", new NodaTime.LocalDate(2025, 1, 15), "Illustrativt: statut importé.") { Split = PointsSplit.AllDone, Tasks = new TaskCounts(1, 1, 1, 0, 0, 0) }, Assert.Single(result["SA"].Explanation.Steps));
    }

    [Fact]
    public void Status_ThatNeitherScaleNorStatusesHave_IsRefused()
    {
        var model = PointsReferential.Referential().Item("axe", "axe", "R", 1).Item("SA", "action", "axe", 1, "termine").Build();

        var error = Assert.Throws<ArgumentException>(() => GoalEvaluator.Evaluate(model, Year2024, AsOf, EvaluationPresets.PointsScoring(Sharing)));

        Assert.Contains("category 'termine', which neither the scale nor the statuses have", error.Message, StringComparison.Ordinal);
    }
}
