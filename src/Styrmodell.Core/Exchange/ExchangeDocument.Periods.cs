using NodaTime;
using Styrmodell.Time;

namespace Styrmodell.Exchange;

/// <remarks>
/// Periods to evaluate are chosen from the outcomes with a value (measured or forecast): a period whose every outcome
/// is "no outcome" has nothing to evaluate. Among the candidates the one that ends last wins; of two that end on the
/// same day, the longer (the year before its last tertial).
/// </remarks>
public sealed partial class ExchangeDocument
{
    /// <summary>Gets the latest period the document has outcomes with a value for.</summary>
    /// <returns>The period, or <see langword="null"/> when it has none.</returns>
    public ReportingPeriod? LatestPeriodWithOutcomes() => Pick(_ => true);

    /// <summary>Gets the latest period, among those the document has outcomes for, that had begun by a date.</summary>
    /// <param name="date">The date; e.g. a tertial report's date picks the current year when it has forecasts.</param>
    /// <returns>The period, or <see langword="null"/> when no outcome's period had begun by then.</returns>
    public ReportingPeriod? LatestPeriodBegunBy(LocalDate date) => Pick(p => p.Start <= date);

    private ReportingPeriod? Pick(Func<ReportingPeriod, bool> candidate) =>
        Model.Outcomes.Where(o => o.Value is not null).Select(o => o.Period).Where(candidate)
            .OrderByDescending(p => p.End).ThenBy(p => p.Start).FirstOrDefault();
}
