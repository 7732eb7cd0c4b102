namespace Styrmodell.Budget;

/// <summary>What a budget frame limits.</summary>
public enum FrameKind
{
    /// <summary>A drift frame (driftram): a unit's net cost for its activities in a year.</summary>
    Drift,

    /// <summary>An investment frame (investeringsram) for an investment area or a single project: its expenditure in a year.</summary>
    Investment,

    /// <summary>A committee's total frame for equipment, machines and vehicles (inventarier, maskiner och fordon).</summary>
    Equipment,
}
