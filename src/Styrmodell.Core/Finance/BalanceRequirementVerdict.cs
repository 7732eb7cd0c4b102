namespace Styrmodell.Finance;

/// <summary>The balance requirement's part of a good-financial-management judgement.</summary>
/// <param name="IsMet">Whether the year's balance-requirement result is zero or more.</param>
/// <param name="Result">The balance-requirement result.</param>
/// <param name="Unit">The result's amount unit.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record BalanceRequirementVerdict(bool IsMet, decimal Result, AmountUnit Unit)
{
    /// <summary>Returns invariant data, e.g. <c>balance met (12)</c>.</summary>
    /// <returns>The verdict and the result.</returns>
    public override string ToString() => "balance " + (IsMet ? "met" : "not met") + " (" + FinanceText.Amount(Result) + ")";
}
