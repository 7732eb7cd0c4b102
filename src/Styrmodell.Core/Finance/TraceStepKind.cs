namespace Styrmodell.Finance;

/// <summary>The role of a <see cref="TraceStep"/> in a balance-requirement reconciliation.</summary>
public enum TraceStepKind
{
    /// <summary>Which rule set applies, and why; no amount.</summary>
    RuleSelection,

    /// <summary>The starting figure: the year's result.</summary>
    Figure,

    /// <summary>A signed line added to the running total (realisation gains, exemptions, securities, reserve).</summary>
    Adjustment,

    /// <summary>The result after balance-requirement adjustments: the starting figure plus the adjustments before it.</summary>
    Subtotal,

    /// <summary>The balance-requirement result: the subtotal plus the reserve lines.</summary>
    Total,

    /// <summary>A step computing a limit (basis, threshold, cap, maximum reservation or use); not part of the running total.</summary>
    Limit,

    /// <summary>A check of a decision against the law or the municipality's guidelines; not part of the running total.</summary>
    Check,
}
