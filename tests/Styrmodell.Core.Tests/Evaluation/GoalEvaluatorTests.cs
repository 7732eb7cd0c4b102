using NodaTime;
using Styrmodell.Evaluation;
using Styrmodell.Evaluation.Rules;
using Styrmodell.Model;
using Styrmodell.Targets;
using Styrmodell.Time;
using static Styrmodell.Tests.Evaluation.EvaluationFixture;

namespace Styrmodell.Tests.Evaluation;

public class GoalEvaluatorTests
{
    private static readonly ShareMetRule SeventyFiveFifty = new([new("uppfyllt", 0.75), new("delvis-uppfyllt", 0.5)]);

    private static EvaluationResult Evaluate(SteeringModelBuilder builder, EvaluationOptions? options = null) =>
        GoalEvaluator.Evaluate(builder.Build(), Year2024, AsOf, options);

    [Theory]
    [InlineData(100.0, "uppfyllt")]      // at the target
    [InlineData(85.0, "delvis-uppfyllt")] // 85 % of it, ≥ 80 %
    [InlineData(80.0, "delvis-uppfyllt")] // exactly 80 %
    [InlineData(79.0, "ej-uppfyllt")]     // below 80 %
    public void Indicator_VansbroEightyPercentRule_HigherIsBetter(double outcome, string expected)
    {
        var result = Evaluate(Builder().Indicator("i", Direction.HigherIsBetter, 100m, (decimal)outcome),
            new EvaluationOptions { Scale = AssessmentScale.EightyPercentRule });

        Assert.Equal(expected, result["i"].Category.Id);
    }

    [Theory]
    [InlineData(false, OutcomeFinding.Measured)]
    [InlineData(true, OutcomeFinding.Forecast)]
    public void Indicator_OutcomeWithItsOwnSource_ExplanationNamesTheOutcomesSource(bool forecast, OutcomeFinding expected)
    {
        // The indicator's source is SJUK (a published series), but this year's value is an estimate: the explanation
        // must not pass it off as published.
        var builder = Builder().Indicator("sjuk", Direction.LowerIsBetter, 6.0m, null)
            .AddOutcome(new Outcome("sjuk", Year2024, MeasuredValue.Of(7.5m)) { Source = "Illustrativt: påhittat utfall", IsForecast = forecast });

        var outcome = Evaluate(builder)["sjuk"].Explanation.Find<OutcomeStep>()!;

        Assert.Equal((expected, 7.5m, "Illustrativt: påhittat utfall", forecast), (outcome.Finding, outcome.Value, outcome.Source, outcome.IsForecast));
    }

    [Fact]
    public void Indicator_LowerIsBetter_ScoresTargetOverOutcome()
    {
        // Sick leave 7.5 % against a ceiling of 6.0 %: 6.0 / 7.5 = 0.8, partly met under the 80 % rule.
        var result = Evaluate(Builder().Indicator("sjuk", Direction.LowerIsBetter, 6.0m, 7.5m),
            new EvaluationOptions { Scale = AssessmentScale.EightyPercentRule });

        Assert.Equal("delvis-uppfyllt", result["sjuk"].Category.Id);
        Assert.Equal(0.8, result["sjuk"].Score);
        var explanation = result["sjuk"].Explanation;
        Assert.Equal([ExplanationStepKind.Outcome, ExplanationStepKind.Target, ExplanationStepKind.Score], explanation.Steps.Select(s => s.Kind));
        Assert.Equal(new OutcomeStep("sjuk", Year2024, Gender.Total, OutcomeFinding.Measured, 7.5m, null, null, 0, 0, OutcomeStatus.Final, "SJUK"),
            explanation.Find<OutcomeStep>());
        var target = explanation.Find<TargetStep>()!;
        Assert.Equal((Direction.LowerIsBetter, 6.0m, 2024, TargetOrigin.Decided, "KF 2022-11-28 § 150"),
            (target.Direction, target.Value, target.Year, target.Origin, target.Decision.Reference));
        // 7.5 against a ceiling of 6.0: 1.5 left to the target.
        Assert.Equal(new ScoreStep(ScoreBasis.ShareOfTarget, ScoreMethod.ShareOfTarget, 0.8, 1.5m), explanation.Find<ScoreStep>());
    }

