using Styrmodell.Collections;
using Styrmodell.Model;
using Styrmodell.Targets;
using Styrmodell.Time;

namespace Styrmodell.Evaluation;

/// <summary>
/// Pools an indicator's outcomes per disaggregation value for an explanation, as Akvo RSR's
/// <c>DisaggregationAggregation</c> does (<c>akvo/rsr/models/result/disaggregation_aggregation.py</c>): per dimension
/// value, the approved outcomes' <c>value</c>, <c>numerator</c> and <c>denominator</c> each summed (<c>Sum</c> over
/// the updates, <c>None</c> when there are none), the contributing indicators' own pooled parts added. Built only when
/// explaining, so the full pass stores nothing for it.
/// </summary>
internal static class DisaggregationPooling
{
    /// <summary>Every value of every dimension of <paramref name="indicator"/>, pooled over the outcomes of <paramref name="sources"/>' indicators.</summary>
    public static EquatableArray<DisaggregationOutcome> Pool(
        ModelIndex index, MeasurementIndex measurements, Indicator indicator, IReadOnlyList<int> sources, ReportingPeriod period, bool excludeDrafts)
    {
        // A percentage or index value per group is not a part of a sum: only the period's own outcome counts for it.
        var summed = indicator.Unit is MeasureUnit.Count or MeasureUnit.Kronor or MeasureUnit.Ratio;
        var pooled = new List<DisaggregationOutcome>();
        foreach (var dimension in indicator.Dimensions)
        {
            foreach (var dimensionValue in dimension.Values)
            {
                decimal? value = null, numerator = null, denominator = null;
                int parts = 0, drafts = 0;
                foreach (var i in sources)
                {
                    for (var k = measurements.OutcomeStart[i]; k < measurements.OutcomeStart[i + 1]; k++)
                    {
                        var o = index.Outcomes[measurements.OutcomeOrder[k]];
                        if (o is not { IsForecast: false, Disaggregation: { } part } || part.DimensionId != dimension.Id || part.ValueId != dimensionValue.Id
                            || o.Period.Start < period.Start || o.Period.End > period.End || (!summed && o.Period != period))
                        {
                            continue;
                        }

                        if (excludeDrafts && o.Status == OutcomeStatus.Draft)
                        {
                            drafts++; // not approved: Akvo sums approved updates only
                        }
                        else if (o.Value is { } v)
                        {
                            parts++;
                            if (v.IsRatio)
                            {
                                numerator = (numerator ?? 0m) + v.Numerator!.Value;
                                denominator = (denominator ?? 0m) + v.Denominator!.Value;
                            }
                            else
                            {
                                value = (value ?? 0m) + v.Value;
                            }
                        }
                    }
                }

                pooled.Add(new DisaggregationOutcome(dimension.Id, dimension.Label, dimensionValue.Id, dimensionValue.Label, value, numerator, denominator, parts)
                    { DraftsLeftOut = drafts });
            }
        }

        return [.. pooled];
    }
}
