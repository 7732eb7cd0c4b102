using Ardalis.GuardClauses;
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
    public bool UseOnlyWhenTaxBaseGrowthBelowAverage { get; init; }

    /// <summary>Returns the guidelines' name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
