namespace Styrmodell.Finance;

/// <summary>The growth of the tax base (skatteunderlagets utveckling) in one year, in percent, as guidelines compare it.</summary>
/// <param name="Year">The year.</param>
/// <param name="Percent">The growth in percent (3.2 for 3.2 %).</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public readonly record struct TaxBaseGrowth(int Year, decimal Percent)
{
    /// <summary>Returns e.g. <c>2014: 3.2 %</c>.</summary>
    /// <returns>Short invariant text.</returns>
    public override string ToString() => FinanceText.Year(Year) + ": " + FinanceText.Amount(Percent) + " %";
}
