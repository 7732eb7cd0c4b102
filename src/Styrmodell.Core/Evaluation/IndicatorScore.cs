using Styrmodell.Targets;

namespace Styrmodell.Evaluation;

/// <summary>
/// Turns an outcome and its resolved target into a score, monotone in the indicator's good direction: in [0, 1], except
/// <see cref="ScoreBasis.LinearFromBaseline"/> unclamped. NaN, with the reason as method, when the basis cannot score.
/// </summary>
internal static class IndicatorScore
{
    public static (double Score, ScoreMethod Method) Compute(Indicator indicator, Direction direction, decimal outcome, ResolvedTarget target, ScoreBasis basis, decimal tolerance, bool clamp)
    {
        var t = target.Value;
        switch (direction)
        {
            case Direction.WithinRange:
                return (outcome >= t && outcome <= (target.UpperValue ?? t) ? 1 : 0, ScoreMethod.WithinRange);
            case Direction.Exact:
                return (outcome == t ? 1 : 0, ScoreMethod.ExactMatch);
        }

        if (basis == ScoreBasis.LinearFromBaseline)
        {
            return Linear(indicator.Baseline, outcome, t, clamp);
        }

        var higher = direction == Direction.HigherIsBetter;
        if (higher ? outcome >= t : outcome <= t)
        {
            return (1, ScoreMethod.TargetReached);
        }

        if (basis == ScoreBasis.AbsoluteShortfall)
        {
            var shortfall = higher ? t - outcome : outcome - t;
            return (Clamp(1 - (shortfall / tolerance)), ScoreMethod.AbsoluteShortfall);
        }

        if (basis == ScoreBasis.ProgressFromBaseline && indicator.Baseline is { } baseline
            && (higher ? baseline.Value < t : baseline.Value > t))
        {
            // Share of the distance from baseline to target covered; an outcome behind the baseline scores 0.
            var progress = (outcome - baseline.Value) / (t - baseline.Value);
            return (Clamp(progress), ScoreMethod.ProgressFromBaseline);
        }

        // The target is not reached here, so the share is below 1; double division is exact enough for a score.
        var share = higher
            ? t > 0 ? (double)outcome / (double)t : 0
            : outcome > 0 && t > 0 ? (double)t / (double)outcome : 0;
        var method = basis == ScoreBasis.ProgressFromBaseline ? ScoreMethod.ShareOfTargetWithoutBaseline : ScoreMethod.ShareOfTarget;
        return (Math.Clamp(share, 0.0, 1.0), method);
    }

    /// <summary>
    /// okr-tracker's progress: (outcome − start) ÷ (target − start) whichever way the target lies; the direction
    /// follows from start and target, so a falling target needs no special case. Start equal to target scores 0.
    /// </summary>
    private static (double, ScoreMethod) Linear(Baseline? start, decimal outcome, decimal target, bool clamp)
    {
        if (start is null)
        {
            return (double.NaN, ScoreMethod.NoBaseline);
        }

        if (start.Value == target)
        {
            return (0, ScoreMethod.BaselineEqualsTarget);
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
            return !double.IsFinite(ratio) ? (double.NaN, ScoreMethod.BeyondRange)
                : clamp ? (Math.Clamp(ratio, 0.0, 1.0), ScoreMethod.LinearFromBaseline)
                : (ratio, ScoreMethod.LinearFromBaselineUnclamped);
        }

        return clamp ? (Clamp(progress), ScoreMethod.LinearFromBaseline) : ((double)progress, ScoreMethod.LinearFromBaselineUnclamped);
    }

    /// <summary>
    /// How far the outcome still is from the target, in the indicator's unit: 0 once reached; for a range, to its nearer
    /// end; for an exact target, either way. <see langword="null"/> when the difference is beyond decimal's range.
    /// </summary>
    public static decimal? Distance(Direction direction, decimal outcome, ResolvedTarget target)
    {
        try
        {
            var t = target.Value;
            return direction switch
            {
                Direction.HigherIsBetter => Math.Max(0, t - outcome),
                Direction.LowerIsBetter => Math.Max(0, outcome - t),
                Direction.WithinRange => outcome < t ? t - outcome : outcome > (target.UpperValue ?? t) ? outcome - (target.UpperValue ?? t) : 0,
                _ => Math.Abs(outcome - t),
            };
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static double Clamp(decimal value) => (double)Math.Clamp(value, 0m, 1m);
}
