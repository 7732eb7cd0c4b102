namespace Styrmodell.Exchange;

/// <summary>Whether a frame's deviation has the action plan it needs.</summary>
public enum BudgetPlanStatus
{
    /// <summary>No plan is needed: a surplus, a deficit below the threshold, or no forecast.</summary>
    NotRequired,

    /// <summary>The deficit needs a plan and an action plan names the frame as its budget line.</summary>
    Answered,

    /// <summary>The deficit needs a plan and none names the frame.</summary>
    Missing,
}
