using Ardalis.GuardClauses;

namespace Styrmodell.Targets;

/// <summary>A target stated as an inclusive range, for indicators where <see cref="Direction.WithinRange"/> applies.</summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record RangeLevel : TargetLevel
{
    /// <summary>Creates a range.</summary>
    /// <param name="low">The lowest good value.</param>
    /// <param name="high">The highest good value.</param>
    /// <exception cref="ArgumentException"><paramref name="low"/> is above <paramref name="high"/>.</exception>
    public RangeLevel(decimal low, decimal high)
    {
        Guard.Against.InvalidInput(low, nameof(low), l => l <= high, $"A range's low ({low}) must not exceed its high ({high}).");
        Low = low;
        High = high;
    }

    /// <summary>Gets the lowest good value.</summary>
    public decimal Low { get; }

    /// <summary>Gets the highest good value.</summary>
    public decimal High { get; }

    internal override ResolvedTarget Resolve(Indicator indicator, int year) => ResolvedTarget.Of(Low, High);

    /// <summary>Returns <c>low–high</c>.</summary>
    /// <returns>The range as invariant text.</returns>
    public override string ToString() => FormattableString.Invariant($"{Low}–{High}");
}
