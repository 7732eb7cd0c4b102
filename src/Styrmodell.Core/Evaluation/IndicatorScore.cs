using Styrmodell.Targets;

namespace Styrmodell.Evaluation;

/// <summary>
/// Turns an outcome and its resolved target into a score, monotone in the indicator's good direction: in [0, 1], except
/// <see cref="ScoreBasis.LinearFromBaseline"/> unclamped. NaN, with the reason as label, when the basis cannot score.
/// </summary>
internal static class IndicatorScore
{
    public static (double Score, string Basis) Compute(Indicator indicator, decimal outcome, ResolvedTarget target, ScoreBasis basis, decimal tolerance, bool clamp)
    {
        var t = target.Value;
        switch (indicator.Direction)
        {
            case Direction.WithinRange:
                return (outcome >= t && outcome <= (target.UpperValue ?? t) ? 1 : 0, "within range");
            case Direction.Exact:
                return (outcome == t ? 1 : 0, "exact match");
        }

        if (basis == ScoreBasis.LinearFromBaseline)
        {
            return Linear(indicator.Baseline, outcome, t, clamp);
        }

        var higher = indicator.Direction == Direction.HigherIsBetter;
        if (higher ? outcome >= t : outcome <= t)
        {
            return (1, "target reached");
        }

        if (basis == ScoreBasis.AbsoluteShortfall)
        {
            var shortfall = higher ? t - outcome : outcome - t;
            return (Clamp(1 - (shortfall / tolerance)), "1 − shortfall ÷ tolerance");
        }

        if (basis == ScoreBasis.ProgressFromBaseline && indicator.Baseline is { } baseline
            && (higher ? baseline.Value < t : baseline.Value > t))
        {
            // Share of the distance from baseline to target covered; an outcome behind the baseline scores 0.
            var progress = (outcome - baseline.Value) / (t - baseline.Value);
            return (Clamp(progress), "progress from baseline");
        }

        // The target is not reached here, so the share is below 1; double division is exact enough for a score.
        var share = higher
            ? t > 0 ? (double)outcome / (double)t : 0
            : outcome > 0 && t > 0 ? (double)t / (double)outcome : 0;
        var label = basis == ScoreBasis.ProgressFromBaseline ? "share of target (no baseline to progress from)" : "share of target";
        return (Math.Clamp(share, 0.0, 1.0), label);
    }

    /// <summary>
    /// okr-tracker's progress: (outcome − start) ÷ (target − start) whichever way the target lies; the direction
    /// follows from start and target, so a falling target needs no special case. Start equal to target scores 0.
    /// </summary>
    private static (double, string) Linear(Baseline? start, decimal outcome, decimal target, bool clamp)
    {
        if (start is null)
        {
            return (double.NaN, "no baseline to progress from");
        }

        if (start.Value == target)
        {
            return (0, "progress from baseline (baseline equals target, so 0)");
        }

        decimal progress;
        try
        {
            progress = (outcome - start.Value) / (target - start.Value);
        }
        catch (OverflowException)
        {
            // Beyond decimal's range (a target a hair from its start, or amounts near decimal's limits): the ratio in
            // doubles, which reach further; not a number only when even they cannot tell.
            var ratio = ((double)outcome - (double)start.Value) / ((double)target - (double)start.Value);
            return !double.IsFinite(ratio) ? (double.NaN, "progress from baseline beyond the range of numbers")
                : clamp ? (Math.Clamp(ratio, 0.0, 1.0), "progress from baseline")
                : (ratio, "progress from baseline, unclamped");
        }

        return clamp ? (Clamp(progress), "progress from baseline") : ((double)progress, "progress from baseline, unclamped");
    }

    private static double Clamp(decimal value) => (double)Math.Clamp(value, 0m, 1m);
}
