namespace Styrmodell.Finance;

/// <summary>
/// The choices the resultatreserv rules leave open as far as this library can confirm (see docs/finance.md), each
/// with the default stated.
/// </summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record ResultReserveOptions
{
    /// <summary>Gets the defaults: a balance above the ceiling is kept, and a use covers at most the negative result after adjustments.</summary>
    public static ResultReserveOptions Default { get; } = new();

    /// <summary>Gets what to do when the balance carried in (for example from the RUR at the start of 2024) is above 5 % of B.</summary>
    /// <value>Default <see cref="ReserveAboveCeilingTreatment.Keep"/>.</value>
    public ReserveAboveCeilingTreatment AboveCeiling { get; init; }

    /// <summary>
    /// Gets whether the reserve may be used for more than covering a negative result after adjustments (only the
    /// balance then limits a use).
    /// </summary>
    /// <value>Default <see langword="false"/>: at most the negative result after adjustments, as for the RUR.</value>
    public bool AllowUseBeyondDeficit { get; init; }
}
