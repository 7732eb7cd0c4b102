using System.Globalization;
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

    public static (double Score, string Why) Compute(
        Indicator indicator, decimal current, int currentYear, decimal target, int targetYear, GrowthSettings settings, bool explain)
    {
        if (indicator.Direction is not (Direction.HigherIsBetter or Direction.LowerIsBetter))
        {
            return (double.NaN, "growth rates need a higher- or lower-is-better indicator");
        }

        var higher = indicator.Direction == Direction.HigherIsBetter;
        if (higher ? current >= target : current <= target)
        {
            return (1, "target reached");
        }

        if (indicator.Baseline is not { } baseline)
        {
            return (double.NaN, "no baseline: growth needs a base-year value");
        }

        var (baseYear, baseValue) = (baseline.Year, baseline.Value);
        if (baseYear >= currentYear || baseYear >= targetYear)
        {
            return (double.NaN, Text($"the base year {baseYear} must come before the outcome's year {currentYear} and the target's year {targetYear}"));
        }

        // A growth rate from or to exactly 0 does not exist; Open SDG computes with 0.001 instead.
        var substituted = "";
        if (baseValue == 0 || target == 0)
        {
            if (settings.ZeroSubstitute is not { } zero)
            {
                return (double.NaN, Text($"the {(baseValue == 0 ? "base" : "target")} value is 0, from or to which no growth rate exists (set a zero substitute to compute with one)"));
            }

            substituted = explain ? Text($"; {(baseValue == 0 ? "base" : "target")} 0 taken as {zero}") : "";
            baseValue = baseValue == 0 ? zero : baseValue;
            target = target == 0 ? zero : target;
        }

        if (Math.Sign(current) == -Math.Sign(baseValue) || Math.Sign(target) != Math.Sign(baseValue))
        {
            return (double.NaN, Text($"base value {baseValue}, outcome {current} and target {target} must not differ in sign"));
        }

        if (target == baseValue)
        {
            return (double.NaN, Text($"the target {target} equals the base value, so no growth is needed and none can be compared with it"));
        }

        // In doubles, as Open SDG computes: a ratio of decimals could overflow when a base of 0.001 stands in for 0.
        var observed = Rate((double)current / (double)baseValue, currentYear - baseYear);
        var needed = Rate((double)target / (double)baseValue, targetYear - baseYear);
        var sign = baseValue < 0 ? -1 : 1;
        var direction = higher ? 1 : -1;
        var ratio = sign * direction * observed / Math.Abs(needed);
        var score = Math.Min(settings.ScoreFor(ratio), BelowOne);
        return (score, explain
            ? Text($"growth {observed:0.####}/yr {baseYear}–{currentYear} against {needed:0.####}/yr needed by {targetYear}: ratio {ratio:0.###}{substituted}, score {score:0.###}")
            : "");
    }

    private static double Rate(double factor, int years) => Math.Pow(factor, 1.0 / years) - 1;

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
