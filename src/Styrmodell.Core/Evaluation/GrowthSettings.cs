using Ardalis.GuardClauses;
using Styrmodell.Collections;

namespace Styrmodell.Evaluation;

/// <summary>
/// How <see cref="ScoreBasis.GrowthRate"/> scores: what stands in for a base or target value of 0, and the curve from
/// the growth ratio (observed compound annual growth ÷ the growth needed to reach the target) to a score.
/// </summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record GrowthSettings
{
    /// <summary>
    /// Gets Open SDG's curve: the ratio −0.6 scores 0, 0 scores 0.25, 0.6 scores 0.5, 0.95 scores 0.75 and 1.3 scores 1,
    /// linear in between and flat outside. It is Open SDG's progress score on [−5, 5] moved to [0, 1] ((s + 5) ÷ 10), so
    /// the category thresholds 0.75, 0.5 and 0.25 fall exactly on its ratio thresholds 0.95, 0.6 and 0.
    /// </summary>
    public static EquatableArray<ScorePoint> OpenSdgCurve { get; } = [new(-0.6, 0), new(0, 0.25), new(0.6, 0.5), new(0.95, 0.75), new(1.3, 1)];

    /// <summary>Gets the default settings: no substitute for zero, <see cref="OpenSdgCurve"/>.</summary>
    public static GrowthSettings Default { get; } = new();

    /// <summary>
    /// Gets the value that stands in for a base or target value of exactly 0, whose growth rate does not exist
    /// (Open SDG uses 0.001), or <see langword="null"/> to leave such an indicator not assessed with the reason.
    /// </summary>
    /// <value>Default <see langword="null"/>.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to a value that is not positive.</exception>
    public decimal? ZeroSubstitute
    {
        get;
        init => field = value is { } v ? Guard.Against.NegativeOrZero(v, nameof(ZeroSubstitute)) : null;
    }

    /// <summary>Gets the curve from growth ratio to score: at least two points, rising measures, scores in [0, 1] that never fall.</summary>
    /// <value>Default <see cref="OpenSdgCurve"/>.</value>
    /// <exception cref="ArgumentException">Set to fewer than two points, measures that do not rise, or scores outside [0, 1] or falling.</exception>
    public EquatableArray<ScorePoint> Curve
    {
        get;
        init => field = Guard.Against.InvalidInput(value, nameof(Curve), IsCurve,
            "A growth curve needs at least two points with rising finite measures and scores in [0, 1] that never fall.");
    } = OpenSdgCurve;

    /// <summary>
    /// Gets whether the growth runs to the latest year with a measured value up to the period's year, as Open SDG takes
    /// the most recent year with data as its current year, instead of to the period's year only (an indicator without
    /// an outcome for the period is then not assessed). Yearly outcomes of the total count; forecasts and drafts do not.
    /// </summary>
    /// <value>Default <see langword="false"/>.</value>
    public bool LatestYearWithData { get; init; }

    /// <summary>The curve's score for a ratio: linear between points, flat beyond the ends.</summary>
    internal double ScoreFor(double ratio)
    {
        var points = Curve.AsSpan();
        for (var i = points.Length - 1; i >= 0; i--)
        {
            if (ratio >= points[i].Measure)
            {
                if (i == points.Length - 1)
                {
                    return points[i].Score;
                }

                var (a, b) = (points[i], points[i + 1]);
                return a.Score + ((ratio - a.Measure) / (b.Measure - a.Measure) * (b.Score - a.Score));
            }
        }

        return points[0].Score;
    }

    private static bool IsCurve(EquatableArray<ScorePoint> points)
    {
        if (points.Count < 2)
        {
            return false;
        }

        for (var i = 0; i < points.Count; i++)
        {
            var p = points[i];
            if (!double.IsFinite(p.Measure) || p.Score is < 0 or > 1 or double.NaN
                || (i > 0 && (p.Measure <= points[i - 1].Measure || p.Score < points[i - 1].Score)))
            {
                return false;
            }
        }

        return true;
    }
}
