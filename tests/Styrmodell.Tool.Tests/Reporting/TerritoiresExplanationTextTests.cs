using NodaTime;
using Styrmodell.Evaluation;
using Styrmodell.Evaluation.Rules;
using Styrmodell.Model;
using Styrmodell.Reporting;
using Styrmodell.Targets;
using Styrmodell.Time;

namespace Styrmodell.Tool.Tests.Reporting;

/// <summary>The words for a weighted mapping's origins and points, and for a target's variation from its baseline.</summary>
public class TerritoiresExplanationTextTests
{
    private static readonly ReportingPeriod Year2024 = ReportingPeriod.Year(2024);

    /// <summary>TE sub-action te_1.1 (3 points) mapped from a (0.8 points, weight 1, done) and b (0.8 points, weight 0.5, no status).</summary>
    private static EvaluationResult Mapped()
    {
        var builder = new SteeringModelBuilder(new Municipality("Testby kommun", "0001"))
            .AddLevel(new LevelDefinition("ref", "Référentiel", LevelRole.Vision))
            .AddLevel(new LevelDefinition("action", "Action", LevelRole.TargetArea) { ParentLevelIds = ["ref"] })
            .AddLevel(new LevelDefinition("te-sa", "Sous-action TE", LevelRole.Goal) { ParentLevelIds = ["action"] })
            .AddLevel(new LevelDefinition("sa", "Sous-action", LevelRole.Goal) { ParentLevelIds = ["action", "te-sa"] })
            .AddNode(new Node("cae", "ref", "CAE")).AddNode(new Node("te", "ref", "TE"))
            .AddNode(new Node("cae_1", "action", "cae_1") { ParentId = "cae" }).AddNode(new Node("te_1", "action", "te_1") { ParentId = "te" })
            .AddNode(new Node("te_1.1", "te-sa", "te_1.1") { ParentId = "te_1", Weight = 3 })
            .AddNode(new Node("a", "sa", "a") { ParentId = "cae_1", Weight = 0.8, Contributions = [new Contribution("te_1.1")] })
            .AddNode(new Node("b", "sa", "b") { ParentId = "cae_1", Weight = 0.8, Contributions = [new Contribution("te_1.1", 0.5)] })
            .AddAssessment(new ManualAssessment("a", Year2024, "fait", "Illustrativt.", "Import", new LocalDate(2025, 1, 15)));
        var preset = EvaluationPresets.PointsScoring([]);
        var options = preset with { Rules = [RuleAssignment.ForLevel("te-sa", new WeightedMappingRule(leaveOutNotConcerned: false))] };
        return GoalEvaluator.Evaluate(builder.Build(), Year2024, new LocalDate(2025, 3, 31), options);
    }

    [Theory]
    // 0.8 × 1 done of 0.8 × 1 + 0.8 × 0.5 = 1.2 weighted points: 2/3 of te_1.1's 3 points, 1 point not reported.
    [InlineData(ReportLanguage.Swedish, "ursprung a: 0,8 poäng × vikt 1, 100 %", "från 2 ursprung med sammanlagt 1,2 viktade poäng: 2 av 3 poäng = 66,7 %, 1 poäng utan rapporterad status")]
    [InlineData(ReportLanguage.English, "origin a: 0.8 points × weight 1, 100 %", "from 2 origins with 1.2 weighted points in all: 2 of 3 points = 66.7 %, 1 points without a reported status")]
    public void WeightedMapping_NamesEachOrigin_AndTheNodesPoints(ReportLanguage language, string origin, string rule)
    {
        var result = Mapped();

        var line = ExplanationText.Render(result["te_1.1"], result.Options.Scale, result.Options.Rounding, language);

        Assert.Contains(origin, line, StringComparison.Ordinal);
        Assert.Contains(rule, line, StringComparison.Ordinal);
    }

    [Theory]
    // A decided target of 110 for 2030 against a baseline of 100 in 2026: +10 %.
    [InlineData(ReportLanguage.Swedish, "+10 % mot utgångsvärdet (2026)")]
    [InlineData(ReportLanguage.English, "+10 % against the baseline (2026)")]
    public void DecidedTarget_SaysItsVariationFromTheBaseline(ReportLanguage language, string expected)
    {
        var builder = new SteeringModelBuilder(new Municipality("Testby kommun", "0001"))
            .AddLevel(new LevelDefinition("ind", "Indikator", LevelRole.Indicator))
            .AddNode(new Node("i", "ind", "Andel"))
            .AddIndicator(new Indicator("i", MeasureUnit.Percent, Direction.HigherIsBetter)
            {
                Baseline = new Baseline(100m, ReportingPeriod.Year(2026)),
                Targets = [new TargetValue(TargetScope.Year(2030), new AbsoluteLevel(110m), new Decision(new LocalDate(2026, 11, 26), "KF"))],
            })
            .AddOutcome(new Outcome("i", ReportingPeriod.Year(2030), MeasuredValue.Of(105m)));
        var result = GoalEvaluator.Evaluate(builder.Build(), ReportingPeriod.Year(2030), new LocalDate(2031, 3, 31));

        var line = ExplanationText.Render(result["i"], result.Options.Scale, result.Options.Rounding, language);

        Assert.Contains(expected, line, StringComparison.Ordinal);
    }
}
