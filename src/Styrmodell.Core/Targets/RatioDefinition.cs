using Ardalis.GuardClauses;

namespace Styrmodell.Targets;

/// <summary>What the two parts of a ratio indicator count, e.g. hours of sick leave over contracted working hours.</summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record RatioDefinition
{
    /// <summary>Creates a ratio definition.</summary>
    /// <param name="numerator">What the numerator counts.</param>
    /// <param name="denominator">What the denominator counts.</param>
    /// <param name="scale">The factor the quotient is shown with: 100 for per cent, 1 for a plain ratio.</param>
    /// <exception cref="ArgumentNullException">A string argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="scale"/> is zero or negative.</exception>
    public RatioDefinition(string numerator, string denominator, decimal scale = 1m)
    {
        Numerator = Guard.Against.Null(numerator);
        Denominator = Guard.Against.Null(denominator);
        Scale = Guard.Against.NegativeOrZero(scale);
    }

    /// <summary>Gets what the numerator counts.</summary>
    public string Numerator { get; }

    /// <summary>Gets what the denominator counts.</summary>
    public string Denominator { get; }

    /// <summary>Gets the factor the quotient is shown with.</summary>
    /// <value>Default 1.</value>
    public decimal Scale { get; }
}
