using Ardalis.GuardClauses;

namespace Styrmodell.Finance;

/// <summary>
/// One realisation gain or loss (realisationsvinst / realisationsförlust) in the year's result, with whether it is
/// exempted from the balance-requirement adjustment under the law and why.
/// </summary>
/// <remarks>
/// All realisation gains are deducted in the balanskravsutredning; exempted gains are added back and exempted losses
/// are excluded (added back) too (KL 11 kap. 12 §). The engine does not judge whether an exemption is lawful: it
/// applies an exemption only when its reason is stated, and reports one without a reason as
/// <see cref="Validation.ProblemCodes.ExemptionWithoutReason"/>.
/// </remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record RealisationItem
{
    /// <summary>Creates a realisation item.</summary>
    /// <param name="description">What was sold, e.g. <c>Försäljning av tomtmark Norra 1:2</c>.</param>
    /// <param name="amount">The gain (positive) or loss (negative), in the unit of the <see cref="FinancialYear"/> holding it.</param>
    /// <param name="isExempted">Whether the gain or loss is exempted from the adjustment.</param>
    /// <param name="exemptionReason">Why it is exempted (required for the exemption to apply), or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="description"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="description"/> is empty or white space.</exception>
    public RealisationItem(string description, decimal amount, bool isExempted = false, string? exemptionReason = null)
    {
        Description = Guard.Against.NullOrWhiteSpace(description);
        Amount = amount;
        IsExempted = isExempted;
        ExemptionReason = exemptionReason;
    }

    /// <summary>Gets what was sold.</summary>
    public string Description { get; }

    /// <summary>Gets the gain (positive) or loss (negative).</summary>
    public decimal Amount { get; }

    /// <summary>Gets whether the item is declared exempted from the balance-requirement adjustment.</summary>
    public bool IsExempted { get; }

    /// <summary>Gets why the item is exempted, or <see langword="null"/>.</summary>
    public string? ExemptionReason { get; }

    /// <summary>Gets whether the item is a gain (a positive amount).</summary>
    public bool IsGain => Amount > 0;

    /// <summary>Gets whether the exemption applies: declared, and with a stated reason.</summary>
    public bool ExemptionApplies => IsExempted && !string.IsNullOrWhiteSpace(ExemptionReason);

    /// <summary>Returns the item in the given unit.</summary>
    /// <param name="from">The unit the item is in.</param>
    /// <param name="to">The unit wanted.</param>
    /// <returns>A copy with the amount converted.</returns>
    /// <exception cref="OverflowException">The converted amount does not fit in a <see cref="decimal"/>.</exception>
    public RealisationItem Convert(AmountUnit from, AmountUnit to) =>
        new(Description, AmountUnits.Convert(Amount, from, to), IsExempted, ExemptionReason);

    /// <summary>Returns e.g. <c>Tomt Norra 1:2: 1.6 (exempted: omstrukturering)</c>.</summary>
    /// <returns>The item as short invariant text.</returns>
    public override string ToString() =>
        Description + ": " + FinanceText.Amount(Amount) + (IsExempted ? " (exempted: " + (ExemptionReason ?? "no reason given") + ")" : "");
}
