using Styrmodell.Targets;

namespace Styrmodell.Evaluation;

/// <summary>
/// Open SDG's progress measure (sdg-build <c>sdg/ProgressMeasure.py</c>): the ratio R of the observed compound annual
/// growth rate, base year to the period's year, to the rate needed from the base year to reach the target by its
/// year, signed so that moving the good way is positive; the score is <see cref="GrowthSettings"/>' curve of R.
/// </summary>
internal static class GrowthScore
{
    /// <summary>The largest score below 1: a target not yet reached never scores 1, however fast the growth.</summary>
    private static readonly double BelowOne = Math.BitDecrement(1.0);

    public static (double Score, GrowthStep? Step) Compute(
        Indicator indicator, Direction direction, decimal current, int currentYear, decimal target, int targetYear, GrowthSettings settings, bool explain)
    {
        var step = explain ? new GrowthStep(GrowthFinding.Computed, null, null, currentYear, current, targetYear, target, null, null, null, null, null) : null;
        (double, GrowthStep?) None(GrowthFinding finding) => (double.NaN, step is null ? null : step with { Finding = finding });
        if (direction is not (Direction.HigherIsBetter or Direction.LowerIsBetter))
        {
            return None(GrowthFinding.NotDirectional);
        }

        var higher = direction == Direction.HigherIsBetter;
        if (higher ? current >= target : current <= target)
        {
            return (1, step is null ? null : step with { Finding = GrowthFinding.TargetReached, Score = 1 });
        }

        if (indicator.Baseline is not { } baseline)
        {
            return None(GrowthFinding.NoBaseline);
        }

        var (baseYear, baseValue) = (baseline.Year, baseline.Value);
        step = step is null ? null : step with { BaseYear = baseYear, BaseValue = baseValue };
        if (baseYear >= currentYear || baseYear >= targetYear)
        {
            return None(GrowthFinding.BaseYearNotBefore);
        }

        // A growth rate from or to exactly 0 does not exist; Open SDG computes with 0.001 instead.
        if (baseValue == 0 || target == 0)
        {
            if (settings.ZeroSubstitute is not { } zero)
            {
                return None(GrowthFinding.ZeroWithoutSubstitute);
            }

            baseValue = baseValue == 0 ? zero : baseValue;
            target = target == 0 ? zero : target;
            step = step is null ? null : step with { BaseValue = baseValue, Target = target, ZeroSubstitute = zero };
        }

        if (Math.Sign(current) == -Math.Sign(baseValue) || Math.Sign(target) != Math.Sign(baseValue))
        {
            return None(GrowthFinding.SignsDiffer);
        }

        if (target == baseValue)
        {
            return None(GrowthFinding.TargetEqualsBase);
        }

        // In doubles, as Open SDG computes: a ratio of decimals could overflow when a base of 0.001 stands in for 0.
        var observed = Rate((double)current / (double)baseValue, currentYear - baseYear);
        var needed = Rate((double)target / (double)baseValue, targetYear - baseYear);
        var sign = baseValue < 0 ? -1 : 1;
        var good = higher ? 1 : -1;
        var ratio = sign * good * observed / Math.Abs(needed);
        var score = Math.Min(settings.ScoreFor(ratio), BelowOne);
        return (score, step is null ? null : step with { ObservedRate = observed, NeededRate = needed, Ratio = ratio, Score = score });
    }

    private static double Rate(double factor, int years) => Math.Pow(factor, 1.0 / years) - 1;
}
