using Ardalis.GuardClauses;
using NodaTime;
using Styrmodell.Collections;
using Styrmodell.Time;

namespace Styrmodell.FollowUp;

/// <summary>Finds the report that applies among a piece of work's progress reports.</summary>
/// <threadsafety>Stateless; safe to call from any number of threads.</threadsafety>
public static class ProgressReports
{
    /// <summary>
    /// Finds the latest report written on or before <paramref name="asOf"/>: the one for the latest period (by end,
    /// then start), and among reports for that period the latest written.
    /// </summary>
    /// <param name="reports">The reports.</param>
    /// <param name="asOf">The date to look from.</param>
    /// <returns>The report, or <see langword="null"/> when none was written by then.</returns>
    public static ProgressReport? Latest(EquatableArray<ProgressReport> reports, LocalDate asOf) =>
        Pick(reports, r => r.Date <= asOf);

    /// <summary>Finds the report for one period written on or before <paramref name="asOf"/>; a later report for the period replaces an earlier one.</summary>
    /// <param name="reports">The reports.</param>
    /// <param name="period">The follow-up period.</param>
    /// <param name="asOf">The date to look from.</param>
    /// <returns>The report, or <see langword="null"/> when there is none for the period by then.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is <see langword="null"/>.</exception>
    public static ProgressReport? For(EquatableArray<ProgressReport> reports, ReportingPeriod period, LocalDate asOf)
    {
        Guard.Against.Null(period);
        return Pick(reports, r => r.Period == period && r.Date <= asOf);
    }

    /// <summary>
    /// Finds the report that says how far the work had come at the end of <paramref name="period"/>: the latest
    /// report for a period that overlaps <paramref name="period"/> and ends within it or at its end, written on or
    /// before <paramref name="asOf"/>. A report for the school year 2023/24 thus counts for the year 2024, a report
    /// for 2023 does not.
    /// </summary>
    /// <param name="reports">The reports.</param>
    /// <param name="period">The period evaluated.</param>
    /// <param name="asOf">The date to look from.</param>
    /// <returns>The report, or <see langword="null"/> when none qualifies.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is <see langword="null"/>.</exception>
    public static ProgressReport? AtEndOf(EquatableArray<ProgressReport> reports, ReportingPeriod period, LocalDate asOf)
    {
        Guard.Against.Null(period);
        return Pick(reports, r => r.Date <= asOf && r.Period.End <= period.End && r.Period.End >= period.Start);
    }

    private static ProgressReport? Pick(EquatableArray<ProgressReport> reports, Func<ProgressReport, bool> qualifies)
    {
        ProgressReport? best = null;
        foreach (var report in reports)
        {
            if (qualifies(report) && (best is null || IsLater(report, best)))
            {
                best = report;
            }
        }

        return best;
    }

    private static bool IsLater(ProgressReport report, ProgressReport than) =>
        report.Period.End != than.Period.End ? report.Period.End > than.Period.End
        : report.Period.Start != than.Period.Start ? report.Period.Start > than.Period.Start
        : report.Date > than.Date;
}
