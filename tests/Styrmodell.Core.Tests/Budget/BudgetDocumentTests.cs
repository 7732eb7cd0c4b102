using Styrmodell.Budget;
using Styrmodell.Exchange;
using Styrmodell.FollowUp;
using Styrmodell.Time;
using Styrmodell.Validation;
using static Styrmodell.Tests.Budget.ArbogaBudget;

namespace Styrmodell.Tests.Budget;

/// <summary>
/// The budget in a document: Arboga's rule that a deviation the administration cannot correct needs an action plan
/// decided by the committee (Styrmodell, section 7), answered by the follow-up data's action plans that name the
/// frame as their budget line; and Strängnäs' special assignments given with added funding, which appear as a frame
/// revision with their decision.
/// </summary>
public class BudgetDocumentTests
{
    // SON forecasts 306 000 against 300 000 (−6 000); BUN 201 000 against 200 000 (−1 000); the threshold is 5 000 tkr.
    private static readonly BudgetRecord Budget = new()
    {
        Frames = [Drift("son", "son", 300_000), Drift("bun", "bun", 200_000)],
        Forecasts = [new BudgetForecast("son", ReportingPeriod.Tertial(2024, 1), 3, 306_000), new BudgetForecast("bun", ReportingPeriod.Tertial(2024, 1), 3, 201_000)],
        Threshold = new DeviationThreshold(5_000, null),
    };

    private static readonly ActionPlan SonPlan = new("ap-son", "Ekonomi i balans", "son", ReportingPeriod.Tertial(2024, 1)) { BudgetLine = "son" };

    [Fact]
    public void DeviationAboveThreshold_WithoutActionPlan_IsReported()
    {
        var budget = Assert.IsType<BudgetEvaluation>(Document(Budget).Evaluate(ReportingPeriod.Year(2024)).Budget);

        var deviation = Assert.Single(budget.Deviations); // BUN's 1 000 is below the threshold
        Assert.Equal("son", deviation.Frame.Frame.Id);
        Assert.Equal(-6_000m, deviation.Frame.Deviation);
        Assert.Equal(BudgetPlanStatus.Missing, budget.PlanStatus("son"));
        Assert.Equal(BudgetPlanStatus.NotRequired, budget.PlanStatus("bun"));
        Assert.Single(budget.Unanswered);
    }

    [Fact]
    public void DeviationAboveThreshold_AnsweredByItsActionPlan()
    {
        var document = Document(Budget, new FollowUpData { ActionPlans = [SonPlan] });

        var budget = document.Evaluate(ReportingPeriod.Year(2024)).Budget!;

        Assert.Equal(["ap-son"], budget.Deviations.Single().ActionPlanIds);
        Assert.Equal(BudgetPlanStatus.Answered, budget.PlanStatus("son"));
        Assert.Empty(budget.Unanswered);
    }

    [Fact]
    public void AssignmentFundedWithAddedMoney_IsAFrameRevisionWithItsDecision()
    {
        var assignment = new SpecialAssignment("su-1", "Utred en ny förskola", "kf", Date(2, 20), 2024, 2025, Funding.AddedBudget(1_500_000)) { OwnerIds = ["bun"] };
        var withinFrame = assignment with { Id = "su-2", Funding = Funding.WithinFrame };
        var budget = Budget with { Changes = [new FrameChange("bun", 1_500, "kf", Date(2, 20)) { SpecialAssignmentId = "su-1" }] };

        var document = Document(budget, new FollowUpData { SpecialAssignments = [assignment, withinFrame] });
        var bun = document.Evaluate(ReportingPeriod.Year(2024)).Budget!.FollowUp.Frames.Single(f => f.Frame.Id == "bun");
        Assert.Equal(201_500m, bun.FrameInForce);
        Assert.Equal(500m, bun.Deviation); // the added money turns BUN's deficit into a surplus

        var wrong = new ExchangeDocumentBuilder(Organisation()).WithAuthority(Authority)
            .WithFollowUp(new FollowUpData { SpecialAssignments = [assignment, withinFrame] })
            .WithBudget(budget with { Changes = [.. budget.Changes.Select(c => c with { SpecialAssignmentId = "su-2" })] }).Validate();
        var problem = Assert.Single(wrong);
        Assert.Equal(ProblemCodes.FundingMismatch, problem.Code);
        Assert.Equal(new ProblemLocation(ModelElement.FrameChange, "bun", 0, "specialAssignment"), problem.Location);
    }

    [Fact]
    public void DocumentWithoutBudgetForTheYear_HasNoBudgetPart()
    {
        Assert.Null(Document(BudgetRecord.Empty).Evaluate(ReportingPeriod.Year(2024)).Budget);
        Assert.Null(Document(Budget).Evaluate(ReportingPeriod.Year(2023)).Budget);
    }
}
