using Ardalis.GuardClauses;
using NodaTime;
using Styrmodell.Collections;
using Styrmodell.Time;

namespace Styrmodell.FollowUp;

/// <summary>
/// The written parts of one committee's status check (nulägeskoll) for a period — its mission, the needs of those it
/// serves, its biggest challenges, the trends and their consequences — and the key figures to show. The rest of the
/// status check (overall analysis, results, key figure values) comes from the model; see <see cref="StatusCheck"/>.
/// </summary>
/// <remarks>Every text may be left out until written; the model allows one set of texts per unit and period.</remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record StatusCheckTexts
{
    /// <summary>Creates the texts of a status check.</summary>
    /// <param name="unitId">The id of the unit (usually a committee) the status check is about.</param>
    /// <param name="period">The period it describes.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public StatusCheckTexts(string unitId, ReportingPeriod period)
    {
        UnitId = unitId;
        Period = period;
    }

    /// <summary>Gets the id of the unit the status check is about.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public string UnitId { get; init => field = Guard.Against.Null(value); }

    /// <summary>Gets the period it describes.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public ReportingPeriod Period { get; init => field = Guard.Against.Null(value); }

    /// <summary>Gets the committee's mission (nämndens uppdrag), or <see langword="null"/>.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? Mission { get; init; }

    /// <summary>Gets the needs of those the committee serves (behoven hos dem vi finns till för), or <see langword="null"/>.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? Needs { get; init; }

    /// <summary>Gets the biggest challenges (verksamhetens största utmaningar), or <see langword="null"/>.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? Challenges { get; init; }

    /// <summary>Gets the trends and their consequences for the operation (trender och deras konsekvenser), or <see langword="null"/>.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? Trends { get; init; }

    /// <summary>Gets the ids of the indicator nodes shown as key figures (nyckeltal), in the order shown.</summary>
    /// <value>Default empty.</value>
    public EquatableArray<string> KeyFigureIds { get; init => field = Guard.Against.NullElements(value, nameof(KeyFigureIds)); }

    /// <summary>Gets who wrote the texts, or <see langword="null"/>.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? Author { get; init; }

    /// <summary>Gets when the texts were written, or <see langword="null"/>.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public LocalDate? Date { get; init; }

    /// <summary>Gets where the element comes from and whether it is illustrative.</summary>
    /// <value>Default <see langword="null"/>: not stated.</value>
    public Sources.Provenance? Provenance { get; init; }
}
