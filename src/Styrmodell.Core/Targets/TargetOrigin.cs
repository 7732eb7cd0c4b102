namespace Styrmodell.Targets;

/// <summary>Where a target value comes from.</summary>
public enum TargetOrigin
{
    /// <summary>Decided by a body, with a <see cref="Decision"/>.</summary>
    Decided,

    /// <summary>Derived by the indicator's <see cref="TargetDerivation"/> rule from the baseline and the period target; never a decision.</summary>
    Derived,
}
