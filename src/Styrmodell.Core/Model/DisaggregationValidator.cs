using Styrmodell.Targets;
using Styrmodell.Validation;

namespace Styrmodell.Model;

/// <summary>
/// Checks outcomes given for a part of an indicator's total (<see cref="Outcome.Disaggregation"/>): the part exists,
/// and the parts along one dimension do not add up to more than the total, as Akvo RSR checks an update's
/// disaggregations (<c>akvo/rest/serializers/indicator_period_data.py</c>, <c>_validate_disaggregations</c>).
/// </summary>
internal static class DisaggregationValidator
{
    /// <summary>An outcome names a dimension value of its indicator, and does not also name a gender.</summary>
    public static void CheckNames(Indicator indicator, Outcome outcome, ProblemLocation at, List<ValidationProblem> problems)
    {
        if (outcome.Disaggregation is not { } part)
        {
            return;
        }

        if (outcome.Gender != Gender.Total)
        {
            problems.Add(new(ProblemCodes.TwoBreakdowns, at with { Member = "disaggregation" },
                $"Outcome of '{outcome.IndicatorId}' for {outcome.Period.Id} names both gender {outcome.Gender} and disaggregation {part}; an outcome is one part of the total along one breakdown."));
        }

        if (indicator.Find(part) is null)
        {
            var dimension = indicator.Dimensions.FirstOrDefault(d => d.Id == part.DimensionId);
            problems.Add(new(ProblemCodes.DanglingReference, at with { Member = "disaggregation" },
                dimension is null
                    ? $"Outcome of '{outcome.IndicatorId}' for {outcome.Period.Id} names the dimension '{part.DimensionId}', which the indicator does not define (it defines {Listed(indicator.Dimensions.Select(d => d.Id))})."
                    : $"Outcome of '{outcome.IndicatorId}' for {outcome.Period.Id} names the value '{part.ValueId}' of dimension '{part.DimensionId}', which has the values {Listed(dimension.Values.Select(v => v.Id))}."));
        }
    }

    /// <summary>
    /// Along each dimension, the parts' values (counts and amounts) or numerators (ratios) summed, and each part's
    /// denominator, must not exceed the total's for the same period. Percentages and index values are not parts of a sum,
    /// so they are not compared.
    /// </summary>
    public static void Check(ModelIndex index, List<ValidationProblem> problems)
    {
        var totals = new Dictionary<(string, Time.ReportingPeriod, bool), Outcome>();
        var sums = new Dictionary<(string, Time.ReportingPeriod, bool, string), (decimal Sum, int Last, MeasuredValue Whole)>();
        for (var o = 0; o < index.Outcomes.Length; o++)
        {
            var outcome = index.Outcomes[o];
            if (outcome.IsTotal)
            {
                totals.TryAdd((outcome.IndicatorId, outcome.Period, outcome.IsForecast), outcome);
            }
        }

        for (var o = 0; o < index.Outcomes.Length; o++)
        {
            var outcome = index.Outcomes[o];
            if (outcome is not { Disaggregation: { } part, Value: { } value }
                || !index.IndicatorIndex.TryGetValue(outcome.IndicatorId, out var i)
                || !IsPartOfSum(index.Indicators[i].Unit)
                || !totals.TryGetValue((outcome.IndicatorId, outcome.Period, outcome.IsForecast), out var total)
                || total.Value is not { } whole || whole.IsRatio != value.IsRatio)
            {
                continue;
            }

            var at = new ProblemLocation(ModelElement.Outcome, outcome.IndicatorId, o) { Member = "disaggregation" };
            if (value.IsRatio && value.Denominator > whole.Denominator)
            {
                problems.Add(new(ProblemCodes.DisaggregationExceedsTotal, at,
                    $"Outcome of '{outcome.IndicatorId}' for {outcome.Period.Id}, {part}, has the denominator {value.Denominator}, above the total's {whole.Denominator}."));
            }

            var key = (outcome.IndicatorId, outcome.Period, outcome.IsForecast, part.DimensionId);
            var sum = (sums.TryGetValue(key, out var before) ? before.Sum : 0m) + (value.IsRatio ? value.Numerator!.Value : value.Value);
            sums[key] = (sum, o, whole);
        }

        foreach (var ((indicatorId, period, _, dimension), (sum, last, whole)) in sums)
        {
            var limit = whole.IsRatio ? whole.Numerator!.Value : whole.Value;
            if (sum > limit)
            {
                problems.Add(new(ProblemCodes.DisaggregationExceedsTotal, new ProblemLocation(ModelElement.Outcome, indicatorId, last) { Member = "disaggregation" },
                    $"Indicator '{indicatorId}''s outcomes for {period.Id} along dimension '{dimension}' add up to {(whole.IsRatio ? "the numerator " : "")}{sum}, above the total's {limit}."));
            }
        }
    }

    // Counts, amounts and a ratio's parts are sums of their parts; a percentage or index value per group is not.
    private static bool IsPartOfSum(MeasureUnit unit) => unit is MeasureUnit.Count or MeasureUnit.Kronor or MeasureUnit.Ratio;

    private static string Listed(IEnumerable<string> ids) => ids.Any() ? string.Join(", ", ids.Select(id => $"'{id}'")) : "none";
}
