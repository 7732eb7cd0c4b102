namespace Styrmodell.Finance;

/// <summary>The part of a deficit restored by a later year's positive balance-requirement result.</summary>
/// <param name="FiscalYear">The fiscal year whose result restored it.</param>
/// <param name="Amount">The amount restored (positive), in the ledger's unit.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public readonly record struct DeficitRestoration(int FiscalYear, decimal Amount)
{
    /// <summary>Returns e.g. <c>2015: 193</c>.</summary>
    /// <returns>Short invariant text.</returns>
    public override string ToString() => FinanceText.Year(FiscalYear) + ": " + FinanceText.Amount(Amount);
}
