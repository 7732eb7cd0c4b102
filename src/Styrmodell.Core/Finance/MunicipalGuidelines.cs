using Ardalis.GuardClauses;
using Styrmodell.Collections;
using Styrmodell.Targets;

namespace Styrmodell.Finance;

/// <summary>
/// A municipality's own guidelines for the balance-requirement reserve (riktlinjer för resultatutjämningsreserv /
/// resultatreserv, required by KL 11 kap.), as data. A guideline left <see langword="null"/> or <see langword="false"/> is not checked.
/// </summary>
/// <remarks>Guidelines may be stricter than the law, never looser: the law's limits are always checked as well.</remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record MunicipalGuidelines
{
    /// <summary>Creates guidelines.</summary>
    /// <param name="name">Their name, e.g. <c>Riktlinjer för god ekonomisk hushållning och hantering av resultatutjämningsreserv</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public MunicipalGuidelines(string name) => Name = Guard.Against.NullOrWhiteSpace(name);

    /// <summary>Gets the guidelines' name.</summary>
    public string Name { get; }

    /// <summary>Gets the decision adopting them, or <see langword="null"/>.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public Decision? Decision { get; init; }

    /// <summary>
    /// Gets the municipality's own threshold as a share of taxes, grants and equalisation (0.02 for 2 %): only the
    /// part of the reservation basis above it may be reserved.
    /// </summary>
    /// <value>Default <see langword="null"/> (not checked).</value>
    public decimal? ReservationThresholdShare { get; init; }

    /// <summary>Gets the largest total the reserve may hold, as a share of taxes, grants and equalisation (0.04 for 4 %).</summary>
    /// <value>Default <see langword="null"/> (not checked).</value>
    public decimal? MaximumReserveShare { get; init; }

    /// <summary>Gets whether the reserve may be used only in a year whose tax-base growth is below its average.</summary>
    /// <value>Default <see langword="false"/>.</value>
    /// <remarks>
    /// The growth and its average come from <see cref="TaxBaseGrowth"/> when <see cref="TaxBaseGrowthAverageYears"/> is
    /// set (the year's growth against the mean of the years before it), otherwise from the
    /// <see cref="ReserveDecision.TaxBaseGrowth"/> and <see cref="ReserveDecision.AverageTaxBaseGrowth"/> the decision states.
    /// </remarks>
    public bool UseOnlyWhenTaxBaseGrowthBelowAverage { get; init; }

    /// <summary>Gets how many years before the year of use the average tax-base growth is taken over (often 10).</summary>
    /// <value>Default <see langword="null"/> (the decision states the average).</value>
    public int? TaxBaseGrowthAverageYears { get; init; }

    /// <summary>Gets the tax-base growth figures the average is computed from, one per year.</summary>
    /// <value>Default empty.</value>
    public EquatableArray<TaxBaseGrowth> TaxBaseGrowth { get; init; }

    /// <summary>
    /// Gets whether a deficit from earlier years still to be restored (<see cref="FinancialYear.DeficitCarriedIn"/>)
    /// is deducted from the reservation basis before anything may be reserved.
    /// </summary>
    /// <value>Default <see langword="false"/>.</value>
    public bool DeductDeficitBeforeReserving { get; init; }

    /// <summary>Gets the smallest result the guidelines require, as percent of taxes, grants and equalisation (2 for 2 %).</summary>
    /// <value>Default <see langword="null"/> (not checked).</value>
    public decimal? MinimumResultShare { get; init; }

    /// <summary>Gets the first fiscal year the guidelines apply to; earlier years are checked against the law only.</summary>
    /// <value>Default <see langword="null"/> (every year).</value>
    public int? AppliesFrom { get; init; }

    /// <summary>Gets whether the guidelines apply to <paramref name="fiscalYear"/>.</summary>
    /// <param name="fiscalYear">The fiscal year.</param>
    /// <returns><see langword="true"/> unless <see cref="AppliesFrom"/> is later.</returns>
    public bool AppliesTo(int fiscalYear) => AppliesFrom is not { } from || fiscalYear >= from;

    /// <summary>Gets the tax-base growth given for <paramref name="year"/>, or <see langword="null"/>.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The growth in percent, or <see langword="null"/>.</returns>
    public decimal? GrowthIn(int year)
    {
        foreach (var g in TaxBaseGrowth)
        {
            if (g.Year == year)
            {
                return g.Percent;
            }
        }

        return null;
    }

    /// <summary>Returns the guidelines' name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
