using Ardalis.GuardClauses;

namespace Styrmodell.Finance;

/// <summary>
/// One line of a balanskravsutredning with its amount as printed: the signed amount the line adds to the running total
/// (a deducted realisation gain of 5.1 is printed, and entered, as −5.1).
/// </summary>
/// <remarks>
/// This is the convention of the printed report for every line. The older fields of <see cref="FinancialYear"/> keep
/// theirs: <see cref="FinancialYear.UnrealisedSecuritiesGainsLosses"/> of <c>x</c> is the printed line <c>−x</c>, and
/// a <see cref="RealisationItem"/> gain of <c>g</c> is part of the printed line <c>−g</c>. Give each adjustment once,
/// either way; both add up.
/// </remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record AdjustmentLine
{
    /// <summary>Creates a line.</summary>
    /// <param name="kind">The line it is printed on.</param>
    /// <param name="amount">The signed amount as printed, in the unit of the <see cref="FinancialYear"/> holding it.</param>
    /// <param name="label">The line's text as printed, or <see langword="null"/>; required for <see cref="AdjustmentKind.Other"/>.</param>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="kind"/> is not defined.</exception>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is <see cref="AdjustmentKind.Other"/> and <paramref name="label"/> is empty or missing.</exception>
    public AdjustmentLine(AdjustmentKind kind, decimal amount, string? label = null)
    {
        Kind = Guard.Against.EnumOutOfRange(kind);
        if (kind == AdjustmentKind.Other && string.IsNullOrWhiteSpace(label))
        {
            throw new ArgumentException("An 'other' adjustment needs its label as printed.", nameof(label));
        }

        Amount = amount;
        Label = label;
    }

    /// <summary>Gets the line it is printed on.</summary>
    public AdjustmentKind Kind { get; }

    /// <summary>Gets the signed amount as printed.</summary>
    public decimal Amount { get; }

    /// <summary>Gets the line's text as printed, or <see langword="null"/>.</summary>
    public string? Label { get; }

    /// <summary>Gets whether the line is printed after the reserve lines rather than before the subtotal.</summary>
    public bool IsAfterReserve => Kind == AdjustmentKind.ExceptionalReasons;

    /// <summary>Returns the line with its amount converted between units.</summary>
    internal AdjustmentLine Convert(AmountUnit from, AmountUnit to) => new(Kind, AmountUnits.Convert(Amount, from, to), Label);

    /// <summary>Returns e.g. <c>UnrealisedSecurities: 9.5</c>.</summary>
    /// <returns>Short invariant text.</returns>
    public override string ToString() => (Label ?? Kind.ToString()) + ": " + FinanceText.Amount(Amount);
}
