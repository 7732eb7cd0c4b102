namespace Styrmodell.Time;

/// <summary>What a planning-calendar event is; the kinds with a legal deadline are checked by <see cref="PlanningCalendar.CheckDeadlines"/>.</summary>
public enum PlanningEventKind
{
    /// <summary>Any other event (budgetdag, ledningsdialog, an economy report to KS, …); no deadline is checked.</summary>
    Other,

    /// <summary>KF adopts the budget for <see cref="PlanningEvent.Concerns"/> (a year): by 30 November of the year before (KL 11 kap.).</summary>
    BudgetDecision,

    /// <summary>KF receives the interim report for <see cref="PlanningEvent.Concerns"/>: within two months of its end (KL 11 kap.).</summary>
    InterimReportToCouncil,

    /// <summary>KF receives the annual report for <see cref="PlanningEvent.Concerns"/> (a year): by 15 April the year after (KL 11 kap.).</summary>
    AnnualReportToCouncil,
}
