namespace Styrmodell.Finance;

/// <summary>Exact conversion between <see cref="AmountUnit"/> values and their short Swedish symbols.</summary>
/// <threadsafety>Stateless and safe to use from any thread.</threadsafety>
public static class AmountUnits
{
    /// <summary>Gets how many kronor one of <paramref name="unit"/> is.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>1, 1 000 or 1 000 000.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined value.</exception>
    public static decimal Factor(AmountUnit unit) => unit switch
    {
        AmountUnit.Kronor => 1m,
        AmountUnit.Thousands => 1_000m,
        AmountUnit.Millions => 1_000_000m,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown amount unit."),
    };

    /// <summary>Gets the unit's short Swedish symbol: <c>kr</c>, <c>tkr</c> or <c>mnkr</c>.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The symbol.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined value.</exception>
    public static string Symbol(AmountUnit unit) => unit switch
    {
        AmountUnit.Kronor => "kr",
        AmountUnit.Thousands => "tkr",
        AmountUnit.Millions => "mnkr",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown amount unit."),
    };

    /// <summary>Converts an amount between units without rounding (the factors are powers of ten).</summary>
    /// <param name="amount">The amount in <paramref name="from"/>.</param>
    /// <param name="from">The unit <paramref name="amount"/> is in.</param>
    /// <param name="to">The unit wanted.</param>
    /// <returns>The same amount in <paramref name="to"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A unit is not a defined value.</exception>
    /// <exception cref="OverflowException">The converted amount does not fit in a <see cref="decimal"/>.</exception>
    public static decimal Convert(decimal amount, AmountUnit from, AmountUnit to) =>
        from == to ? amount : amount * Factor(from) / Factor(to);
}
