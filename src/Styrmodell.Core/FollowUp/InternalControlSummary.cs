using Ardalis.GuardClauses;
using NodaTime;
using Styrmodell.Collections;

namespace Styrmodell.FollowUp;

/// <summary>
/// Where one owner's internal control stands on a date: its risks per band, how many controls have been carried
/// out, the deviations found and whether they have actions, and how the actions are going.
/// </summary>
/// <param name="PlanId">The plan.</param>
/// <param name="OwnerId">The unit whose plan it is.</param>
/// <param name="Year">The plan's year.</param>
/// <param name="Risks">The number of risks.</param>
/// <param name="RisksPerBand">The risks per band of the plan's scale, lowest band first, empty bands included.</param>
/// <param name="Controls">The number of controls.</param>
/// <param name="ControlsCarriedOut">The controls with at least one result dated on or before the as-of date.</param>
/// <param name="RisksWithoutControl">The risks that have no control.</param>
/// <param name="Deviations">The results with a deviation, dated on or before the as-of date.</param>
/// <param name="DeviationsWithoutAction">Those deviations that led to no action.</param>
/// <param name="Actions">The actions on those deviations.</param>
/// <param name="ActionsDone">The actions done.</param>
/// <param name="ActionsOverdue">The actions neither done nor cancelled whose deadline has passed.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record InternalControlSummary(
    string PlanId, string OwnerId, int Year, int Risks, EquatableArray<BandCount> RisksPerBand, int Controls, int ControlsCarriedOut,
    int RisksWithoutControl, int Deviations, int DeviationsWithoutAction, int Actions, int ActionsDone, int ActionsOverdue)
{
    /// <summary>Summarises one plan as of a date.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="asOf">The date; results dated after it are not yet known.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A risk is scored outside the plan's scale (a plan of a valid model never is).</exception>
    public static InternalControlSummary Of(InternalControlPlan plan, LocalDate asOf)
    {
        Guard.Against.Null(plan);
        var perBand = plan.Scale.Bands.ToDictionary(b => b.Id, _ => 0, StringComparer.Ordinal);
        int controls = 0, carriedOut = 0, uncontrolled = 0, deviations = 0, unanswered = 0, actions = 0, done = 0, overdue = 0;
        foreach (var risk in plan.Risks)
        {
            Guard.Against.InvalidInput(risk, nameof(plan), r => plan.Scale.Contains(r.Probability) && plan.Scale.Contains(r.Consequence),
                $"Risk '{risk.Id}' of plan '{plan.Id}' is scored {risk.Probability}×{risk.Consequence}, outside the 1–{plan.Scale.Steps} scale.");
            perBand[plan.Scale.BandFor(risk.Value).Id]++;
            uncontrolled += risk.Controls.IsEmpty ? 1 : 0;
            foreach (var control in risk.Controls)
            {
                controls++;
                var known = control.Results.Where(r => r.Date <= asOf).ToArray();
                carriedOut += known.Length > 0 ? 1 : 0;
                foreach (var result in known.Where(r => r.IsDeviation))
                {
                    deviations++;
                    unanswered += result.Actions.IsEmpty ? 1 : 0;
                    actions += result.Actions.Count;
                    done += result.Actions.Count(a => a.Status == WorkStatus.Done);
                    overdue += result.Actions.Count(a => a.IsOverdue(asOf));
                }
            }
        }

        return new(plan.Id, plan.OwnerId, plan.Year, plan.Risks.Count, [.. plan.Scale.Bands.Select(b => new BandCount(b, perBand[b.Id]))],
            controls, carriedOut, uncontrolled, deviations, unanswered, actions, done, overdue);
    }

    /// <summary>Summarises every owner's plan for a year, one summary per owner, in the order the plans were given.</summary>
    /// <param name="data">The follow-up data.</param>
    /// <param name="year">The year.</param>
    /// <param name="asOf">The date; results dated after it are not yet known.</param>
    /// <returns>The summaries.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is <see langword="null"/>.</exception>
    public static EquatableArray<InternalControlSummary> ForYear(FollowUpData data, int year, LocalDate asOf) =>
        [.. Guard.Against.Null(data).InternalControlPlans.Where(p => p.Year == year).Select(p => Of(p, asOf))];
}
