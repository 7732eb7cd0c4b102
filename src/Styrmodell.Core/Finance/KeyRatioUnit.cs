namespace Styrmodell.Finance;

/// <summary>What a <see cref="KeyRatio"/>'s value measures.</summary>
public enum KeyRatioUnit
{
    /// <summary>A percentage (3.4 means 3.4 %).</summary>
    Percent,

    /// <summary>An amount in the <see cref="AmountUnit"/> of the figures it was computed from.</summary>
    Amount,
}
