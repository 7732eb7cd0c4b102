using Ardalis.GuardClauses;

namespace Styrmodell.Targets;

/// <summary>
/// Which part of an indicator's total an outcome is for: one value of one of the indicator's
/// <see cref="Indicator.Dimensions"/>, e.g. dimension <c>age</c>, value <c>15-24</c> (Akvo RSR's disaggregation).
/// </summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record Disaggregation
{
    /// <summary>Creates a disaggregation.</summary>
    /// <param name="dimensionId">The id of the indicator's dimension, e.g. <c>age</c>.</param>
    /// <param name="valueId">The id of the dimension's value, e.g. <c>15-24</c>.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public Disaggregation(string dimensionId, string valueId)
    {
        DimensionId = Guard.Against.Null(dimensionId);
        ValueId = Guard.Against.Null(valueId);
    }

    /// <summary>Gets the id of the dimension.</summary>
    public string DimensionId { get; }

    /// <summary>Gets the id of the dimension's value.</summary>
    public string ValueId { get; }

    /// <summary>Returns e.g. <c>age=15-24</c>.</summary>
    /// <returns>The disaggregation as short text.</returns>
    public override string ToString() => $"{DimensionId}={ValueId}";
}
