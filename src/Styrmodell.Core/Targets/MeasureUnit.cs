namespace Styrmodell.Targets;

/// <summary>What an indicator's values measure.</summary>
public enum MeasureUnit
{
    /// <summary>A percentage, 0–100 (e.g. sick leave in per cent of working time).</summary>
    Percent,

    /// <summary>Swedish kronor.</summary>
    Kronor,

    /// <summary>A count of something.</summary>
    Count,

    /// <summary>
    /// A ratio given as numerator and denominator; combined by summing both, never by averaging ratios.
    /// The indicator declares both parts in <see cref="Indicator.Ratio"/>.
    /// </summary>
    Ratio,

    /// <summary>An index value (e.g. a satisfaction index, 0–100).</summary>
    Index,
}
