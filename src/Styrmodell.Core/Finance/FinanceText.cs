using System.Globalization;

namespace Styrmodell.Finance;

/// <summary>Invariant number formatting for trace and formula texts.</summary>
internal static class FinanceText
{
    /// <summary>An amount as given, trailing zeros dropped (e.g. <c>36.3</c>, <c>-5.1</c>, <c>11.105</c>).</summary>
    public static string Amount(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>An amount with its unit symbol, e.g. <c>36.3 mnkr</c>.</summary>
    public static string Amount(decimal value, AmountUnit unit) => Amount(value) + " " + AmountUnits.Symbol(unit);

    /// <summary>A percentage for reading, at two decimals (the value itself stays exact).</summary>
    public static string Percent(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture) + " %";

    /// <summary>A share (0.01) as a percentage (1 %).</summary>
    public static string Share(decimal share) => Amount(share * 100m) + " %";

    /// <summary>A year as invariant text.</summary>
    public static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
