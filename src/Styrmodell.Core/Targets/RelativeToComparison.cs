using Ardalis.GuardClauses;

namespace Styrmodell.Targets;

/// <summary>
/// A target stated relative to a comparison — "better than the national average", "top quartile of similar
/// municipalities" — whose value for each year is supplied as data in <see cref="Indicator.Comparisons"/>.
/// </summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record RelativeToComparison : TargetLevel
{
    /// <summary>Creates the target.</summary>
    /// <param name="comparisonId">The comparison's id, e.g. <c>riket</c> or <c>liknande-kommuner-kvartil-1</c>.</param>
    /// <param name="margin">Added to the comparison's value to give the target (e.g. 0 for "at least the average").</param>
    /// <exception cref="ArgumentNullException"><paramref name="comparisonId"/> is <see langword="null"/>.</exception>
    public RelativeToComparison(string comparisonId, decimal margin = 0m)
    {
        ComparisonId = Guard.Against.Null(comparisonId);
        Margin = margin;
    }

    /// <summary>Gets the comparison's id.</summary>
    public string ComparisonId { get; }

    /// <summary>Gets what is added to the comparison's value.</summary>
    /// <value>Default 0.</value>
    public decimal Margin { get; }

    internal override ResolvedTarget Resolve(Indicator indicator, int year)
    {
        foreach (var comparison in indicator.Comparisons)
        {
            if (comparison.ComparisonId == ComparisonId && comparison.Year == year)
            {
                return ResolvedTarget.Of(comparison.Value + Margin, null);
            }
        }

        return ResolvedTarget.Unresolved($"no value of comparison '{ComparisonId}' for {year}");
    }

    /// <summary>Returns e.g. <c>riket +0.5</c>.</summary>
    /// <returns>The comparison and margin as invariant text.</returns>
    public override string ToString() => Margin == 0 ? ComparisonId : FormattableString.Invariant($"{ComparisonId} {Margin:+0.###;-0.###}");
}
