using Ardalis.GuardClauses;

namespace Styrmodell.Model;

/// <summary>
/// A link from a node to another node it contributes to, beside its parent: one nämndmål may feed several KF-mål.
/// </summary>
/// <param name="TargetId">The id of the node contributed to.</param>
/// <param name="Weight">The link's weight in roll-ups; finite and not negative. Default 1.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public readonly record struct Contribution(string TargetId, double Weight = 1.0)
{
    /// <summary>Gets the id of the node contributed to.</summary>
    /// <exception cref="ArgumentNullException">Set to <see langword="null"/>.</exception>
    public string TargetId { get; init => field = Guard.Against.Null(value); } = Guard.Against.Null(TargetId);

    /// <summary>Returns <c>→ target (×weight)</c>.</summary>
    /// <returns>The link as text.</returns>
    public override string ToString() => FormattableString.Invariant($"→ {TargetId} (×{Weight})");
}
