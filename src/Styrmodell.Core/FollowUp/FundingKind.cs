namespace Styrmodell.FollowUp;

/// <summary>How a special assignment is paid for.</summary>
public enum FundingKind
{
    /// <summary>Within the committee's existing budget frame (inom tilldelad budgetram).</summary>
    WithinFrame,

    /// <summary>With money added to the budget for it (tillskott i budget); the amount is stated.</summary>
    AddedBudget,
}
