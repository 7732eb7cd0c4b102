using NodaTime;
using Styrmodell.Time;
using Styrmodell.Validation;

namespace Styrmodell.Tests.Time;

public class PlanningCalendarTests
{
    private static Styrmodell.Collections.EquatableArray<ValidationProblem> Check(params PlanningEvent[] events) =>
        new PlanningCalendar([.. events]).CheckDeadlines();

    [Fact]
    public void OnTimeEvents_HaveNoProblems() =>
        Assert.Empty(Check(
            new PlanningEvent("budgetdag", PlanningEventKind.Other, new LocalDate(2024, 4, 10)),
            new PlanningEvent("KF beslutar om budget 2025", PlanningEventKind.BudgetDecision, new LocalDate(2024, 11, 30), ReportingPeriod.Year(2025)),
            new PlanningEvent("Delårsrapport till KF", PlanningEventKind.InterimReportToCouncil, new LocalDate(2024, 10, 31), ReportingPeriod.Interim(2024, 8)),
            new PlanningEvent("Årsredovisning till KF", PlanningEventKind.AnnualReportToCouncil, new LocalDate(2025, 4, 15), ReportingPeriod.Year(2024))));

    [Theory]
    [InlineData(PlanningEventKind.BudgetDecision, 2024, 12, 1, "2024-11-30")]
    [InlineData(PlanningEventKind.InterimReportToCouncil, 2024, 11, 1, "2024-10-31")]
    [InlineData(PlanningEventKind.AnnualReportToCouncil, 2025, 4, 16, "2025-04-15")]
    public void LateEvent_IsFlaggedWithItsDeadline(PlanningEventKind kind, int y, int m, int d, string deadline)
    {
        var concerns = kind switch
        {
            PlanningEventKind.BudgetDecision => ReportingPeriod.Year(2025),
            PlanningEventKind.InterimReportToCouncil => ReportingPeriod.Interim(2024, 8),
            _ => ReportingPeriod.Year(2024),
        };

        var problem = Assert.Single(Check(new PlanningEvent("sent", kind, new LocalDate(y, m, d), concerns)));

        Assert.Equal(ProblemCodes.DeadlineMissed, problem.Code);
        Assert.Equal("sent", problem.Location.Id);
        Assert.Contains($"misses {deadline}", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BudgetInElectionYear_BeforeNewCouncil_IsFlagged()
    {
        // 2026 is an election year: the 2027 budget must be adopted by the council whose term starts 2026-10-15.
        var problem = Assert.Single(Check(new PlanningEvent("KF budget 2027", PlanningEventKind.BudgetDecision, new LocalDate(2026, 6, 15), ReportingPeriod.Year(2027))));

        Assert.Contains("2026-10-15", problem.Message, StringComparison.Ordinal);
        Assert.Empty(Check(new PlanningEvent("KF budget 2027", PlanningEventKind.BudgetDecision, new LocalDate(2026, 11, 23), ReportingPeriod.Year(2027))));
    }

    [Fact]
    public void DeadlineEventWithoutPeriod_IsFlagged() =>
        Assert.Contains("does not say which period", Assert.Single(Check(new PlanningEvent("KF budget", PlanningEventKind.BudgetDecision, new LocalDate(2024, 11, 20)))).Message, StringComparison.Ordinal);
}
