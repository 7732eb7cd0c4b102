namespace Styrmodell.Finance;

/// <summary>Where a deficit stands after the accounts of a given year are closed.</summary>
/// <param name="Deficit">The deficit.</param>
/// <param name="AsOfYear">The last closed fiscal year.</param>
/// <param name="Remaining">What remains to restore.</param>
/// <param name="IsOverdue">Whether the deadline has passed with something left.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record DeficitPosition(Deficit Deficit, int AsOfYear, decimal Remaining, bool IsOverdue)
{
    /// <summary>Gets the last fiscal year in which the deficit may be restored.</summary>
    public int DeadlineYear => Deficit.DeadlineYear;

    /// <summary>Returns e.g. <c>2014 as of 2015: 0 remaining, deadline 2017</c>.</summary>
    /// <returns>Short invariant text.</returns>
    public override string ToString() =>
        FinanceText.Year(Deficit.FiscalYear) + " as of " + FinanceText.Year(AsOfYear) + ": " + FinanceText.Amount(Remaining) + " remaining, deadline "
        + FinanceText.Year(DeadlineYear) + (IsOverdue ? " (overdue)" : "");
}
