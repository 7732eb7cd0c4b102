using NodaTime;
using Styrmodell.Collections;
using Styrmodell.Time;
using Styrmodell.Validation;

namespace Styrmodell.Tests.Time;

public class PlanningCalendarTests
{
    private static EquatableArray<ValidationProblem> Check(params PlanningEvent[] events) =>
        new PlanningCalendar([.. events]).CheckDeadlines();

    private static PlanningEvent Event(string name, PlanningEventKind kind, int y, int m, int d, string? concerns = null) =>
        new(name, kind, new LocalDate(y, m, d), concerns is null ? null : ReportingPeriod.Parse(concerns));

    private static ProblemLocation At(string name, int index, string member) =>
        new(ModelElement.PlanningEvent, name, index, member);

    // Arboga's planning year as its calendar describes it (KF decides the SEP in August), plus the reports to KF.
    private static readonly PlanningEvent[] Arboga2024 =
    [
        Event("Ledningsdialog", PlanningEventKind.ManagementDialogue, 2024, 2, 6),
        Event("Budgetdag", PlanningEventKind.BudgetDay, 2024, 4, 10),
        Event("Årsredovisning 2023 till KF", PlanningEventKind.AnnualReportToCouncil, 2024, 4, 15, "2023"),
        Event("Tertialrapport till KS", PlanningEventKind.ReportToExecutiveBoard, 2024, 5, 20, "2024-T1"),
        Event("KS beslutar om SEP", PlanningEventKind.ExecutiveBoardDecision, 2024, 6, 11),
        Event("KF beslutar om SEP 2025", PlanningEventKind.BudgetDecision, 2024, 8, 29, "2025"),
        Event("Nämndernas delårsrapporter in", PlanningEventKind.ReportDeadline, 2024, 9, 16),
        Event("Delårsrapport till KF", PlanningEventKind.InterimReportToCouncil, 2024, 10, 31, "2024-01..2024-08"),
        Event("KF beslutar om budget 2026", PlanningEventKind.BudgetDecision, 2025, 11, 30, "2026"),
    ];

    [Fact]
    public void OnTimeCalendar_HasNoProblems() => Assert.Empty(new PlanningCalendar([.. Arboga2024]).CheckDeadlines());

    [Fact]
    public void EventsInYear_GivesTheYearsEventsByDate()
    {
        var calendar = new PlanningCalendar([Arboga2024[5], Arboga2024[8], Arboga2024[0], Arboga2024[1]]);

        Assert.Equal([Arboga2024[0], Arboga2024[1], Arboga2024[5]], calendar.EventsInYear(2024));
        Assert.Equal([Arboga2024[8]], calendar.EventsInYear(2025));
        Assert.Empty(calendar.EventsInYear(2023));
    }

    [Fact]
    public void BudgetAfter30November_IsLate() =>
        Assert.Equal(
            [new ValidationProblem(ProblemCodes.DeadlineMissed, At("KF budget 2025", 1, "date"),
                "'KF budget 2025' on 2024-12-01 is after 2024-11-30: KF adopts the budget for 2025 by 30 November of the year before (KL 11 kap.).")],
            Check(Arboga2024[0], Event("KF budget 2025", PlanningEventKind.BudgetDecision, 2024, 12, 1, "2025")));

    [Fact]
    public void BudgetInElectionYear_BeforeNewCouncil_IsFlagged()
    {
        // 2026 is an election year: the 2027 budget is adopted by the council whose term starts 2026-10-15.
        Assert.Equal(
            [new ValidationProblem(ProblemCodes.BudgetBeforeNewCouncil, At("KF budget 2027", 0, "date"),
                "'KF budget 2027' on 2026-06-15 is before 2026-10-15, when the council elected in 2026 takes office: in an election year the new council adopts the budget for 2027 (KL 11 kap.).")],
            Check(Event("KF budget 2027", PlanningEventKind.BudgetDecision, 2026, 6, 15, "2027")));
        Assert.Empty(Check(Event("KF budget 2027", PlanningEventKind.BudgetDecision, 2026, 10, 15, "2027")));
        Assert.Empty(Check(Event("KF budget 2027", PlanningEventKind.BudgetDecision, 2026, 11, 30, "2027")));
    }

    [Theory]
    [InlineData("2024-01..2024-08", 10, 31, null)]
    [InlineData("2024-01..2024-08", 11, 1, "2024-10-31")]
    [InlineData("2024-01..2024-06", 8, 31, null)] // two months after 30 June ends on 31 August, not 30 August
    [InlineData("2024-01..2024-06", 9, 1, "2024-08-31")]
    [InlineData("2024-01..2024-07", 9, 30, null)]
    [InlineData("2024-01..2024-07", 10, 1, "2024-09-30")]
    public void InterimReport_DueTwoMonthsAfterPeriodEnd(string period, int month, int day, string? deadline)
    {
        var e = Event("Delårsrapport till KF", PlanningEventKind.InterimReportToCouncil, 2024, month, day, period);

        var expected = deadline is null
            ? []
            : new[]
            {
                new ValidationProblem(ProblemCodes.DeadlineMissed, At(e.Name, 0, "date"),
                    $"'Delårsrapport till KF' on {e.Date:uuuu-MM-dd} is after {deadline}: the interim report for {period} goes to KF within two months of the period's end (KL 11 kap. 16 §)."),
            };
        Assert.Equal(expected, Check(e).AsSpan().ToArray());
    }

