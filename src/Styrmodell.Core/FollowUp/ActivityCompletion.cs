using Ardalis.GuardClauses;
using NodaTime;
using Styrmodell.Evaluation;
using Styrmodell.Model;
using Styrmodell.Targets;
using Styrmodell.Time;

namespace Styrmodell.FollowUp;

/// <summary>
/// Turns activity completion into indicator outcomes, so that goal fulfilment can rest on activities through the
/// evaluation engine's own rules: a completion indicator is an ordinary indicator node (in per cent, with its own
/// targets, e.g. 100 % or 80 %) under the goal, and its outcome is the mean completion of the activities that name it.
/// </summary>
/// <remarks>
/// For a period, an activity counts when its planned period overlaps it. Its completion is taken from the latest report
/// for a period ending inside the evaluated one (<see cref="ProgressReports.AtEndOf"/>): the stated completion, else 100 %
/// when done and 0 % when not started. Cancelled activities do not count. Activities with no such report, or reported
/// ongoing or delayed without a completion, are unreported, and <see cref="MissingDataPolicy"/> says what becomes of
/// them: left out, counted as 0 %, or making the outcome "no outcome". The mean is rounded to two decimals.
/// </remarks>
/// <threadsafety>Stateless; safe to call from any number of threads.</threadsafety>
public static class ActivityCompletion
{
    /// <summary>What the outcome's <see cref="Outcome.Source"/> says.</summary>
    public const string Source = "activity completion";

    /// <summary>Measures every completion indicator that activities planned for the period name.</summary>
    /// <param name="followUp">The follow-up data holding the activities.</param>
    /// <param name="period">The period evaluated.</param>
    /// <param name="asOf">The date whose reports are known.</param>
    /// <param name="unreported">What becomes of activities whose completion is not reported.</param>
    /// <returns>One measure per completion indicator, in the order the indicators are first named.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="followUp"/> or <paramref name="period"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="unreported"/> is not a defined value.</exception>
    public static IReadOnlyList<CompletionMeasure> Measure(FollowUpData followUp, ReportingPeriod period, LocalDate asOf, MissingDataPolicy unreported)
    {
        Guard.Against.Null(followUp);
        Guard.Against.Null(period);
        Guard.Against.EnumOutOfRange(unreported);
        var groups = followUp.Activities
            .Where(a => a.CompletionIndicatorId is not null && a.Period.Start <= period.End && a.Period.End >= period.Start)
            .GroupBy(a => a.CompletionIndicatorId!, StringComparer.Ordinal);
        return [.. groups.Select(g => MeasureOne(g.Key, g, period, asOf, unreported))];
    }

    /// <summary>
    /// Returns the model with each completion indicator's outcome for the period added, replacing any it had; evaluate
    /// the returned model with <see cref="GoalEvaluator.Evaluate"/>.
    /// </summary>
    /// <param name="model">The model.</param>
    /// <param name="followUp">The follow-up data holding the activities.</param>
    /// <param name="period">The period evaluated.</param>
    /// <param name="asOf">The date whose reports are known.</param>
    /// <param name="unreported">What becomes of activities whose completion is not reported.</param>
    /// <returns>The model with the outcomes; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/>, <paramref name="followUp"/> or <paramref name="period"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="unreported"/> is not a defined value.</exception>
    public static SteeringModel WithCompletionOutcomes(SteeringModel model, FollowUpData followUp, ReportingPeriod period, LocalDate asOf, MissingDataPolicy unreported)
    {
        var result = Guard.Against.Null(model);
        foreach (var measure in Measure(followUp, period, asOf, unreported))
        {
            result = result.WithOutcome(measure.Outcome);
        }

        return result;
    }

    private static CompletionMeasure MeasureOne(string indicatorId, IEnumerable<Activity> activities, ReportingPeriod period, LocalDate asOf, MissingDataPolicy policy)
    {
        List<string> counted = [], missing = [], cancelled = [];
        decimal sum = 0;
        foreach (var activity in activities)
        {
            var report = ProgressReports.AtEndOf(activity.Reports, period, asOf);
            if (report?.Status == WorkStatus.Cancelled)
            {
                cancelled.Add(activity.Id);
                continue;
            }

            var completion = report is null ? null : report.Completion ?? report.Status switch
            {
                WorkStatus.Done => 100m,
                WorkStatus.NotStarted => 0m,
                _ => (decimal?)null,
            };
            if (completion is { } c)
            {
                counted.Add(activity.Id);
                sum += c;
            }
            else
            {
                missing.Add(activity.Id);
            }
        }

        if (policy == MissingDataPolicy.CountAsNotMet)
        {
            counted.AddRange(missing); // at 0 %, so the sum is unchanged
        }

        var measurable = counted.Count > 0 && !(policy == MissingDataPolicy.PropagateUnknown && missing.Count > 0);
        var value = measurable ? MeasuredValue.Of(Math.Round(sum / counted.Count, 2, MidpointRounding.AwayFromZero)) : (MeasuredValue?)null;
        return new(indicatorId, new Outcome(indicatorId, period, value) { Source = Source }, [.. counted], [.. missing], [.. cancelled]);
    }
}
