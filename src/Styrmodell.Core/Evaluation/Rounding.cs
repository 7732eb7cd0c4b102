using Ardalis.GuardClauses;

namespace Styrmodell.Evaluation;

/// <summary>
/// The rounding rule for the numbers a report shows — scores as percentages and indicator values — applied once, at
/// presentation (<see cref="EvaluationResult.Present"/>), never inside the arithmetic: scores, means and pooled ratios
/// are computed from unrounded values.
/// </summary>
/// <remarks>
/// A score is a binary floating-point number, so 0.285 is stored as 0.28499999999999998. Rounding it as a double would
/// turn 28.5 % into 28 %. The score is therefore first read as the decimal of at most 15 significant digits that it
/// stands for (0.285), and that decimal is rounded, so halves are recognised as halves.
/// </remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record Rounding
{
    /// <summary>Creates a rounding rule.</summary>
    /// <param name="mode">How halves are rounded, or no rounding.</param>
    /// <param name="decimals">The digits kept after the decimal point, 0 to 10.</param>
    /// <exception cref="ArgumentException"><paramref name="mode"/> is not a defined value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 10.</exception>
    public Rounding(RoundingMode mode, int decimals)
    {
        Mode = Guard.Against.EnumOutOfRange(mode);
        Decimals = Guard.Against.OutOfRange(decimals, nameof(decimals), 0, 10);
    }

    /// <summary>Gets the default: whole numbers (whole percent), halves away from zero, as Swedish reports round.</summary>
    public static Rounding Default { get; } = new(RoundingMode.HalfAwayFromZero, 0);

    /// <summary>Gets no rounding at all.</summary>
    public static Rounding None { get; } = new(RoundingMode.None, 0);

    /// <summary>Gets how halves are rounded.</summary>
    public RoundingMode Mode { get; }

    /// <summary>Gets the digits kept after the decimal point.</summary>
    public int Decimals { get; }

    /// <summary>Rounds a value by this rule.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The rounded value (the value itself for <see cref="RoundingMode.None"/>).</returns>
    public decimal Round(decimal value) => Mode switch
    {
        RoundingMode.HalfAwayFromZero => Math.Round(value, Decimals, MidpointRounding.AwayFromZero),
        RoundingMode.HalfToEven => Math.Round(value, Decimals, MidpointRounding.ToEven),
        _ => value,
    };

    /// <summary>Turns a share (a score such as 0.285) into a rounded percentage (29 with the default rule).</summary>
    /// <param name="share">The share; finite.</param>
    /// <returns>The percentage, rounded by this rule.</returns>
    /// <exception cref="ArgumentException"><paramref name="share"/> is not finite or too large for a decimal.</exception>
    public decimal Percent(double share) => Round(ToDecimal(share) * 100m);

    /// <summary>The decimal of at most 15 significant digits that a double stands for.</summary>
    internal static decimal ToDecimal(double value) =>
        double.IsFinite(value) && Math.Abs(value) < 7.9e26
            ? (decimal)value
            : throw new ArgumentException($"The share {value} cannot be shown as a percentage.", nameof(value));
}
