using Ardalis.GuardClauses;
using NodaTime;
using Styrmodell.Model;
using Styrmodell.Targets;
using Styrmodell.Time;

namespace Styrmodell.Evaluation;

/// <summary>
/// The on-track check at interim points: extends the line through an indicator's last two measured yearly outcomes to
/// the year its target is due and compares. Fewer than two outcomes: it says it cannot assess.
/// </summary>
/// <threadsafety>Stateless; safe to call from any number of threads.</threadsafety>
public static class TrendCheck
{
    /// <summary>Checks whether an indicator is on track.</summary>
    /// <param name="model">The model.</param>
    /// <param name="indicatorId">The indicator node's id.</param>
    /// <param name="year">The budget year being followed up; outcomes up to it count.</param>
    /// <param name="asOf">The date whose decided targets apply.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> or <paramref name="indicatorId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The node has no indicator definition.</exception>
    public static TrendAssessment Check(SteeringModel model, string indicatorId, int year, LocalDate asOf)
    {
        Guard.Against.Null(model);
        var indicator = model.FindIndicator(Guard.Against.Null(indicatorId))
            ?? throw new ArgumentException($"Node '{indicatorId}' has no indicator definition in the model of {model.Municipality}.", nameof(indicatorId));
        var period = indicator.Targets.Where(t => t.Scope.IsMandatePeriod && t.Scope.Covers(year)).Select(t => t.Scope).FirstOrDefault();
        var targetYear = period.IsMandatePeriod ? period.LastYear : year;
        var target = period.IsMandatePeriod ? indicator.TargetAsOf(period, asOf) : indicator.TargetForYear(year, asOf);
        var points = model.OutcomesOf(indicatorId)
            .Where(o => o is { IsForecast: false, IsTotal: true, Period.Kind: ReportingPeriodKind.Year, Value: { HasZeroDenominator: false } } && o.Period.Start.Year <= year)
            .OrderBy(o => o.Period.Start.Year)
            .ToList();
        if (points.Count < 2)
        {
            return new(null, targetYear, null, TrendFinding.TooFewOutcomes) { Outcomes = points.Count };
        }

        if (target is null || indicator.Resolve(target, targetYear) is not { IsResolved: true, UpperValue: null } resolved)
        {
            return new(null, targetYear, null, TrendFinding.NoSingleTarget) { Outcomes = points.Count };
        }

        var (earlier, latest) = (points[^2], points[^1]);
        var scale = indicator.Ratio?.Scale ?? 1m;
        var (y0, v0) = (earlier.Period.Start.Year, earlier.Value!.Value.Value * (earlier.Value.Value.IsRatio ? scale : 1m));
        var (y1, v1) = (latest.Period.Start.Year, latest.Value!.Value.Value * (latest.Value.Value.IsRatio ? scale : 1m));
        var projected = v1 + ((v1 - v0) / (y1 - y0) * (targetYear - y1));
        bool? onTrack = indicator.Direction switch
        {
            Direction.HigherIsBetter => projected >= resolved.Value,
            Direction.LowerIsBetter => projected <= resolved.Value,
            Direction.Unstated => null, // the projection is still given; whether it is on track is not known
            _ => projected == resolved.Value,
        };
        var finding = onTrack switch { true => TrendFinding.OnTrack, false => TrendFinding.NotOnTrack, null => TrendFinding.NoDirection };
        return new(onTrack, targetYear, projected, finding)
        {
            Outcomes = points.Count,
            FromYear = y0,
            FromValue = v0,
            ToYear = y1,
            ToValue = v1,
            Target = resolved.Value,
        };
    }
}
