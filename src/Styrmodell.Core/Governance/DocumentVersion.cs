using Ardalis.GuardClauses;

namespace Styrmodell.Governance;

/// <summary>An earlier version of a steering document: its label and the decision that adopted it.</summary>
/// <param name="Label">The version's label, e.g. <c>2.0</c> or <c>revidering 2021</c>.</param>
/// <param name="Decision">The decision that adopted the version.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record DocumentVersion(string Label, DocumentDecision Decision)
{
    /// <summary>Gets the version's label.</summary>
    public string Label { get; init; } = Guard.Against.NullOrWhiteSpace(Label);

    /// <summary>Gets the decision that adopted the version.</summary>
    public DocumentDecision Decision { get; init; } = Guard.Against.Null(Decision);

    /// <summary>Gets what the revision changed, or <see langword="null"/>.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? Note { get; init; }
}
