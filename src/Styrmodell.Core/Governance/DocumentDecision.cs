using Ardalis.GuardClauses;
using NodaTime;

namespace Styrmodell.Governance;

/// <summary>The decision that adopted a steering document or one of its versions: which unit, when, and where it is recorded.</summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record DocumentDecision
{
    /// <summary>Creates a decision.</summary>
    /// <param name="deciderUnitId">The id of the deciding organisation unit (KF, a nämnd, the chief executive's office, …).</param>
    /// <param name="date">The date of the decision.</param>
    /// <param name="reference">The minutes' or decision's reference (e.g. <c>KF 2023-06-15 § 84</c>), or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="deciderUnitId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="deciderUnitId"/> is empty or white space.</exception>
    public DocumentDecision(string deciderUnitId, LocalDate date, string? reference = null)
    {
        DeciderUnitId = Guard.Against.NullOrWhiteSpace(deciderUnitId);
        Date = date;
        Reference = reference;
    }

    /// <summary>Gets the id of the deciding unit.</summary>
    public string DeciderUnitId { get; }

    /// <summary>Gets the date of the decision.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the reference, or <see langword="null"/>.</summary>
    public string? Reference { get; }
}
