namespace Styrmodell.Finance;

/// <summary>What a <see cref="TraceStep"/> found, beside its amount.</summary>
public enum TraceFinding
{
    /// <summary>Nothing beyond the amount.</summary>
    None,

    /// <summary>The rule set is the one the law prescribes for the year.</summary>
    RuleSetApplies,

    /// <summary>The caller chose a rule set that, by its own declaration, does not apply to the year.</summary>
    RuleSetChosenAgainstYear,

    /// <summary>A decided amount is within its limit, or a printed total equals its lines' sum at the report's decimals.</summary>
    Within,

    /// <summary>A decided amount is above its limit, or a printed total differs from its lines' sum.</summary>
    Beyond,

    /// <summary>A check cannot be made: the limit is unknown because a figure it needs is missing.</summary>
    NotCheckable,

    /// <summary>Equity including pension commitments is negative (the 2 % threshold applies).</summary>
    NegativeEquity,

    /// <summary>Equity including pension commitments is zero or more (the 1 % threshold applies).</summary>
    NonNegativeEquity,

    /// <summary>A figure the step needs is not given; the step assumes the lenient value and says so.</summary>
    Assumed,

    /// <summary>The amount cannot be computed: a figure it needs is not given.</summary>
    Unknown,

    /// <summary>The options allow the reserve to be used beyond the deficit; only the balance limits the use.</summary>
    BeyondDeficitAllowed,

    /// <summary>Nothing limits the amount (no balance given and no deficit limit).</summary>
    Unlimited,

    /// <summary>The balance-requirement result is negative: it must be restored within the next three years (KL 11 kap. 12 §).</summary>
    MustBeRestored,
}
