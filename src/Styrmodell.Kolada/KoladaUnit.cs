namespace Styrmodell.Kolada;

/// <summary>The unit a KPI's values are in, as far as its title says.</summary>
public enum KoladaUnit
{
    /// <summary>The title does not say; any indicator unit is accepted.</summary>
    Unknown,

    /// <summary>A share in per cent, 0–100 (<c>andel (%)</c>).</summary>
    Percent,

    /// <summary>Kronor (<c>kr</c>, <c>kr/inv</c>).</summary>
    Kronor,

    /// <summary>Thousands of kronor (<c>tkr</c>).</summary>
    ThousandKronor,

    /// <summary>A count (<c>antal</c>).</summary>
    Count,
}