    [Fact]
    public void ShareMet_WithMissingExcluded_ExplainsCountAndExclusion()
    {
        // Two indicators assessed: one met, one not (share 0.9 < 1); the third has no outcome and is excluded.
        var result = Evaluate(Builder()
                .Indicator("i1", Direction.HigherIsBetter, 80m, 82m)
                .Indicator("i2", Direction.HigherIsBetter, 80m, 72m)
                .Indicator("i3", Direction.HigherIsBetter, 80m, null),
            new EvaluationOptions { DefaultRule = SeventyFiveFifty });

        var kf = result["kf"];
        Assert.Equal("delvis-uppfyllt", kf.Category.Id);
        Assert.Equal(2.0 / 3.0, kf.Coverage, 12);
        var rule = kf.Explanation.Find<RuleStep>()!;
        Assert.Equal((RuleKind.ShareMet, 2, 1, 0.5, 0.5), (rule.Rule, rule.Used, rule.Met, rule.Share, rule.ThresholdReached));
        Assert.Equal((MissingDataPolicy.Exclude, 1), (kf.Explanation.Find<MissingDataStep>()!.Policy, kf.Explanation.Find<MissingDataStep>()!.Missing));
        Assert.Equal([InputUse.Used, InputUse.Used, InputUse.Excluded], kf.Explanation.Inputs.Select(i => i.Use));
        Assert.Equal(OutcomeFinding.Missing, result["i3"].Explanation.Find<OutcomeStep>()!.Finding);
        Assert.Equal(NotAssessedReason.NoOutcome, result["i3"].Explanation.Find<NotAssessedStep>()!.Reason);
    }

    [Fact]
    public void ShareMet_MissingCountedAsNotMet_FallsBelowThreshold()
    {
        // 1 of 3 met = 33 % < 50 %: the scale's worst category.
        var result = Evaluate(Builder()
                .Indicator("i1", Direction.HigherIsBetter, 80m, 82m)
                .Indicator("i2", Direction.HigherIsBetter, 80m, 72m)
                .Indicator("i3", Direction.HigherIsBetter, 80m, null),
            new EvaluationOptions { DefaultRule = SeventyFiveFifty, MissingData = MissingDataPolicy.CountAsNotMet });

        Assert.Equal("ej-uppfyllt", result["kf"].Category.Id);
        var rule = result["kf"].Explanation.Find<RuleStep>()!;
        Assert.Equal((3, 1, null, 0.5), (rule.Used, rule.Met, rule.ThresholdReached, rule.LowestThreshold));
        Assert.Equal(1.0 / 3.0, rule.Share!.Value, 12);
        Assert.Equal(InputUse.CountedAsNotMet, result["kf"].Explanation.Inputs.Single(i => i.NodeId == "i3").Use);
    }

    [Fact]
    public void PropagateUnknown_AnyMissing_IsNotAssessed()
    {
        var result = Evaluate(Builder()
                .Indicator("i1", Direction.HigherIsBetter, 80m, 82m)
                .Indicator("i3", Direction.HigherIsBetter, 80m, null),
            new EvaluationOptions { MissingData = MissingDataPolicy.PropagateUnknown });

        Assert.Equal("ej-bedomt", result["kf"].Category.Id);
        Assert.Equal(NotAssessedReason.MissingInputPropagates, result["kf"].Explanation.Find<NotAssessedStep>()!.Reason);
        Assert.Equal(1, result["kf"].Explanation.Find<MissingDataStep>()!.Missing);
        Assert.Equal("ej-bedomt", result["area"].Category.Id); // and upwards
    }

    [Fact]
    public void MinimumCoverage_NotReached_IsNotAssessed()
    {
        var result = Evaluate(Builder()
                .Indicator("i1", Direction.HigherIsBetter, 80m, 82m)
                .Indicator("i2", Direction.HigherIsBetter, 80m, 90m)
                .Indicator("i3", Direction.HigherIsBetter, 80m, null),
            new EvaluationOptions { MinimumCoverage = 0.75 });

        Assert.Equal("ej-bedomt", result["kf"].Category.Id);
        var missing = result["kf"].Explanation.Find<MissingDataStep>()!;
        Assert.Equal(2.0 / 3.0, missing.Coverage, 12);
        Assert.Equal(0.75, missing.MinimumCoverage);
        Assert.Equal(NotAssessedReason.CoverageBelowMinimum, result["kf"].Explanation.Find<NotAssessedStep>()!.Reason);
    }

