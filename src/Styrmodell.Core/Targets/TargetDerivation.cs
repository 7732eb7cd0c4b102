namespace Styrmodell.Targets;

/// <summary>How an indicator's yearly targets are derived for years that have no decided yearly target.</summary>
public enum TargetDerivation
{
    /// <summary>Nothing is derived: a year without a decided target has none.</summary>
    None,

    /// <summary>A straight line from the baseline to the mandate-period target in the period's last year.</summary>
    Linear,

    /// <summary>The baseline value holds until the period's last year, which takes the mandate-period target.</summary>
    StepAtPeriodEnd,

    /// <summary>The latest decided yearly target before the year (or the baseline) holds; the last year takes the period target.</summary>
    HoldLast,
}
