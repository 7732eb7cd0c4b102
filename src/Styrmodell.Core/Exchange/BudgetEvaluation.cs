using Styrmodell.Budget;
using Styrmodell.Collections;
using Styrmodell.FollowUp;

namespace Styrmodell.Exchange;

/// <summary>
/// The budget part of a document's evaluation: the follow-up of the evaluated period's budget year as of the
/// evaluation's date, and the deviations that need an action plan with the plans that answer them.
/// </summary>
/// <param name="FollowUp">Frames, outcomes to date, forecasts, deviations, totals and forecast accuracy.</param>
/// <param name="Deviations">The frames whose deficit needs an action plan, in the budget's order.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record BudgetEvaluation(BudgetFollowUp FollowUp, EquatableArray<BudgetDeviation> Deviations)
{
    /// <summary>Gets the deviations that need an action plan and have none: the budget's side of action-plan coverage.</summary>
    public IEnumerable<BudgetDeviation> Unanswered => Deviations.Where(d => !d.IsAnswered);

    /// <summary>Gets whether a frame's deviation has the action plan it needs.</summary>
    /// <param name="frameId">The frame's id.</param>
    /// <returns>The status; <see cref="BudgetPlanStatus.NotRequired"/> for a frame that needs none.</returns>
    public BudgetPlanStatus PlanStatus(string frameId)
    {
        foreach (var deviation in Deviations)
        {
            if (string.Equals(deviation.Frame.Frame.Id, frameId, StringComparison.Ordinal))
            {
                return deviation.IsAnswered ? BudgetPlanStatus.Answered : BudgetPlanStatus.Missing;
            }
        }

        return BudgetPlanStatus.NotRequired;
    }

    /// <summary>What the good-financial-management rule's budget conditions need, in the financial year's unit.</summary>
    internal Finance.BudgetFacts Facts(Finance.FinancialYear year)
    {
        var committees = FollowUp.TopFrames(FrameKind.Drift).ToList();
        return new Finance.BudgetFacts(
            committees.Count,
            committees.Count(c => c.Deviation < 0),
            committees.Count(c => c.Deviation is null),
            DriftTotal?.Deviation is { } deviation ? InRecordUnit(deviation, year) : null,
            year.TaxesGrantsAndEqualisation);
    }

    /// <summary>
    /// The committees' net costs for the year as the budget follow-up has them: the drift frames' outcome once the year
    /// is over (as of its last day), in the financial record's unit; <see langword="null"/> before then or without drift frames.
    /// </summary>
    internal decimal? NetCosts(Finance.FinancialYear year) =>
        DriftTotal is { } drift && FollowUp.Year == year.FiscalYear && FollowUp.AsOf >= new NodaTime.LocalDate(year.FiscalYear, 12, 31)
            ? InRecordUnit(drift.OutcomeToDate, year)
            : null;

    private BudgetTotal? DriftTotal => FollowUp.Totals.FirstOrDefault(t => t.Kind == FrameKind.Drift);

    /// <summary>An amount of the budget in the financial record's unit; a budget states every amount in one unit (mixed units are a problem).</summary>
    private decimal InRecordUnit(decimal amount, Finance.FinancialYear year) =>
        Finance.AmountUnits.Convert(amount, FollowUp.Frames.Count > 0 ? FollowUp.Frames[0].Frame.Unit : year.Unit, year.Unit);

    /// <summary>The budget part for the year a period ends in, or <see langword="null"/> when the budget has no frame for it.</summary>
    internal static BudgetEvaluation? Create(BudgetRecord budget, FollowUpData followUp, int year, NodaTime.LocalDate asOf)
    {
        if (!budget.Frames.Any(f => f.Year == year))
        {
            return null;
        }

        var result = BudgetFollowUp.Compute(budget, year, asOf);
        var deviations = result.Frames
            .Where(f => f.RequiresActionPlan)
            .Select(f => new BudgetDeviation(f, followUp.ActionPlans
                .Where(p => string.Equals(p.BudgetLine, f.Frame.Id, StringComparison.Ordinal) && p.Period.Start.Year <= year && p.Period.End.Year >= year)
                .Select(p => p.Id)
                .ToEquatableArray()))
            .ToEquatableArray();
        return new BudgetEvaluation(result, deviations);
    }
}
