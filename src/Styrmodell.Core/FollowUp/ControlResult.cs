using Ardalis.GuardClauses;
using NodaTime;
using Styrmodell.Collections;
using Styrmodell.Time;

namespace Styrmodell.FollowUp;

/// <summary>
/// What one round of an internal control found: the finding, the deviation (avvikelse) if any, and the actions the
/// deviation led to.
/// </summary>
/// <remarks>Vansbro: an action is taken on a deviation found by a control; the model reports actions on a result without deviation.</remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record ControlResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="date">When the control was carried out.</param>
    /// <param name="finding">What it found.</param>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is <see langword="null"/>.</exception>
    public ControlResult(LocalDate date, string finding)
    {
        Date = date;
        Finding = finding;
    }

    /// <summary>Gets when the control was carried out.</summary>
    public LocalDate Date { get; init; }

    /// <summary>Gets what it found.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public string Finding { get; init => field = Guard.Against.Null(value); }

    /// <summary>Gets the follow-up period the result is reported in, or <see langword="null"/>.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public ReportingPeriod? Period { get; init; }

    /// <summary>Gets the deviation found, or <see langword="null"/> when the control found none.</summary>
    /// <value>Default <see langword="null"/>: no deviation.</value>
    public string? Deviation { get; init; }

    /// <summary>Gets whether the control found a deviation.</summary>
    public bool IsDeviation => Deviation is not null;

    /// <summary>Gets the actions the deviation led to.</summary>
    /// <value>Default empty.</value>
    public EquatableArray<CorrectiveAction> Actions { get; init; }
}
