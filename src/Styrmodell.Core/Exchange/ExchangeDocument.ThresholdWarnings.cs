using System.Globalization;
using Styrmodell.Evaluation;
using Styrmodell.Targets;
using Styrmodell.Validation;

namespace Styrmodell.Exchange;

/// <remarks>
/// Under a score basis that scores progress from the baseline, the baseline is the indicator's threshold (TeT's
/// <i>limite</i>: 0 there, 1 at the target). A threshold that lies at or beyond the target in the indicator's good
/// direction turns the scale around: with <see cref="ScoreBasis.LinearFromBaseline"/> an outcome that meets the target
/// scores 0, and <see cref="ScoreBasis.ProgressFromBaseline"/> silently falls back to the share of the target.
/// </remarks>
public sealed partial class ExchangeDocument
{
    private void ThresholdsBeyondTarget(List<ValidationProblem> warnings)
    {
        if (Evaluation.ScoreBasis is not (ScoreBasis.LinearFromBaseline or ScoreBasis.ProgressFromBaseline))
        {
            return;
        }

        for (var i = 0; i < Model.Indicators.Count; i++)
        {
            var indicator = Model.Indicators[i];
            if (indicator.Baseline is not { } baseline || indicator.Direction is not (Direction.HigherIsBetter or Direction.LowerIsBetter))
            {
                continue;
            }

            var higher = indicator.Direction == Direction.HigherIsBetter;
            for (var t = 0; t < indicator.Targets.Count; t++)
            {
                var target = indicator.Targets[t];
                if (ValueOf(target.Level, baseline.Value) is { } value && (higher ? baseline.Value >= value : baseline.Value <= value))
                {
                    warnings.Add(new(ProblemCodes.ThresholdBeyondTarget,
                        new(ModelElement.Indicator, indicator.NodeId, i, string.Create(CultureInfo.InvariantCulture, $"targets[{t}].level")),
                        string.Create(CultureInfo.InvariantCulture,
                            $"Indicator '{indicator.NodeId}' is scored from its baseline {baseline.Value} ({baseline.Period.Id}), which already lies at or beyond its target {value} for {target.Scope.Id} where {(higher ? "higher" : "lower")} is better; an outcome that meets the target would not count as progress. Check the target, the baseline and the direction.")));
                }
            }
        }
    }

    /// <summary>The target's value where it does not depend on outcomes or comparisons; <see langword="null"/> otherwise.</summary>
    private static decimal? ValueOf(TargetLevel level, decimal baseline)
    {
        try
        {
            return level switch
            {
                AbsoluteLevel a => a.Value,
                ChangeFromBaseline c => baseline + (c.InPercentOfBaseline ? baseline * c.Change / 100m : c.Change),
                _ => null, // a range belongs to a within-range indicator; a comparison's value is known only per year
            };
        }
        catch (OverflowException)
        {
            return null; // beyond decimal's range: the target cannot be resolved, which evaluation reports
        }
    }
}
