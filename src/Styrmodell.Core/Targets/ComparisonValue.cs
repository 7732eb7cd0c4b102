using Ardalis.GuardClauses;

namespace Styrmodell.Targets;

/// <summary>A comparison's value for one year, e.g. the national average of a Kolada KPI.</summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record ComparisonValue
{
    /// <summary>Creates a comparison value.</summary>
    /// <param name="comparisonId">The comparison's id, e.g. <c>riket</c>.</param>
    /// <param name="year">The year the value is for.</param>
    /// <param name="value">The value, in the indicator's unit.</param>
    /// <exception cref="ArgumentNullException"><paramref name="comparisonId"/> is <see langword="null"/>.</exception>
    public ComparisonValue(string comparisonId, int year, decimal value)
    {
        ComparisonId = Guard.Against.Null(comparisonId);
        Year = year;
        Value = value;
    }

    /// <summary>Gets the comparison's id.</summary>
    public string ComparisonId { get; }

    /// <summary>Gets the year the value is for.</summary>
    public int Year { get; }

    /// <summary>Gets the value.</summary>
    public decimal Value { get; }
}
