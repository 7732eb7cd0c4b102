using Styrmodell.Model;
using Styrmodell.Targets;

namespace Styrmodell.Evaluation;

/// <summary>
/// An indicator with contributors (<see cref="Indicator.Contributors"/>): Akvo RSR's parent period, whose value is its
/// own approved updates plus its child periods' (<c>period_update_aggregation.py</c>, <c>calculate_period_actual_value</c>).
/// </summary>
internal sealed partial class NodeEvaluator
{
    /// <summary>
    /// The sum over the sources' measured outcomes of the total within the period: numerators and denominators for a ratio
    /// (then divided), values for a count or an amount. Forecasts do not count; drafts are left out when so configured;
    /// the one-update check, when on, applies to each source's own outcomes, as Akvo checks each period.
    /// </summary>
    private (decimal? Value, Outcome? Outcome) FromContributors(int i, Indicator indicator, List<ExplanationStep>? steps)
    {
        var sources = ContributionSources.Of(_index, i, _options.IncludeOwnOutcome);
        var isRatio = indicator.Unit == MeasureUnit.Ratio;
        decimal numerator = 0, denominator = 0, sum = 0;
        int parts = 0, empty = 0, drafts = 0;
        var (illustrative, several) = (false, false);
        foreach (var s in sources)
        {
            var own = 0;
            for (var k = _measurements.OutcomeStart[s]; k < _measurements.OutcomeStart[s + 1]; k++)
            {
                var o = _index.Outcomes[_measurements.OutcomeOrder[k]];
                if (o is not { IsForecast: false, IsTotal: true } || o.Period.Start < _period.Start || o.Period.End > _period.End)
                {
                    continue;
                }

                if (_options.ExcludeDrafts && o.Status == OutcomeStatus.Draft)
                {
                    drafts++;
                    continue;
                }

                own++;
                if (o.Value is not { } v)
                {
                    empty++; // an update without a value: dropped
                    continue;
                }

                parts++;
                illustrative |= Sources.Provenance.Marks(o.Provenance);
                if (v.IsRatio)
                {
                    (numerator, denominator) = (numerator + v.Numerator!.Value, denominator + v.Denominator!.Value);
                }
                else
                {
                    sum += v.Value;
                }
            }

            several |= own > 1;
        }

        var contributors = sources.Count - (sources.Contains(i) ? 1 : 0);
        OutcomeStep Step(OutcomeFinding finding, decimal? value) =>
            Drafts(drafts, Found(indicator, finding, value, null, parts, empty)) with
            {
                Numerator = isRatio && parts > 0 ? numerator : null, Denominator = isRatio && parts > 0 ? denominator : null,
                Contributors = contributors, Provenance = illustrative ? Sources.Provenance.Illustrative : null,
            };

        if (_options.OneRatioOutcomePerPeriod && isRatio && several)
        {
            steps?.Add(Step(OutcomeFinding.SeveralRatioOutcomes, null) with { Numerator = null, Denominator = null });
            return (null, null);
        }

        if (parts == 0)
        {
            steps?.Add(Step(OutcomeFinding.Missing, null));
            return (null, null);
        }

        if (!isRatio)
        {
            steps?.Add(Step(OutcomeFinding.Summed, sum));
            return (sum, null);
        }

        if (denominator != 0)
        {
            var pooled = numerator / denominator * (indicator.Ratio?.Scale ?? 1m);
            steps?.Add(Step(OutcomeFinding.Pooled, pooled));
            return (pooled, null);
        }

        var zero = _options.ZeroDenominator == ZeroDenominatorPolicy.Zero;
        steps?.Add(Step(zero ? OutcomeFinding.PooledZeroCountedAsZero : OutcomeFinding.PooledZeroDenominator, zero ? 0m : null));
        return (zero ? 0m : null, null);
    }
}
