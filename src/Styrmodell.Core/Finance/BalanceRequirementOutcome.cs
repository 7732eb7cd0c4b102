using Ardalis.GuardClauses;

namespace Styrmodell.Finance;

/// <summary>A fiscal year's balance-requirement result, as a <see cref="DeficitLedger"/> takes it.</summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public readonly record struct BalanceRequirementOutcome
{
    /// <summary>Creates an outcome.</summary>
    /// <param name="fiscalYear">The fiscal year, 2000–9999.</param>
    /// <param name="balanceRequirementResult">The balance-requirement result (negative for a deficit).</param>
    /// <param name="unit">The unit of the result.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fiscalYear"/> is outside 2000–9999, or <paramref name="unit"/> is not defined.</exception>
    public BalanceRequirementOutcome(int fiscalYear, decimal balanceRequirementResult, AmountUnit unit)
    {
        FiscalYear = Guard.Against.OutOfRange(fiscalYear, nameof(fiscalYear), FinancialYear.FirstBalanceRequirementYear, 9999);
        BalanceRequirementResult = balanceRequirementResult;
        Unit = Guard.Against.EnumOutOfRange(unit);
    }

    /// <summary>Gets the fiscal year.</summary>
    public int FiscalYear { get; }

    /// <summary>Gets the balance-requirement result.</summary>
    public decimal BalanceRequirementResult { get; }

    /// <summary>Gets the unit of the result.</summary>
    public AmountUnit Unit { get; }

    /// <summary>Returns e.g. <c>2014: -193 mnkr</c>.</summary>
    /// <returns>Short invariant text.</returns>
    public override string ToString() => FinanceText.Year(FiscalYear) + ": " + FinanceText.Amount(BalanceRequirementResult, Unit);
}
