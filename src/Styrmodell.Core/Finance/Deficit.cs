using Styrmodell.Collections;

namespace Styrmodell.Finance;

/// <summary>
/// A negative balance-requirement result to restore within the next three years (KL 11 kap. 12 §), with its
/// restorations, the part waived for exceptional reasons and KF's decisions. Amounts are in the ledger's unit.
/// </summary>
/// <param name="FiscalYear">The fiscal year the deficit arose.</param>
/// <param name="Amount">The deficit: the negative balance-requirement result as a positive amount.</param>
/// <param name="WaivedAmount">The part KF decided not to restore for exceptional reasons (synnerliga skäl).</param>
/// <param name="Restorations">The restorations by later years' positive results, oldest first.</param>
/// <param name="Decisions">KF's decisions about the deficit.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record Deficit(
    int FiscalYear, decimal Amount, decimal WaivedAmount, EquatableArray<DeficitRestoration> Restorations, EquatableArray<DeficitDecision> Decisions)
{
    /// <summary>The number of years after the deficit year within which it must be restored.</summary>
    public const int RestorationYears = 3;

    /// <summary>Gets the last fiscal year in which the deficit may be restored: the third year after it arose.</summary>
    public int DeadlineYear => FiscalYear + RestorationYears;

    /// <summary>Gets the amount to restore: the deficit less the waived part.</summary>
    public decimal ToRestore => Amount - WaivedAmount;

    /// <summary>Gets whether an action plan (åtgärdsplan) has been decided for the deficit.</summary>
    public bool HasActionPlan => Decisions.Any(d => d.Kind == DeficitDecisionKind.ActionPlan);

    /// <summary>Gets the amount restored by the results of years up to and including <paramref name="fiscalYear"/>.</summary>
    /// <param name="fiscalYear">The last fiscal year counted.</param>
    /// <returns>The restored amount.</returns>
    public decimal RestoredThrough(int fiscalYear) => Restorations.Where(r => r.FiscalYear <= fiscalYear).Sum(r => r.Amount);

    /// <summary>Gets what remains to restore after the accounts of <paramref name="fiscalYear"/> are closed.</summary>
    /// <param name="fiscalYear">The last closed fiscal year.</param>
    /// <returns>The remaining amount, never negative.</returns>
    public decimal RemainingAfter(int fiscalYear) => Math.Max(0m, ToRestore - RestoredThrough(fiscalYear));

    /// <summary>Gets whether, after the accounts of <paramref name="asOfYear"/> are closed, the deadline has passed with something left.</summary>
    /// <param name="asOfYear">The last closed fiscal year.</param>
    /// <returns><see langword="true"/> when <paramref name="asOfYear"/> is at or past <see cref="DeadlineYear"/> and an amount remains.</returns>
    public bool IsOverdue(int asOfYear) => asOfYear >= DeadlineYear && RemainingAfter(asOfYear) > 0;

    /// <summary>Returns e.g. <c>2014: 193 (deadline 2017)</c>.</summary>
    /// <returns>Short invariant text.</returns>
    public override string ToString() => FinanceText.Year(FiscalYear) + ": " + FinanceText.Amount(Amount) + " (deadline " + FinanceText.Year(DeadlineYear) + ")";
}