    [Fact]
    public void WeightedMean_UsesLinkWeights()
    {
        // (2 × 1.0 + 1 × 0.4) / 3 = 0.8 → delvis uppfyllt on the default scale (0.5 ≤ 0.8 < 1).
        var result = Evaluate(Builder()
            .Indicator("i1", Direction.HigherIsBetter, 50m, 60m, weight: 2)
            .Indicator("i2", Direction.HigherIsBetter, 50m, 20m));

        Assert.Equal(0.8, result["kf"].Score!.Value, 12);
        Assert.Equal("delvis-uppfyllt", result["kf"].Category.Id);
        Assert.Equal([2.0, 1.0], result["kf"].Explanation.Inputs.Select(i => i.Weight));
    }

    [Theory]
    [InlineData(true, "ej-uppfyllt")]
    [InlineData(false, "uppfyllt")]
    public void WorstAndBestOf_PickByRank(bool worst, string expected)
    {
        var result = Evaluate(Builder()
                .Indicator("i1", Direction.HigherIsBetter, 50m, 60m)
                .Indicator("i2", Direction.HigherIsBetter, 50m, 20m),
            new EvaluationOptions { DefaultRule = worst ? new WorstOfRule() : new BestOfRule() });

        Assert.Equal(expected, result["kf"].Category.Id);
    }

    [Theory]
    [InlineData(new[] { 60.0, 60.0, 60.0 }, "uppfyllt", "uppfyllt")]
    [InlineData(new[] { 60.0, 60.0, 10.0 }, "ej-uppfyllt", "uppfyllt")]
    [InlineData(new[] { 60.0, 10.0, 10.0 }, "ej-uppfyllt", "ej-uppfyllt")]
    public void AllMetAndMajority(double[] outcomes, string all, string majority)
    {
        var builder = Builder();
        for (var i = 0; i < outcomes.Length; i++)
        {
            builder.Indicator($"i{i}", Direction.HigherIsBetter, 50m, (decimal)outcomes[i]);
        }

        var model = builder.Build();
        Assert.Equal(all, GoalEvaluator.Evaluate(model, Year2024, AsOf, new() { DefaultRule = new AllMetRule() })["kf"].Category.Id);
        Assert.Equal(majority, GoalEvaluator.Evaluate(model, Year2024, AsOf, new() { DefaultRule = new MajorityRule() })["kf"].Category.Id);
    }

    [Fact]
    public void LevelAndNodeRules_NodeRuleWins()
    {
        var model = Builder()
            .Indicator("i1", Direction.HigherIsBetter, 50m, 60m)
            .Indicator("i2", Direction.HigherIsBetter, 50m, 20m).Build();
        var options = new EvaluationOptions
        {
            Rules = [RuleAssignment.ForLevel("kf-mal", new BestOfRule()), RuleAssignment.ForNode("kf", new WorstOfRule())],
        };

        Assert.Equal("ej-uppfyllt", GoalEvaluator.Evaluate(model, Year2024, AsOf, options)["kf"].Category.Id);
    }

    [Fact]
    public void ManualOnly_IsNotAssessedWithoutManualAssessment() =>
        Assert.Equal(new NotAssessedStep(NotAssessedReason.ManualOnly), Assert.Single(Evaluate(Builder().Indicator("i1", Direction.HigherIsBetter, 50m, 60m),
            new EvaluationOptions { DefaultRule = new ManualOnlyRule() })["kf"].Explanation.Steps));

