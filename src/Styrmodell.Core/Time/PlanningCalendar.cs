using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;
using Styrmodell.Collections;
using Styrmodell.Validation;

namespace Styrmodell.Time;

/// <summary>
/// A municipality's planning calendar as data: its named, dated events (budgetdag, ledningsdialog, KS's and KF's
/// budget decisions, reports and their deadlines) for any number of years, checked against the legal deadlines.
/// </summary>
/// <remarks>
/// <para>The legal deadlines checked by <see cref="CheckDeadlines"/>:</para>
/// <list type="bullet">
/// <item><description>
/// KF adopts the budget for year Y on or before 30 November of Y − 1; when Y − 1 is an election year, not before the
/// new council's term starts on 15 October, as the newly elected council adopts it (KL 11 kap.).
/// </description></item>
/// <item><description>
/// The interim report goes to KF within two months of its period's end, i.e. by the last day of the second month
/// after the period's last month: 31 October for a period to 31 August, 31 August for one to 30 June
/// (KL 11 kap. 16 §).
/// </description></item>
/// <item><description>The annual report for year Y goes to KF by 15 April of Y + 1 (KL 11 kap.).</description></item>
/// </list>
/// <para>
/// Events of the other kinds are data only. A calendar may hold events of several years and several events of one
/// kind; each is checked on its own.
/// </para>
/// </remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record PlanningCalendar
{
    /// <summary>Creates a calendar.</summary>
    /// <param name="events">The events, in any order; problems refer to them by position.</param>
    /// <exception cref="ArgumentNullException">An event is <see langword="null"/>.</exception>
    public PlanningCalendar(EquatableArray<PlanningEvent> events)
    {
        foreach (var e in events)
        {
            Guard.Against.Null(e, nameof(events), "A planning calendar's events must not be null.");
        }

        Events = events;
    }

    /// <summary>Gets the events, in the order given.</summary>
    public EquatableArray<PlanningEvent> Events { get; }

    /// <summary>Gets the events dated in <paramref name="year"/>, by date (events on the same day keep their order).</summary>
    /// <param name="year">A calendar year.</param>
    /// <returns>The year's events.</returns>
    public EquatableArray<PlanningEvent> EventsInYear(int year) =>
        Events.Where(e => e.Date.Year == year).OrderBy(e => e.Date).ToEquatableArray();

    /// <summary>Checks every event with a legal deadline (see the remarks on <see cref="PlanningCalendar"/>).</summary>
    /// <returns>
    /// Every problem, in event order, located at the event (<see cref="ModelElement.PlanningEvent"/>, id = its name,
    /// index = its position, member <c>date</c> or <c>concerns</c>): <see cref="ProblemCodes.DeadlineMissed"/>,
    /// <see cref="ProblemCodes.BudgetBeforeNewCouncil"/>, <see cref="ProblemCodes.ReportBeforePeriodEnd"/>, and, when
    /// the deadline cannot be counted, <see cref="ProblemCodes.EventPeriodMissing"/> or
    /// <see cref="ProblemCodes.EventPeriodKindMismatch"/>. Empty when every deadline is kept.
    /// </returns>
    public EquatableArray<ValidationProblem> CheckDeadlines()
    {
        var problems = new List<ValidationProblem>();
        for (var i = 0; i < Events.Count; i++)
        {
            Check(Events[i], i, problems);
        }

        return problems.ToEquatableArray();
    }

    private static void Check(PlanningEvent e, int index, List<ValidationProblem> problems)
    {
        var (expectedKind, expected) = e.Kind switch
        {
            PlanningEventKind.BudgetDecision => (ReportingPeriodKind.Year, "a budget decision concerns a year, such as 2025"),
            PlanningEventKind.InterimReportToCouncil => (ReportingPeriodKind.Interim, "an interim report concerns an interim period of 6–8 months from 1 January, such as 2024-01..2024-08"),
            PlanningEventKind.AnnualReportToCouncil => (ReportingPeriodKind.Year, "an annual report concerns a year, such as 2024"),
            _ => (default(ReportingPeriodKind?), ""),
        };
        if (expectedKind is null)
        {
            return;
        }

        var concerns = new ProblemLocation(ModelElement.PlanningEvent, e.Name, index, "concerns");
        if (e.Concerns is not { } period)
        {
            problems.Add(new(ProblemCodes.EventPeriodMissing, concerns,
                $"'{e.Name}' ({e.Kind}) does not say which period it concerns, so its deadline cannot be checked: {expected}."));
            return;
        }

        if (period.Kind != expectedKind)
        {
            problems.Add(new(ProblemCodes.EventPeriodKindMismatch, concerns,
                $"'{e.Name}' concerns {period.Id} ({period.Kind}), so its deadline cannot be checked: {expected}."));
            return;
        }

        var at = new ProblemLocation(ModelElement.PlanningEvent, e.Name, index, "date");
        var year = period.Start.Year;
        switch (e.Kind)
        {
            case PlanningEventKind.BudgetDecision:
                Late(new LocalDate(year - 1, 11, 30), $"KF adopts the budget for {year} by 30 November of the year before (KL 11 kap.)");
                if (MandatePeriod.IsElectionYear(year - 1)
                    && MandatePeriod.ForElectionYear(year - 1).CouncilTermStart is var termStart && e.Date < termStart)
                {
                    problems.Add(new(ProblemCodes.BudgetBeforeNewCouncil, at,
                        $"'{e.Name}' on {Iso(e.Date)} is before {Iso(termStart)}, when the council elected in {year - 1} takes office: in an election year the new council adopts the budget for {year} (KL 11 kap.)."));
                }

                break;
            case PlanningEventKind.InterimReportToCouncil:
                Early();

                // Note: "two months after the period's end" counts from the end of its last day, so a period to
                // 30 June is due by 31 August (not 30 August, which LocalDate.PlusMonths(2) would give).
                Late(period.End.PlusDays(1).PlusMonths(2).PlusDays(-1), $"the interim report for {period.Id} goes to KF within two months of the period's end (KL 11 kap. 16 §)");
                break;
            default:
                Early();

                // Note: the report on year 9999 would be due in year 10000, beyond NodaTime's calendar; it cannot be late.
                if (year < 9999)
                {
                    Late(new LocalDate(year + 1, 4, 15), $"the annual report for {year} goes to KF by 15 April the year after (KL 11 kap.)");
                }

                break;
        }

        void Late(LocalDate deadline, string rule)
        {
            if (e.Date > deadline)
            {
                problems.Add(new(ProblemCodes.DeadlineMissed, at, $"'{e.Name}' on {Iso(e.Date)} is after {Iso(deadline)}: {rule}."));
            }
        }

        void Early()
        {
            if (e.Date <= period.End)
            {
                problems.Add(new(ProblemCodes.ReportBeforePeriodEnd, at,
                    $"'{e.Name}' on {Iso(e.Date)} reports on {period.Id}, which does not end until {Iso(period.End)}."));
            }
        }
    }

    private static string Iso(LocalDate date) => IsoDate.Format(date);
}
