using NodaTime;
using Styrmodell.Exchange;
using Styrmodell.Evaluation;
using Styrmodell.FollowUp;
using Styrmodell.Model;
using Styrmodell.Targets;
using Styrmodell.Time;
using Styrmodell.Validation;
using static Styrmodell.Tests.FollowUp.FollowUpFixture;

namespace Styrmodell.Tests.FollowUp;

/// <summary>Action plans (åtgärdsplaner) for deviations, and analysis texts kept per period. Content is illustrative.</summary>
public class ActionPlanAndAnalysisTests
{
    private static ActionPlan GoalPlan(string id = "ap-1") =>
        new(id, "Fler elever når kunskapsmålen", "bun", ReportingPeriod.Tertial(2024, 1))
        {
            NodeId = "n1",
            DecisionDate = new LocalDate(2024, 6, 12),
            ExpectedEffect = "Andelen behöriga når målet till årets slut.",
            Measures = [new ActionPlanMeasure("Extra studietid i matematik") { Responsible = "Rektor", Deadline = new LocalDate(2024, 12, 20), ExpectedEffect = "Fler godkända i matematik" }],
        };

    private static ActionPlan BudgetPlan() =>
        new("ap-2", "Budget i balans", "sn", ReportingPeriod.Tertial(2024, 1))
        {
            BudgetLine = "Drift: Socialnämnden",
            Measures = [new ActionPlanMeasure("Vakanta tjänster tillsätts inte") { Amount = 2_400_000 }],
            Reports = [new ProgressReport(ReportingPeriod.Interim(2024, 8), new LocalDate(2024, 9, 25), WorkStatus.Ongoing) { Text = "Prognosen har förbättrats med 1,8 mnkr." }],
        };

    private static AnalysisText GoalAnalysis(LocalDate date, string text) => new(Year2024, "Förvaltningschef", date, text) { NodeId = "n1" };

    [Fact]
    public void Build_PlansOnAGoalABudgetLineAndADeficit_AreValid()
    {
        var deficit = new ActionPlan("ap-3", "Återställ 2024 års underskott", "kf", Year2024) { DeficitYear = 2024 };

        var model = Builder().With(new FollowUpData { ActionPlans = [GoalPlan(), BudgetPlan(), deficit] }).Build();

        Assert.Equal(3, model.FollowUp.ActionPlans.Count);
        Assert.Equal(WorkStatus.Ongoing, model.FollowUp.ActionPlans[1].LatestReport(AsOf)!.Status);
    }

    [Theory]
    [InlineData(null, null, 0)]
    [InlineData("n1", "Drift: Socialnämnden", 2)]
    public void Validate_PlanWithoutOrWithSeveralSubjects_IsAnInvalidSubject(string? node, string? budgetLine, int count) =>
        AssertProblem(SingleProblem(Builder().With(new FollowUpData { ActionPlans = [GoalPlan() with { NodeId = node, BudgetLine = budgetLine }] })),
            ProblemCodes.InvalidSubject, ModelElement.ActionPlan, "ap-1", 0, null, $"names {count} subjects");

    [Fact]
    public void Validate_PlanOnAnUnknownNode_IsADanglingReference() =>
        AssertProblem(SingleProblem(Builder().With(new FollowUpData { ActionPlans = [GoalPlan() with { NodeId = "n9" }] })),
            ProblemCodes.DanglingReference, ModelElement.ActionPlan, "ap-1", 0, "node", "deviating node 'n9'");