    [Fact]
    public void Contribution_NodeFeedingTwoGoals_AppearsInBothWithItsLinkWeight()
    {
        var builder = Builder()
            .AddNode(new Node("kf2", "kf-mal", "Attraktiv arbetsgivare") { ParentId = "area", OwnerId = "kf" })
            .AddNode(new Node("n1", "nmal", "Lägre sjukfrånvaro") { ParentId = "kf", Contributions = [new("kf2", 0.5)], OwnerId = "bun" })
            .Indicator("sjuk", Direction.LowerIsBetter, 6m, 5.5m, parent: "n1");

        var result = Evaluate(builder);

        Assert.Equal("uppfyllt", result["kf"].Category.Id);
        Assert.Equal("uppfyllt", result["kf2"].Category.Id);
        Assert.Equal(new ExplanationInput("n1", 0.5, "uppfyllt", 1.0, InputUse.Used), Assert.Single(result["kf2"].Explanation.Inputs));
    }

    [Fact]
    public void Activities_AreShownButNotCounted()
    {
        var result = Evaluate(Builder()
            .Indicator("i1", Direction.HigherIsBetter, 50m, 60m)
            .AddNode(new Node("a1", "akt", "Läxhjälp") { ParentId = "kf" }));

        Assert.Equal(1.0, result["kf"].Coverage);
        Assert.Equal("ej-bedomt", result["a1"].Category.Id);
    }

    [Theory]
    [InlineData(ManualAssessmentMode.Override, "uppfyllt")]
    [InlineData(ManualAssessmentMode.Beside, "ej-uppfyllt")]
    public void ManualAssessment_OverridesOrSitsBeside_BothKept(ManualAssessmentMode mode, string expected)
    {
        var builder = Builder().Indicator("i1", Direction.HigherIsBetter, 50m, 20m)
            .AddAssessment(new ManualAssessment("kf", Year2024, "uppfyllt", "Målet nåddes genom nya rutiner.", "Kommundirektören", new LocalDate(2025, 2, 1)));

        var kf = Evaluate(builder, new EvaluationOptions { ManualMode = mode })["kf"];

        Assert.Equal(expected, kf.Category.Id);
        Assert.Equal("ej-uppfyllt", kf.Computed.Id);
        Assert.Equal("Kommundirektören", kf.Manual?.Author);
        Assert.Equal(new ManualAssessmentStep("uppfyllt", "ej-uppfyllt", mode, "Kommundirektören", new LocalDate(2025, 2, 1), "Målet nåddes genom nya rutiner."),
            kf.Explanation.Steps[^1]);
    }

    [Fact]
    public void ManualAssessment_AfterAsOfDate_DoesNotApply()
    {
        var builder = Builder().Indicator("i1", Direction.HigherIsBetter, 50m, 20m)
            .AddAssessment(new ManualAssessment("kf", Year2024, "uppfyllt", "Motivering.", "KD", new LocalDate(2025, 6, 1)));

        Assert.Null(Evaluate(builder, new EvaluationOptions { ManualMode = ManualAssessmentMode.Override })["kf"].Manual);
    }

    [Fact]
    public void ManualAssessment_WithoutMotivation_IsValidationProblem()
    {
        var problems = Builder().AddAssessment(new ManualAssessment("kf", Year2024, "uppfyllt", " ", "KD", new LocalDate(2025, 2, 1))).Validate();

        Assert.Equal("missing-motivation", Assert.Single(problems).Code);
    }

    [Fact]
    public void Forecast_UsedWhenNoMeasuredOutcome_AndLabelled()
    {
        var builder = Builder().Indicator("i1", Direction.HigherIsBetter, 50m, null)
            .AddOutcome(new Outcome("i1", Year2024, MeasuredValue.Of(55m)) { IsForecast = true });

        var result = Evaluate(builder);

        Assert.True(result["i1"].IsForecast);
        Assert.True(result["kf"].IsForecast);
        Assert.Equal(ExplanationStepKind.Forecast, result["kf"].Explanation.Steps[^1].Kind);
        Assert.True(result["i1"].Explanation.Find<OutcomeStep>()!.IsForecast);
        Assert.Equal("ej-bedomt", Evaluate(Builder().Indicator("i1", Direction.HigherIsBetter, 50m, null)
            .AddOutcome(new Outcome("i1", Year2024, MeasuredValue.Of(55m)) { IsForecast = true }), new EvaluationOptions { UseForecasts = false })["i1"].Category.Id);
    }

