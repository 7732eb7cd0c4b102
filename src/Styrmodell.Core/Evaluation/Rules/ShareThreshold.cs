using Ardalis.GuardClauses;

namespace Styrmodell.Evaluation.Rules;

/// <summary>In a <see cref="ShareMetRule"/>: the category given when at least <see cref="MinimumShare"/> of the inputs are met.</summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record ShareThreshold
{
    /// <summary>Creates a threshold.</summary>
    /// <param name="categoryId">The category given.</param>
    /// <param name="minimumShare">The least weighted share of met inputs, in [0, 1].</param>
    /// <exception cref="ArgumentNullException"><paramref name="categoryId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumShare"/> is outside [0, 1].</exception>
    public ShareThreshold(string categoryId, double minimumShare)
    {
        CategoryId = Guard.Against.Null(categoryId);
        MinimumShare = Guard.Against.OutOfRange(minimumShare, nameof(minimumShare), 0.0, 1.0);
    }

    /// <summary>Gets the category given.</summary>
    public string CategoryId { get; }

    /// <summary>Gets the least weighted share of met inputs.</summary>
    public double MinimumShare { get; }
}