    /// <summary>
    /// n2 gets an indicator at 40 against a target of 80 (share 0.5: partly met, a deviation); n1 is met (84 against
    /// 80, score 1); so KF's goal k1 is their mean 0.75, partly met: a deviation too. With an action plan on n2 for the
    /// first tertial, the year's deviation on n2 is answered; k1's is not.
    /// </summary>
    [Fact]
    public void Deviations_ListNotMetGoals_WithThePlansThatAnswerThem()
    {
        var builder = Builder()
            .AddNode(new Node("i2", "ind", "Andel i egen försörjning") { ParentId = "n2" })
            .AddIndicator(new Indicator("i2", MeasureUnit.Percent, Direction.HigherIsBetter) { Targets = [new TargetValue(TargetScope.Year(2024), new AbsoluteLevel(80), Kf)] })
            .AddOutcome(new Outcome("i2", Year2024, MeasuredValue.Of(40)));
        var model = builder.Build();
        var plan = GoalPlan() with { NodeId = "n2", OwnerId = "sn" };

        var without = ActionPlanCoverage.Deviations(GoalEvaluator.Evaluate(model, Year2024, AsOf), FollowUpData.Empty);
        var with = ActionPlanCoverage.Deviations(GoalEvaluator.Evaluate(model, Year2024, AsOf), ExchangeDocument.Create(model, new FollowUpData { ActionPlans = [plan] }).FollowUp);

        Assert.Equal([("k1", "delvis-uppfyllt", 0), ("n2", "delvis-uppfyllt", 0)], without.Select(d => (d.NodeId, d.Category.Id, d.ActionPlanIds.Count)));
        Assert.Equal([[], ["ap-1"]], with.Select(d => d.ActionPlanIds.ToArray()));
    }

    [Fact]
    public void AnalysisOfNode_IsTheLatestTextForThePeriodWrittenByTheDate()
    {
        var first = GoalAnalysis(new LocalDate(2025, 2, 1), "Utfallet ligger över målet.");
        var revised = GoalAnalysis(new LocalDate(2025, 2, 20), "Utfallet ligger över målet, men skillnaderna mellan skolor ökar.");
        var tertial = first with { Period = ReportingPeriod.Tertial(2024, 1), Date = new LocalDate(2024, 5, 15) };
        var data = new FollowUpData { AnalysisTexts = [revised, first, tertial] };

        Assert.Null(data.AnalysisOfNode("n1", Year2024, new LocalDate(2025, 1, 31)));
        Assert.Equal(first, data.AnalysisOfNode("n1", Year2024, new LocalDate(2025, 2, 10)));
        Assert.Equal(revised, data.AnalysisOfNode("n1", Year2024, AsOf));
        Assert.Equal(tertial, data.AnalysisOfNode("n1", ReportingPeriod.Tertial(2024, 1), AsOf));
        Assert.Null(data.AnalysisOfUnit("n1", Year2024, AsOf));
    }

    [Fact]
    public void AnalysisOfUnit_FindsACommitteesOverallAnalysis()
    {
        var overall = new AnalysisText(Year2024, "Nämndens ordförande", new LocalDate(2025, 2, 15), "Samlad analys.") { UnitId = "bun" };
        var model = Builder().With(new FollowUpData { AnalysisTexts = [overall, GoalAnalysis(new LocalDate(2025, 2, 1), "Om målet.")] }).Build();

        Assert.Equal(overall, model.FollowUp.AnalysisOfUnit("bun", Year2024, AsOf));
    }

    [Fact]
    public void Validate_TextAboutBothANodeAndAUnit_IsAnInvalidSubject() =>
        AssertProblem(SingleProblem(Builder().With(new FollowUpData { AnalysisTexts = [GoalAnalysis(AsOf, "Text") with { UnitId = "bun" }] })),
            ProblemCodes.InvalidSubject, ModelElement.AnalysisText, "n1", 0, null, "both a node and a unit");

    [Fact]
    public void Validate_EmptyTextUnknownUnitAndDuplicate_AreAllReported()
    {
        var blank = new AnalysisText(Year2024, "A", AsOf, " ") { UnitId = "tn" };
        var problems = Builder().With(new FollowUpData { AnalysisTexts = [GoalAnalysis(AsOf, "Text"), blank, GoalAnalysis(AsOf, "Text igen")] }).Validate();

        Assert.Equal(
            [(ProblemCodes.DanglingReference, 1, "unit"), (ProblemCodes.MissingText, 1, "text"), (ProblemCodes.DuplicateEntry, 2, (string?)null)],
            problems.Select(p => (p.Code, p.Location.Index, p.Location.Member)));
    }
}
