namespace Styrmodell.Finance;

/// <summary>How many of a group of goals must reach the required category.</summary>
public enum GoalQuantifier
{
    /// <summary>Every goal.</summary>
    All,

    /// <summary>More than half of the goals.</summary>
    Majority,

    /// <summary>At least one goal.</summary>
    Any,
}
