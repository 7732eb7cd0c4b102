using Ardalis.GuardClauses;

namespace Styrmodell.Targets;

/// <summary>One value of a <see cref="DisaggregationDimension"/>, e.g. <c>15-24</c> labelled <c>15–24 år</c>.</summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record DisaggregationValue
{
    /// <summary>Creates a dimension value.</summary>
    /// <param name="id">The value's id, unique within its dimension.</param>
    /// <param name="label">The value as reports show it.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public DisaggregationValue(string id, string label)
    {
        Id = Guard.Against.Null(id);
        Label = Guard.Against.Null(label);
    }

    /// <summary>Gets the value's id.</summary>
    public string Id { get; }

    /// <summary>Gets the value as reports show it.</summary>
    public string Label { get; }
}
