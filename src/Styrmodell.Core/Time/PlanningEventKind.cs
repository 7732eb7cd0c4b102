namespace Styrmodell.Time;

/// <summary>
/// What a planning-calendar event is. Only the council's budget decision and the reports to the council have legal
/// deadlines, which <see cref="PlanningCalendar.CheckDeadlines"/> checks; the other kinds name common events of the
/// planning year so that calendars can be read and compared, and are never checked.
/// </summary>
/// <remarks>Values are appended, never renumbered.</remarks>
public enum PlanningEventKind
{
    /// <summary>Any other event; no deadline is checked.</summary>
    Other,

    /// <summary>
    /// KF adopts the budget for <see cref="PlanningEvent.Concerns"/> (a year): by 30 November of the year before, and
    /// in an election year not before the new council's term starts on 15 October (KL 11 kap.).
    /// </summary>
    BudgetDecision,

    /// <summary>
    /// The interim report (delårsrapport) for <see cref="PlanningEvent.Concerns"/> (an interim period) goes to KF:
    /// within two months of the period's end (KL 11 kap. 16 §).
    /// </summary>
    InterimReportToCouncil,

    /// <summary>
    /// The annual report (årsredovisning) for <see cref="PlanningEvent.Concerns"/> (a year) goes to KF: by 15 April
    /// the year after (KL 11 kap.).
    /// </summary>
    AnnualReportToCouncil,

    /// <summary>The budget day (budgetdag), where politicians and officials meet on next year's budget; not checked.</summary>
    BudgetDay,

    /// <summary>A management or planning dialogue (ledningsdialog, planeringsdialog, resultatdialog); not checked.</summary>
    ManagementDialogue,

    /// <summary>A decision of the executive board (KS), e.g. its budget proposal to KF; not checked.</summary>
    ExecutiveBoardDecision,

    /// <summary>A report to the executive board (KS), e.g. a monthly or tertial economy report; not checked.</summary>
    ReportToExecutiveBoard,

    /// <summary>An internal deadline, e.g. for committees to hand in their reports or budget documents; not checked.</summary>
    ReportDeadline,
}
