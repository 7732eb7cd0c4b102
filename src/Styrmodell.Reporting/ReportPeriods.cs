using Ardalis.GuardClauses;
using NodaTime;
using Styrmodell.Model;
using Styrmodell.Time;

namespace Styrmodell.Reporting;

/// <summary>Chooses the period to evaluate from the outcomes a model holds.</summary>
/// <remarks>
/// Only outcomes with a value (measured or forecast) count: a period whose every outcome is "no outcome" has nothing
/// to evaluate. Among the candidates the one that ends last wins; of two that end on the same day, the longer (the
/// year before its last tertial).
/// </remarks>
/// <threadsafety>Stateless; safe to call from any number of threads.</threadsafety>
public static class ReportPeriods
{
    /// <summary>Gets the latest period the model has outcomes for.</summary>
    /// <param name="model">The model.</param>
    /// <returns>The period, or <see langword="null"/> when the model has no outcome with a value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is <see langword="null"/>.</exception>
    public static ReportingPeriod? Latest(SteeringModel model) => Pick(Guard.Against.Null(model), _ => true);

    /// <summary>Gets the latest period, among those the model has outcomes for, that had begun by a date.</summary>
    /// <param name="model">The model.</param>
    /// <param name="date">The date; e.g. a tertial report's date picks the current year when it has forecasts.</param>
    /// <returns>The period, or <see langword="null"/> when no outcome's period had begun by then.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is <see langword="null"/>.</exception>
    public static ReportingPeriod? LatestBegunBy(SteeringModel model, LocalDate date) =>
        Pick(Guard.Against.Null(model), p => p.Start <= date);

    private static ReportingPeriod? Pick(SteeringModel model, Func<ReportingPeriod, bool> candidate) =>
        model.Outcomes.Where(o => o.Value is not null).Select(o => o.Period).Where(candidate)
            .OrderByDescending(p => p.End).ThenBy(p => p.Start).FirstOrDefault();
}
