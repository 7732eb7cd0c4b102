using Ardalis.GuardClauses;
using Styrmodell.Targets;

namespace Styrmodell.Finance;

/// <summary>
/// KF's decision for a fiscal year to reserve to, or use from, the balance-requirement reserve, in the unit of the
/// <see cref="FinancialYear"/> it is checked with.
/// </summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record ReserveDecision
{
    private ReserveDecision(decimal reservation, decimal use)
    {
        Reservation = reservation;
        Use = use;
    }

    /// <summary>Gets the amount reserved (0 when none).</summary>
    public decimal Reservation { get; }

    /// <summary>Gets the amount used (0 when none).</summary>
    public decimal Use { get; }

    /// <summary>Gets the decision's record (body, date, minutes), or <see langword="null"/>.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public Decision? Decision { get; init; }

    /// <summary>
    /// Gets the year's tax-base growth in percent, for guidelines that allow a use only when it is below its average.
    /// </summary>
    /// <value>Default <see langword="null"/> (not given).</value>
    public decimal? TaxBaseGrowth { get; init; }

    /// <summary>Gets the average tax-base growth in percent the guidelines compare with (often over ten years).</summary>
    /// <value>Default <see langword="null"/> (not given).</value>
    public decimal? AverageTaxBaseGrowth { get; init; }

    /// <summary>Gets a decision to reserve <paramref name="amount"/>.</summary>
    /// <param name="amount">The amount reserved; not negative.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentException"><paramref name="amount"/> is negative.</exception>
    public static ReserveDecision Reserve(decimal amount) => new(Guard.Against.Negative(amount), 0m);

    /// <summary>Gets a decision to use <paramref name="amount"/> of the reserve.</summary>
    /// <param name="amount">The amount used; not negative.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentException"><paramref name="amount"/> is negative.</exception>
    public static ReserveDecision UseReserve(decimal amount) => new(0m, Guard.Against.Negative(amount));

    /// <summary>Gets a decision to reserve and use in the same year, as some reports print both lines.</summary>
    /// <param name="reservation">The amount reserved; not negative.</param>
    /// <param name="use">The amount used; not negative.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentException"><paramref name="reservation"/> or <paramref name="use"/> is negative.</exception>
    public static ReserveDecision Both(decimal reservation, decimal use) => new(Guard.Against.Negative(reservation), Guard.Against.Negative(use));

    /// <summary>Returns the decision with its amounts converted between units.</summary>
    internal ReserveDecision Convert(AmountUnit from, AmountUnit to) =>
        new(AmountUnits.Convert(Reservation, from, to), AmountUnits.Convert(Use, from, to))
        {
            Decision = Decision,
            TaxBaseGrowth = TaxBaseGrowth,
            AverageTaxBaseGrowth = AverageTaxBaseGrowth,
        };

    /// <summary>Returns e.g. <c>reserve 22.0</c>, <c>use 12</c> or <c>reserve 5, use 12</c>.</summary>
    /// <returns>Short invariant text.</returns>
    public override string ToString() =>
        Use > 0 && Reservation > 0 ? "reserve " + FinanceText.Amount(Reservation) + ", use " + FinanceText.Amount(Use)
        : Use > 0 ? "use " + FinanceText.Amount(Use) : "reserve " + FinanceText.Amount(Reservation);
}
