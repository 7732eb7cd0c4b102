namespace Styrmodell.Targets;

/// <summary>
/// A measured value: a plain number, or a ratio kept as its numerator and denominator so that ratios can be
/// combined by summing the parts rather than averaging quotients.
/// </summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public readonly record struct MeasuredValue
{
    private MeasuredValue(decimal value, decimal? numerator, decimal? denominator)
    {
        Value = value;
        Numerator = numerator;
        Denominator = denominator;
    }

    /// <summary>Gets the value; for a ratio, numerator ÷ denominator (unscaled).</summary>
    public decimal Value { get; }

    /// <summary>Gets a ratio's numerator, or <see langword="null"/> for a plain value.</summary>
    public decimal? Numerator { get; }

    /// <summary>Gets a ratio's denominator, or <see langword="null"/> for a plain value.</summary>
    public decimal? Denominator { get; }

    /// <summary>Gets whether the value is a ratio of two parts.</summary>
    public bool IsRatio => Denominator is not null;

    /// <summary>
    /// Gets whether the value is a ratio whose denominator is 0 (<see cref="Parts"/>): it has no quotient, and
    /// <see cref="Value"/> is 0 only as a placeholder. Its parts still pool; on its own the evaluation's
    /// <see cref="Evaluation.ZeroDenominatorPolicy"/> decides what it counts as.
    /// </summary>
    public bool HasZeroDenominator => Denominator == 0m;

    /// <summary>A plain value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The measured value.</returns>
    public static MeasuredValue Of(decimal value) => new(value, null, null);

    /// <summary>A ratio of two parts.</summary>
    /// <param name="numerator">The numerator.</param>
    /// <param name="denominator">The denominator; not zero.</param>
    /// <returns>The measured value.</returns>
    /// <exception cref="ArgumentException"><paramref name="denominator"/> is zero.</exception>
    public static MeasuredValue Ratio(decimal numerator, decimal denominator) =>
        denominator == 0
            ? throw new ArgumentException($"A ratio's denominator must not be zero (numerator {numerator}).", nameof(denominator))
            : new(numerator / denominator, numerator, denominator);

    /// <summary>
    /// A ratio's two parts as reported, where the denominator may be 0 — Akvo RSR accepts such an update, and its
    /// parts still count when updates are pooled. See <see cref="HasZeroDenominator"/>.
    /// </summary>
    /// <param name="numerator">The numerator.</param>
    /// <param name="denominator">The denominator, possibly 0.</param>
    /// <returns>The measured value.</returns>
    public static MeasuredValue Parts(decimal numerator, decimal denominator) =>
        denominator == 0 ? new(0m, numerator, 0m) : Ratio(numerator, denominator);

    /// <summary>Returns the value, or <c>numerator/denominator</c>.</summary>
    /// <returns>Invariant text.</returns>
    public override string ToString() =>
        IsRatio ? FormattableString.Invariant($"{Numerator}/{Denominator}") : FormattableString.Invariant($"{Value}");
}
