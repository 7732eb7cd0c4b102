using NodaTime;
using Styrmodell.Evaluation;
using Styrmodell.Model;

namespace Styrmodell.Tests.Evaluation.Presets;

/// <summary>
/// Plan progress as territoires-en-transitions computes it (<see cref="EvaluationPresets.PlanProgress"/>): the share of a
/// plan's measures (action sheets, <i>fiches</i>) whose status is Réalisé, sub-sheets not counted, 0 for an empty plan.
/// Worked examples from incubateur-ademe/territoires-en-transitions,
/// <c>apps/backend/src/plans/plans/progress/plan-progress.rules.spec.ts</c> (both cases of <c>computeProgress</c>), and
/// from the rule itself (<c>plan-progress.rules.ts</c>) and its caller, the plan report's per-axis progress
/// (<c>plans/reports/generate-plan-report-pptx/ppt-builder.service.ts</c>, <c>getAxeGeneralInfo</c>).
/// </summary>
public class TerritoiresPlanProgressExamples
{
    /// <summary>A plan with axes; measures sit under the plan and contribute to their axes; sub-measures are activities.</summary>
    private static SteeringModelBuilder Plan() =>
        new SteeringModelBuilder(new Municipality("Testby kommun", "0001"))
            .AddLevel(new LevelDefinition("plan", "Plan", LevelRole.Goal))
            .AddLevel(new LevelDefinition("axe", "Axe", LevelRole.Goal) { ParentLevelIds = ["plan"] })
            .AddLevel(new LevelDefinition("fiche", "Fiche action", LevelRole.Mission) { ParentLevelIds = ["plan", "axe"] })
            .AddLevel(new LevelDefinition("sous-fiche", "Sous-action", LevelRole.Activity) { ParentLevelIds = ["fiche"] })
            .AddNode(new Node("plan", "plan", "Plan climat"));

    private static EvaluationResult Evaluate(SteeringModelBuilder builder) =>
        GoalEvaluator.Evaluate(builder.Build(), EvaluationFixture.Year2024, EvaluationFixture.AsOf, EvaluationPresets.PlanProgress());

    [Fact]
    public void ShouldReturn0_WhenThereAreNoFiches()
    {
        // 'should return 0 when there are no fiches': computeProgress([]) is 0.
        var result = Evaluate(Plan());

        Assert.Equal(0.0, result["plan"].Score);
        Assert.Equal(0m, result.Present("plan").ScorePercent);
        Assert.NotNull(result["plan"].Explanation.Find<EmptyRollUpStep>());
    }

    [Fact]
    public void ShouldOnlyCountFiches_NoSubFiches_WithRealiseStatus()
    {
        // 'should only count fiches (no sub-fiches) with REALISE status': one Réalisé of eight sheets — a Réalisé
        // sub-sheet (parentId 1) not counted — is 12.5.
        var builder = Plan().Measure("1", "realise").Measure("1.1", "realise", parent: "1", level: "sous-fiche")
            .Measure("2", "en-cours").Measure("3", "en-pause").Measure("4", "abandonne").Measure("5", "bloque")
            .Measure("6", "en-retard").Measure("7", "a-discuter").Measure("8", "a-venir");

        var result = Evaluate(builder);

        Assert.Equal(12.5m, result.Present("plan").ScorePercent);
        var rule = result["plan"].Explanation.Find<RuleStep>()!;
        Assert.Equal((8, (int?)1), (rule.Used, rule.Met));
    }

    [Fact]
    public void FicheWithoutStatus_CountsAsNotDone()
    {
        // plan-progress.rules.ts: a sheet counts as done only when fiche.statut === REALISE; a sheet without a status
        // (statut null) is in the total: 1 of 3 is 33.3.
        var result = Evaluate(Plan().Measure("1", "realise").Measure("2", null).Measure("3", null));

        Assert.Equal(33.3m, result.Present("plan").ScorePercent);
        Assert.Equal(1.0 / 3, result["plan"].Score!.Value, 12);
    }

    [Fact]
    public void FicheWithoutStatus_WithSubFiches_StillCountsAsNotDone()
    {
        // The same rule: a sheet's own status decides, whatever its sub-sheets: 0 of 1 done.
        var result = Evaluate(Plan().Measure("1", null).Measure("1.1", "realise", parent: "1", level: "sous-fiche"));

        Assert.Equal(0m, result.Present("plan").ScorePercent);
    }

    [Fact]
    public void EveryFicheRealise_IsAHundred_AndMet()
    {
        var result = Evaluate(Plan().Measure("1", "realise").Measure("2", "realise"));

        Assert.Equal(100m, result.Present("plan").ScorePercent);
        Assert.True(result["plan"].Category.IsMet);
    }

    [Fact]
    public void AxeProgress_CountsTheFichesOfThatAxe()
    {
        // getAxeGeneralInfo: an axis's progress is computeProgress over the sheets of that axis; a sheet may sit in
        // several axes (fiche.axes). Axis a: 1 of 2 done (50); axis b: 1 of 1 (100); the plan: 1 of 3 (33.3).
        var builder = Plan()
            .AddNode(new Node("a", "axe", "Axe 1") { ParentId = "plan" }).AddNode(new Node("b", "axe", "Axe 2") { ParentId = "plan" })
            .Measure("1", "realise", axes: ["a", "b"]).Measure("2", "en-cours", axes: ["a"]).Measure("3", "a-venir");
        var options = EvaluationPresets.PlanProgress() with { AssessedRoles = [LevelRole.Mission] }; // axes do not feed the plan

        var result = GoalEvaluator.Evaluate(builder.Build(), EvaluationFixture.Year2024, EvaluationFixture.AsOf, options);

        Assert.Equal(50m, result.Present("a").ScorePercent);
        Assert.Equal(100m, result.Present("b").ScorePercent);
        Assert.Equal(33.3m, result.Present("plan").ScorePercent);
    }
}

/// <summary>Measures (action sheets) of a plan, with TeT statuses as manual assessments.</summary>
internal static class PlanMeasures
{
    private static readonly LocalDate Reported = new(2025, 1, 15);

    internal static SteeringModelBuilder Measure(this SteeringModelBuilder builder, string id, string? status, string parent = "plan", string level = "fiche", params string[] axes)
    {
        builder.AddNode(new Node(id, level, id) { ParentId = parent, Contributions = [.. axes.Select(axe => new Contribution(axe))] });
        return status is null ? builder
            : builder.AddAssessment(new ManualAssessment(id, EvaluationFixture.Year2024, status, "Illustrativt: statut importé.", "Import", Reported));
    }
}
