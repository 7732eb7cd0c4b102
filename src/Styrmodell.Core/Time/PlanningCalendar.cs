using System.Globalization;
using Styrmodell.Collections;
using Styrmodell.Validation;

namespace Styrmodell.Time;

/// <summary>A municipality's planning calendar as data, checked against the legal deadlines of Kommunallagen.</summary>
/// <param name="Events">The events, in any order.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record PlanningCalendar(EquatableArray<PlanningEvent> Events)
{
    /// <summary>
    /// Flags every event that misses its legal deadline: the budget adopted by 30 November of the year before the
    /// budget year, and in an election year not before the new council's term starts on 15 October (KL 11 kap.);
    /// an interim report to KF within two months of its period's end (KL 11 kap.); the annual report to KF by
    /// 15 April the year after (KL 11 kap.). An event of those kinds without the period it concerns is flagged too.
    /// </summary>
    /// <returns>Every problem, located at the event (element <see cref="ModelElement.Model"/>, id = event name, index = position).</returns>
    public EquatableArray<ValidationProblem> CheckDeadlines()
    {
        var problems = new List<ValidationProblem>();
        for (var i = 0; i < Events.Count; i++)
        {
            var e = Events[i];
            var at = new ProblemLocation(ModelElement.Model, e.Name, i, "events");
            if (e.Kind == PlanningEventKind.Other)
            {
                continue;
            }

            if (e.Concerns is not { } period)
            {
                problems.Add(new(ProblemCodes.DeadlineMissed, at, $"'{e.Name}' ({e.Kind}) does not say which period it concerns, so its deadline cannot be checked."));
                continue;
            }

            var (deadline, rule) = e.Kind switch
            {
                PlanningEventKind.BudgetDecision => (new NodaTime.LocalDate(period.Start.Year - 1, 11, 30), "the budget is adopted by KF before the end of November of the year before (KL 11 kap.)"),
                PlanningEventKind.InterimReportToCouncil => (period.End.PlusMonths(2), "the interim report goes to KF within two months of its period's end (KL 11 kap.)"),
                _ => (new NodaTime.LocalDate(period.End.Year + 1, 4, 15), "the annual report goes to KF by 15 April the year after (KL 11 kap.)"),
            };
            if (e.Date > deadline)
            {
                problems.Add(new(ProblemCodes.DeadlineMissed, at, $"'{e.Name}' on {Iso(e.Date)} misses {Iso(deadline)}: {rule}."));
            }

            var election = period.Start.Year - 1;
            if (e.Kind == PlanningEventKind.BudgetDecision && (election - 2022) % 4 == 0 && election >= 1994
                && e.Date < MandatePeriod.ForElectionYear(election).CouncilTermStart)
            {
                problems.Add(new(ProblemCodes.DeadlineMissed, at,
                    $"'{e.Name}' on {Iso(e.Date)} adopts the {period.Start.Year} budget before the new council's term starts on {Iso(MandatePeriod.ForElectionYear(election).CouncilTermStart)}: in an election year the new council adopts it (KL 11 kap.)."));
            }
        }

        return problems.ToEquatableArray();
    }

    private static string Iso(NodaTime.LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
