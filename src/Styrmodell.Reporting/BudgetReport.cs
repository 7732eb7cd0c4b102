using NodaTime;
using Styrmodell.Budget;
using Styrmodell.Collections;
using Styrmodell.Exchange;
using Styrmodell.Finance;
using Styrmodell.Model;

namespace Styrmodell.Reporting;

/// <summary>
/// The budget part of a report: for each frame KF gives directly (per committee for drift, per investment area, per
/// committee for equipment) the frame in force, outcome to date, forecast, deviation and action-plan status; the
/// totals per kind; and each forecast's accuracy once the year is complete.
/// </summary>
/// <param name="Year">The budget year.</param>
/// <param name="AsOf">The date whose decisions, outcomes and forecasts count.</param>
/// <param name="Unit">The unit every amount is stated in.</param>
/// <param name="Rows">The frames, drift first, then investment, then equipment, each in the budget's order.</param>
/// <param name="Totals">The totals per kind.</param>
/// <param name="Accuracy">Each forecast's accuracy against the final outcome; empty before the year is complete.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record BudgetReport(int Year, LocalDate AsOf, AmountUnit Unit, EquatableArray<BudgetReportRow> Rows, EquatableArray<BudgetTotal> Totals, EquatableArray<ForecastAccuracy> Accuracy)
{
    /// <summary>
    /// Gets the frames below those in <see cref="Rows"/> (a unit's part, an activity, a project) whose deviation needs an
    /// action plan and has none, in the budget's order: the budget's side of action-plan coverage.
    /// </summary>
    /// <value>Default empty.</value>
    public EquatableArray<BudgetReportRow> UnansweredParts { get; init; }

    /// <summary>Gets whether any frame shown rests on illustrative figures, as their provenance says.</summary>
    public bool IsIllustrative => Rows.Any(r => r.IsIllustrative);

    /// <summary>The budget part as the document's evaluation computed it, with the units' names.</summary>
    internal static BudgetReport From(BudgetEvaluation budget, SteeringModel model)
    {
        var result = budget.FollowUp;
        var rows = new List<BudgetReportRow>();
        foreach (var kind in (ReadOnlySpan<FrameKind>)[FrameKind.Drift, FrameKind.Investment, FrameKind.Equipment])
        {
            foreach (var line in result.TopFrames(kind))
            {
                var frame = line.Frame;
                var plans = budget.Deviations.FirstOrDefault(d => d.Frame.Frame.Id == frame.Id)?.ActionPlanIds ?? [];
                rows.Add(new BudgetReportRow(line, Name(frame), budget.PlanStatus(frame.Id), plans));
            }
        }

        var shown = rows.Select(r => r.Line.Frame.Id).ToHashSet(StringComparer.Ordinal);
        var unanswered = budget.Unanswered.Where(d => !shown.Contains(d.Frame.Frame.Id)).Select(d =>
            new BudgetReportRow(d.Frame, Name(d.Frame.Frame), BudgetPlanStatus.Missing, []));
        string Name(BudgetFrame frame) => frame.Title ?? model.FindUnit(frame.UnitId)?.Name ?? frame.UnitId;

        var unit = result.Frames.Count > 0 ? result.Frames[0].Frame.Unit : AmountUnit.Kronor;
        return new BudgetReport(result.Year, result.AsOf, unit, [.. rows], result.Totals, result.Accuracy) { UnansweredParts = [.. unanswered] };
    }
}

/// <summary>One frame of a <see cref="BudgetReport"/>.</summary>
/// <param name="Line">The frame's follow-up.</param>
/// <param name="Name">The frame's title, or its unit's name.</param>
/// <param name="PlanStatus">Whether its deviation has the action plan it needs.</param>
/// <param name="ActionPlanIds">The action plans that answer its deviation.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record BudgetReportRow(FrameFollowUp Line, string Name, BudgetPlanStatus PlanStatus, EquatableArray<string> ActionPlanIds)
{
    /// <summary>Gets whether the frame's figures are illustrative, as its provenance says.</summary>
    public bool IsIllustrative => Sources.Provenance.Marks(Line.Frame.Provenance);
}
