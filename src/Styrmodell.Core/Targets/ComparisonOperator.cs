namespace Styrmodell.Targets;

/// <summary>How a <see cref="FormulaCondition.Comparison"/> compares its two sides.</summary>
public enum ComparisonOperator
{
    /// <summary>Left &lt; right.</summary>
    LessThan,

    /// <summary>Left ≤ right.</summary>
    AtMost,

    /// <summary>Left &gt; right.</summary>
    GreaterThan,

    /// <summary>Left ≥ right.</summary>
    AtLeast,

    /// <summary>Left = right.</summary>
    EqualTo,
}
