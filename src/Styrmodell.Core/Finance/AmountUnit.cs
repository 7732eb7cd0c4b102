namespace Styrmodell.Finance;

/// <summary>The unit financial figures are stated in, as in the annual report they come from.</summary>
/// <remarks>Convert with <see cref="AmountUnits.Convert(decimal, AmountUnit, AmountUnit)"/> or <see cref="FinancialYear.ConvertTo(AmountUnit)"/>.</remarks>
public enum AmountUnit
{
    /// <summary>Kronor (<c>kr</c>).</summary>
    Kronor,

    /// <summary>Thousands of kronor (<c>tkr</c>).</summary>
    Thousands,

    /// <summary>Millions of kronor (<c>mnkr</c>, also written <c>mkr</c> or <c>Mkr</c>).</summary>
    Millions,
}
