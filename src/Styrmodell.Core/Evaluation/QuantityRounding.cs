using Ardalis.GuardClauses;

namespace Styrmodell.Evaluation;

/// <summary>
/// How one kind of number is rounded when presented, where it differs from <see cref="EvaluationOptions.Rounding"/> —
/// okr-tracker, for one, shows progress bars in whole percent but its key-result values and task counts to two decimals.
/// </summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record QuantityRounding
{
    /// <summary>Creates a rounding for one kind of number.</summary>
    /// <param name="quantity">The kind of number.</param>
    /// <param name="rounding">Its rounding.</param>
    /// <exception cref="ArgumentException"><paramref name="quantity"/> is not a defined value.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="rounding"/> is <see langword="null"/>.</exception>
    public QuantityRounding(PresentedQuantity quantity, Rounding rounding)
    {
        Quantity = Guard.Against.EnumOutOfRange(quantity);
        Rounding = Guard.Against.Null(rounding);
    }

    /// <summary>Gets the kind of number.</summary>
    public PresentedQuantity Quantity { get; }

    /// <summary>Gets its rounding.</summary>
    public Rounding Rounding { get; }
}
