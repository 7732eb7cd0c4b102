using Ardalis.GuardClauses;
using NodaTime;

namespace Styrmodell.FollowUp;

/// <summary>One measure (åtgärd) of an action plan: what is done, by whom and by when, and the effect expected of it.</summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record ActionPlanMeasure
{
    /// <summary>Creates a measure.</summary>
    /// <param name="description">What is done.</param>
    /// <exception cref="ArgumentNullException"><paramref name="description"/> is <see langword="null"/>.</exception>
    public ActionPlanMeasure(string description) => Description = description;

    /// <summary>Gets what is done.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public string Description { get; init => field = Guard.Against.Null(value); }

    /// <summary>Gets who is responsible (a person, a role or a unit's name), or <see langword="null"/>.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? Responsible { get; init; }

    /// <summary>Gets by when it is to be done, or <see langword="null"/>.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public LocalDate? Deadline { get; init; }

    /// <summary>Gets the effect expected, in words, or <see langword="null"/>.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? ExpectedEffect { get; init; }

    /// <summary>Gets the expected effect on the result in kronor (a saving or added revenue is positive), or <see langword="null"/>.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public decimal? Amount { get; init; }
}
