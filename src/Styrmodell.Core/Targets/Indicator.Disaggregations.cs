using Ardalis.GuardClauses;
using Styrmodell.Collections;
using Styrmodell.Validation;

namespace Styrmodell.Targets;

public sealed partial record Indicator
{
    /// <summary>
    /// Gets the ways the indicator's total may be broken down beside gender, each with its values; an outcome names one
    /// value of one dimension in <see cref="Outcome.Disaggregation"/>.
    /// </summary>
    /// <value>Default empty.</value>
    public EquatableArray<DisaggregationDimension> Dimensions { get; init => field = Guard.Against.NullElements(value, nameof(Dimensions)); }

    /// <summary>Gets the dimension value <paramref name="disaggregation"/> names, or <see langword="null"/> when the indicator has none such.</summary>
    /// <param name="disaggregation">The disaggregation to look up.</param>
    /// <returns>The dimension and its value, or <see langword="null"/>.</returns>
    public (DisaggregationDimension Dimension, DisaggregationValue Value)? Find(Disaggregation disaggregation)
    {
        ArgumentNullException.ThrowIfNull(disaggregation);
        foreach (var dimension in Dimensions)
        {
            if (dimension.Id == disaggregation.DimensionId)
            {
                foreach (var value in dimension.Values)
                {
                    if (value.Id == disaggregation.ValueId)
                    {
                        return (dimension, value);
                    }
                }
            }
        }

        return null;
    }

    /// <summary>A dimension id used twice, or a value id used twice within its dimension, would make outcomes ambiguous.</summary>
    private void CheckDimensions(ProblemLocation at, List<ValidationProblem> problems)
    {
        for (var d = 0; d < Dimensions.Count; d++)
        {
            var dimension = Dimensions[d];
            var where = at with { Member = $"disaggregations[{d}]" };
            if (string.IsNullOrWhiteSpace(dimension.Id) || dimension.Values.Any(v => string.IsNullOrWhiteSpace(v.Id)))
            {
                problems.Add(new(ProblemCodes.InvalidId, where,
                    $"Indicator '{NodeId}' has a disaggregation dimension or value with an empty id; outcomes name them by id."));
            }

            if (Dimensions.Take(d).Any(other => other.Id == dimension.Id))
            {
                problems.Add(new(ProblemCodes.DuplicateId, where,
                    $"Indicator '{NodeId}' defines the disaggregation dimension '{dimension.Id}' twice."));
            }

            for (var v = 0; v < dimension.Values.Count; v++)
            {
                if (dimension.Values.Take(v).Any(other => other.Id == dimension.Values[v].Id))
                {
                    problems.Add(new(ProblemCodes.DuplicateId, where with { Member = $"{where.Member}.values[{v}]" },
                        $"Indicator '{NodeId}' gives the disaggregation dimension '{dimension.Id}' the value '{dimension.Values[v].Id}' twice."));
                }
            }
        }
    }
}
