namespace Styrmodell.Evaluation;

/// <summary>What Open SDG's growth measure found (see <see cref="GrowthStep"/>).</summary>
public enum GrowthFinding
{
    /// <summary>The growth rates were compared and scored.</summary>
    Computed,

    /// <summary>The target is reached: score 1.</summary>
    TargetReached,

    /// <summary>Growth rates need a higher- or lower-is-better indicator.</summary>
    NotDirectional,

    /// <summary>No baseline: growth needs a base-year value.</summary>
    NoBaseline,

    /// <summary>The base year does not come before both the outcome's year and the target's year.</summary>
    BaseYearNotBefore,

    /// <summary>The base or target value is 0, from or to which no growth rate exists, and no zero substitute is set.</summary>
    ZeroWithoutSubstitute,

    /// <summary>Base value, outcome and target differ in sign.</summary>
    SignsDiffer,

    /// <summary>The target equals the base value: no growth is needed, so none can be compared with it.</summary>
    TargetEqualsBase,
}
