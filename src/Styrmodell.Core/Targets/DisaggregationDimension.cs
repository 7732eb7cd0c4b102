using Ardalis.GuardClauses;
using Styrmodell.Collections;

namespace Styrmodell.Targets;

/// <summary>
/// A way an indicator's total is broken down, e.g. age groups, with the values an outcome may be given for
/// (Akvo RSR's dimension name and its dimension values). Gender stays its own breakdown (<see cref="Outcome.Gender"/>).
/// </summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record DisaggregationDimension
{
    /// <summary>Creates a dimension.</summary>
    /// <param name="id">The dimension's id, unique within its indicator, e.g. <c>age</c>.</param>
    /// <param name="label">The dimension's name as reports show it, e.g. <c>Ålder</c>.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public DisaggregationDimension(string id, string label)
    {
        Id = Guard.Against.Null(id);
        Label = Guard.Against.Null(label);
    }

    /// <summary>Gets the dimension's id.</summary>
    public string Id { get; }

    /// <summary>Gets the dimension's name as reports show it.</summary>
    public string Label { get; }

    /// <summary>Gets the values an outcome may be given for, in the order reports list them.</summary>
    /// <value>Default empty.</value>
    public EquatableArray<DisaggregationValue> Values { get; init => field = Guard.Against.NullElements(value, nameof(Values)); }
}
