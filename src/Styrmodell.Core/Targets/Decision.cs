using Ardalis.GuardClauses;
using NodaTime;
using Styrmodell.Time;

namespace Styrmodell.Targets;

/// <summary>The decision behind a target value: when, by whom, and where it is recorded.</summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record Decision
{
    /// <summary>Creates a decision.</summary>
    /// <param name="date">The date of the decision; it applies from then on.</param>
    /// <param name="body">The deciding body, e.g. <c>KF</c> or <c>Barn- och utbildningsnämnden</c>.</param>
    /// <param name="reference">The minutes' reference (e.g. <c>KF 2023-06-15 § 84</c>), or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="body"/> is empty or white space.</exception>
    public Decision(LocalDate date, string body, string? reference = null)
    {
        Date = date;
        Body = Guard.Against.NullOrWhiteSpace(body);
        Reference = reference;
    }

    /// <summary>Gets the date of the decision.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the deciding body.</summary>
    public string Body { get; }

    /// <summary>Gets the minutes' reference, or <see langword="null"/>.</summary>
    public string? Reference { get; }

    /// <summary>Returns <c>Body Date (Reference)</c>.</summary>
    /// <returns>The decision as short text.</returns>
    public override string ToString() => Reference is null ? $"{Body} {IsoDate.Format(Date)}" : $"{Body} {IsoDate.Format(Date)} ({Reference})";

    /// <summary>Gets where the decision comes from and whether it is illustrative.</summary>
    /// <value>Default <see langword="null"/>: not stated.</value>
    public Sources.Provenance? Provenance { get; init; }
}
