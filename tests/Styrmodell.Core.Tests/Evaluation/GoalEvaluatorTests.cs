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
    [InlineData(false, "outcome 7.5 for 2024, Illustrativt: påhittat utfall")]
    [InlineData(true, "forecast 7.5 for 2024, Illustrativt: påhittat utfall")]
    public void Indicator_OutcomeWithItsOwnSource_TraceNamesTheOutcomesSource(bool forecast, string expected)
    {
        // The indicator's source is SJUK (a published series), but this year's value is an estimate: the trace must
        // not pass it off as published.
        var builder = Builder().Indicator("sjuk", Direction.LowerIsBetter, 6.0m, null)
            .AddOutcome(new Outcome("sjuk", Year2024, MeasuredValue.Of(7.5m)) { Source = "Illustrativt: påhittat utfall", IsForecast = forecast });

        Assert.Contains(expected, Evaluate(builder)["sjuk"].Trace.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Indicator_LowerIsBetter_ScoresTargetOverOutcome()
    {
        // Sick leave 7.5 % against a ceiling of 6.0 %: 6.0 / 7.5 = 0.8, partly met under the 80 % rule.
        var result = Evaluate(Builder().Indicator("sjuk", Direction.LowerIsBetter, 6.0m, 7.5m),
            new EvaluationOptions { Scale = AssessmentScale.EightyPercentRule });

        Assert.Equal("delvis-uppfyllt", result["sjuk"].Category.Id);
        Assert.Equal(0.8, result["sjuk"].Score);
        Assert.Equal("Delvis uppfyllt: outcome 7.5 for 2024, SJUK; target ≤ 6.0 for 2024 (KF 2022-11-28 (KF 2022-11-28 § 150)); share of target = 0.8",
            result["sjuk"].Trace.ToText());
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
        Assert.Equal("Delvis uppfyllt: 1 of 2 met (50 %) ≥ 50 %; i3 not assessed, excluded", kf.Trace.ToText());
        Assert.Equal([InputUse.Used, InputUse.Used, InputUse.Excluded], kf.Trace.Inputs.Select(i => i.Use));
        Assert.Equal("Ej bedömt: I3 missing for 2024", result["i3"].Trace.ToText());
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

        Assert.Equal("Ej uppfyllt: 1 of 3 met (33 %) < 50 %; i3 not assessed, counted as not met", result["kf"].Trace.ToText());
    }

    [Fact]
    public void PropagateUnknown_AnyMissing_IsNotAssessed()
    {
        var result = Evaluate(Builder()
                .Indicator("i1", Direction.HigherIsBetter, 80m, 82m)
                .Indicator("i3", Direction.HigherIsBetter, 80m, null),
            new EvaluationOptions { MissingData = MissingDataPolicy.PropagateUnknown });

        Assert.Equal("ej-bedomt", result["kf"].Category.Id);
        Assert.Contains("1 input(s) not assessed; unknown propagates", result["kf"].Trace.ToText(), StringComparison.Ordinal);
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
        Assert.Contains("coverage 67 % below the minimum 75 %", result["kf"].Trace.ToText(), StringComparison.Ordinal);
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
        Assert.Equal([2.0, 1.0], result["kf"].Trace.Inputs.Select(i => i.Weight));
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
        Assert.Equal("Ej bedömt: assessed manually only", Evaluate(Builder().Indicator("i1", Direction.HigherIsBetter, 50m, 60m),
            new EvaluationOptions { DefaultRule = new ManualOnlyRule() })["kf"].Trace.ToText());

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
        Assert.Equal(new TraceInput("n1", 0.5, "uppfyllt", 1.0, InputUse.Used), Assert.Single(result["kf2"].Trace.Inputs));
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
        Assert.Contains("Målet nåddes genom nya rutiner.", kf.Trace.ToText(), StringComparison.Ordinal);
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
        Assert.EndsWith("; forecast", result["kf"].Trace.ToText(), StringComparison.Ordinal);
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
        Assert.Contains("outcome 70/300 for 2024, summed from 2 outcomes' numerators and denominators", fossil.Trace.ToText(), StringComparison.Ordinal);
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
