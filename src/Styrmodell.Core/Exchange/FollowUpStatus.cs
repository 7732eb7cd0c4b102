using NodaTime;
using Styrmodell.Collections;
using Styrmodell.Evaluation;
using Styrmodell.FollowUp;

namespace Styrmodell.Exchange;

/// <summary>
/// Where the document's follow-up stands as of the evaluation's date: every special assignment, activity and action
/// plan with its latest report, every internal control plan summarised, the deviating goals with their action plans,
/// and the status checks written for the evaluated period.
/// </summary>
/// <param name="SpecialAssignments">Each special assignment, in document order.</param>
/// <param name="Activities">Each activity, in document order.</param>
/// <param name="ActionPlans">Each action plan, in document order.</param>
/// <param name="InternalControl">Each internal control plan's summary, in document order.</param>
/// <param name="Deviations">The goals assessed as not met, with the action plans linked to them.</param>
/// <param name="StatusChecks">The status checks (nulägeskoll) whose texts are written for the evaluated period.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record FollowUpStatus(
    EquatableArray<ReportedProgress> SpecialAssignments,
    EquatableArray<ReportedProgress> Activities,
    EquatableArray<ReportedProgress> ActionPlans,
    EquatableArray<InternalControlSummary> InternalControl,
    EquatableArray<GoalDeviation> Deviations,
    EquatableArray<StatusCheck> StatusChecks)
{
    internal static FollowUpStatus Create(FollowUpData data, EvaluationResult goals)
    {
        var asOf = goals.AsOf;
        return new(
            [.. data.SpecialAssignments.Select(a => new ReportedProgress(a.Id, a.LatestReport(asOf)))],
            [.. data.Activities.Select(a => new ReportedProgress(a.Id, ProgressReports.Latest(a.Reports, asOf)))],
            [.. data.ActionPlans.Select(p => new ReportedProgress(p.Id, p.LatestReport(asOf)))],
            [.. data.InternalControlPlans.Select(p => InternalControlSummary.Of(p, asOf))],
            [.. ActionPlanCoverage.Deviations(goals, data)],
            [.. data.StatusCheckTexts.Where(t => t.Period == goals.Period).Select(t => StatusCheck.Generate(goals, data, t.UnitId))]);
    }
}
