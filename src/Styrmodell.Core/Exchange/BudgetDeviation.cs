using Styrmodell.Budget;
using Styrmodell.Collections;

namespace Styrmodell.Exchange;

/// <summary>A frame whose forecast deficit needs an action plan, with the plans that answer it (those naming the frame's id as their budget line).</summary>
/// <param name="Frame">The frame's follow-up.</param>
/// <param name="ActionPlanIds">The ids of the action plans for the frame's year that name it; empty when none does.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record BudgetDeviation(FrameFollowUp Frame, EquatableArray<string> ActionPlanIds)
{
    /// <summary>Gets whether an action plan answers the deviation.</summary>
    public bool IsAnswered => ActionPlanIds.Count > 0;
}