    [Fact]
    public void RatioOutcomes_AreCombinedBySummingParts_NotByAveraging()
    {
        // Tertials 10/100 and 60/200: summed 70/300 = 23.3 % meets a 23 % floor; averaging 10 % and 30 % (= 20 %) would not.
        var builder = Builder()
            .AddNode(new Node("fossil", "ind", "Andel fossilfria fordon") { ParentId = "kf" })
            .AddIndicator(new Indicator("fossil", MeasureUnit.Ratio, Direction.HigherIsBetter)
            {
                Ratio = new RatioDefinition("fossilfria fordon", "alla fordon", 100m),
                Targets = [new TargetValue(TargetScope.Year(2024), new AbsoluteLevel(23m), Kf)],
            })
            .AddOutcome(new Outcome("fossil", ReportingPeriod.Tertial(2024, 1), MeasuredValue.Ratio(10, 100)))
            .AddOutcome(new Outcome("fossil", ReportingPeriod.Tertial(2024, 2), MeasuredValue.Ratio(60, 200)));

        var fossil = Evaluate(builder)["fossil"];

        Assert.Equal("uppfyllt", fossil.Category.Id);
        var outcome = fossil.Explanation.Find<OutcomeStep>()!;
        Assert.Equal((OutcomeFinding.Pooled, 70m, 300m, 2), (outcome.Finding, outcome.Numerator, outcome.Denominator, outcome.Parts));
        Assert.Equal(70m / 300m * 100m, outcome.Value);
    }

    [Fact]
    public void RevisedTarget_AppliesOnlyFromItsDecision()
    {
        var builder = Builder()
            .AddNode(new Node("i", "ind", "i") { ParentId = "kf" })
            .AddIndicator(new Indicator("i", MeasureUnit.Percent, Direction.HigherIsBetter)
            {
                Targets = [new TargetValue(TargetScope.Year(2024), new AbsoluteLevel(60m), Kf),
                    new TargetValue(TargetScope.Year(2024), new AbsoluteLevel(50m), new Decision(new LocalDate(2024, 6, 17), "KF"))],
            })
            .AddOutcome(new Outcome("i", Year2024, MeasuredValue.Of(55m)));
        var model = builder.Build();

        Assert.Equal("delvis-uppfyllt", GoalEvaluator.Evaluate(model, Year2024, new LocalDate(2024, 6, 16))["i"].Category.Id);
        Assert.Equal("uppfyllt", GoalEvaluator.Evaluate(model, Year2024, new LocalDate(2024, 6, 17))["i"].Category.Id);
    }

    [Fact]
    public void Options_NotFittingModel_ThrowWithEveryProblem()
    {
        var model = Builder().Build();
        var options = new EvaluationOptions
        {
            Rules = [RuleAssignment.ForLevel("saknas", new WorstOfRule()), RuleAssignment.ForNode("kf", new ShareMetRule([new("grön", 0.5)]))],
        };

        var error = Assert.Throws<ArgumentException>(() => GoalEvaluator.Evaluate(model, Year2024, AsOf, options));

        Assert.Contains("level 'saknas'", error.Message, StringComparison.Ordinal);
        Assert.Contains("category 'grön'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Summaries_CountPerLevelOwnerAndArea()
    {
        var result = Evaluate(Builder()
            .Indicator("i1", Direction.HigherIsBetter, 50m, 60m)
            .Indicator("i2", Direction.HigherIsBetter, 50m, null));

        Assert.Equal(
            [("Strategiskt område", "uppfyllt", 1), ("KF-mål", "uppfyllt", 1), ("Indikator", "uppfyllt", 1), ("Indikator", "ej-bedomt", 1)],
            result.Summarise(SummaryGrouping.Level).Select(c => (c.Group, c.Category.Id, c.Count)));
        Assert.Equal([("Kommunfullmäktige", "uppfyllt", 1)], result.Summarise(SummaryGrouping.Owner).Select(c => (c.Group, c.Category.Id, c.Count)));
        Assert.Equal(
            [("Inspirerande organisation", "uppfyllt", 2), ("Inspirerande organisation", "ej-bedomt", 1)],
            result.Summarise(SummaryGrouping.TargetArea).Select(c => (c.Group, c.Category.Id, c.Count)));
    }
}