    [Fact]
    public void AnnualReportAfter15April_IsLate() =>
        Assert.Equal(
            [new ValidationProblem(ProblemCodes.DeadlineMissed, At("Årsredovisning", 0, "date"),
                "'Årsredovisning' on 2025-04-16 is after 2025-04-15: the annual report for 2024 goes to KF by 15 April the year after (KL 11 kap.).")],
            Check(Event("Årsredovisning", PlanningEventKind.AnnualReportToCouncil, 2025, 4, 16, "2024")));

    [Fact]
    public void ReportBeforeItsPeriodEnds_IsFlagged() =>
        Assert.Equal(
            [
                new ValidationProblem(ProblemCodes.ReportBeforePeriodEnd, At("Årsredovisning", 0, "date"),
                    "'Årsredovisning' on 2024-04-15 reports on 2024, which does not end until 2024-12-31."),
                new ValidationProblem(ProblemCodes.ReportBeforePeriodEnd, At("Delår", 1, "date"),
                    "'Delår' on 2024-08-31 reports on 2024-01..2024-08, which does not end until 2024-08-31."),
            ],
            Check(
                Event("Årsredovisning", PlanningEventKind.AnnualReportToCouncil, 2024, 4, 15, "2024"),
                Event("Delår", PlanningEventKind.InterimReportToCouncil, 2024, 8, 31, "2024-01..2024-08")));

    [Fact]
    public void DeadlineEventWithoutPeriod_IsFlagged() =>
        Assert.Equal(
            [new ValidationProblem(ProblemCodes.EventPeriodMissing, At("KF budget", 0, "concerns"),
                "'KF budget' (BudgetDecision) does not say which period it concerns, so its deadline cannot be checked: a budget decision concerns a year, such as 2025.")],
            Check(Event("KF budget", PlanningEventKind.BudgetDecision, 2024, 11, 20)));

    [Fact]
    public void DeadlineEventForWrongKindOfPeriod_IsFlagged() =>
        Assert.Equal(
            [
                new ValidationProblem(ProblemCodes.EventPeriodKindMismatch, At("T1 till KF", 0, "concerns"),
                    "'T1 till KF' concerns 2024-T1 (Tertial), so its deadline cannot be checked: an interim report concerns an interim period of 6–8 months from 1 January, such as 2024-01..2024-08."),
                new ValidationProblem(ProblemCodes.EventPeriodKindMismatch, At("ÅR", 1, "concerns"),
                    "'ÅR' concerns 2023/24 (SchoolYear), so its deadline cannot be checked: an annual report concerns a year, such as 2024."),
            ],
            Check(
                Event("T1 till KF", PlanningEventKind.InterimReportToCouncil, 2024, 6, 20, "2024-T1"),
                Event("ÅR", PlanningEventKind.AnnualReportToCouncil, 2024, 9, 1, "2023/24")));

    [Fact]
    public void OtherKinds_AreNeverChecked() =>
        Assert.Empty(Check(
            Event("Budgetdag", PlanningEventKind.BudgetDay, 2030, 1, 1, "2020"),
            Event("Ekonomirapport", PlanningEventKind.ReportToExecutiveBoard, 2020, 1, 1, "2024-03"),
            Event("Övrigt", PlanningEventKind.Other, 2020, 1, 1)));

    [Fact]
    public void EdgeYears_DoNotOverflow() =>
        Assert.Equal(
            [ProblemCodes.ReportBeforePeriodEnd, ProblemCodes.DeadlineMissed],
            Check(
                Event("Budget 9999", PlanningEventKind.BudgetDecision, 9998, 11, 30, "9999"), // 9998 is not an election year
                Event("ÅR 9998", PlanningEventKind.AnnualReportToCouncil, 9999, 4, 15, "9998"),
                Event("ÅR 9999", PlanningEventKind.AnnualReportToCouncil, 9999, 12, 31, "9999"), // due in year 10000
                Event("Budget 2", PlanningEventKind.BudgetDecision, 1, 1, 1, "0002"),
                Event("Budget 1", PlanningEventKind.BudgetDecision, 1, 1, 1, "0001")).Select(p => p.Code));

    [Fact]
    public void Constructors_RejectBadInput()
    {
        Assert.Throws<ArgumentNullException>(() => new PlanningCalendar([null!]));
        Assert.Throws<ArgumentException>(() => new PlanningEvent(" ", PlanningEventKind.Other, new LocalDate(2024, 1, 1)));
        Assert.Throws<System.ComponentModel.InvalidEnumArgumentException>(() => new PlanningEvent("x", (PlanningEventKind)99, new LocalDate(2024, 1, 1)));
    }
}
