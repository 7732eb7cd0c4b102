using Ardalis.GuardClauses;
using Styrmodell.Collections;
using Styrmodell.Model;
using Styrmodell.Targets;

namespace Styrmodell.Kolada;

/// <summary>Makes comparison values for targets relative to a comparison from Kolada's data for a group or the whole country.</summary>
/// <threadsafety>Stateless; safe to call from any number of threads.</threadsafety>
public static class KoladaComparisons
{
    /// <summary>Aggregates a KPI's values over a group's members (or takes Kolada's own value for the group) per year.</summary>
    /// <param name="comparisonId">The id targets refer to, e.g. <c>liknande-kommuner</c> or <c>riket</c>.</param>
    /// <param name="kpi">The KPI id.</param>
    /// <param name="group">The group; <see cref="KoladaMunicipalityGroup.Country"/> for the whole country.</param>
    /// <param name="aggregation">How members' values are combined.</param>
    /// <param name="records">Data records for the members (or for the group's own id with <see cref="KoladaAggregation.Published"/>).</param>
    /// <param name="firstYear">The first year.</param>
    /// <param name="lastYear">The last year.</param>
    /// <param name="gender">The breakdown; default total.</param>
    /// <param name="scale">What each value is multiplied by to be in the indicator's unit; default 1.</param>
    /// <returns>The comparison, stating members and aggregation, with a value for each year some member has one.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="firstYear"/> is after <paramref name="lastYear"/>, <paramref name="scale"/> is not positive, or <paramref name="aggregation"/> is not defined.</exception>
    public static KoladaComparison Compute(string comparisonId, string kpi, KoladaMunicipalityGroup group, KoladaAggregation aggregation,
        IEnumerable<KoladaDataRecord> records, int firstYear, int lastYear, Gender gender = Gender.Total, decimal scale = 1m)
    {
        Guard.Against.NullOrWhiteSpace(comparisonId);
        Guard.Against.Null(kpi);
        Guard.Against.Null(group);
        Guard.Against.Null(records);
        Guard.Against.EnumOutOfRange(aggregation);
        Guard.Against.NegativeOrZero(scale);
        Guard.Against.InvalidInput(lastYear, nameof(lastYear), y => y >= firstYear, $"The years run backwards ({firstYear}–{lastYear}).");
        var sources = aggregation == KoladaAggregation.Published ? new HashSet<string>([group.Id]) : group.Members.ToHashSet(StringComparer.Ordinal);
        var values = new SortedDictionary<string, decimal>[lastYear - firstYear + 1];
        foreach (var r in records)
        {
            if (r.Kpi != kpi || r.IsOrganisationUnit || r.IsDeleted || r.Year < firstYear || r.Year > lastYear || !sources.Contains(r.Area))
            {
                continue;
            }

            foreach (var v in r.Values)
            {
                if (v.Gender == gender && v.Value is { } value)
                {
                    (values[r.Year - firstYear] ??= new(StringComparer.Ordinal))[r.Area] = value * scale;
                }
            }
        }

        var years = values.Select((byArea, i) => byArea is null
            ? new KoladaComparisonYear(firstYear + i, null, [])
            : new KoladaComparisonYear(firstYear + i, Aggregate(byArea.Values.ToList(), aggregation), byArea.Keys.ToEquatableArray()));
        return new(comparisonId, kpi, group, aggregation, gender, years.ToEquatableArray());
    }

    /// <summary>Puts a comparison's values on an indicator, replacing earlier values of the same comparison id.</summary>
    /// <param name="model">The model.</param>
    /// <param name="indicatorId">The indicator node's id.</param>
    /// <param name="comparison">The comparison.</param>
    /// <returns>The changed model; the given one is unchanged.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The model has no indicator <paramref name="indicatorId"/>.</exception>
    public static SteeringModel ApplyTo(SteeringModel model, string indicatorId, KoladaComparison comparison)
    {
        Guard.Against.Null(model);
        Guard.Against.Null(comparison);
        var indicator = model.FindIndicator(Guard.Against.Null(indicatorId))
            ?? throw new ArgumentException($"The model has no indicator '{indicatorId}'.", nameof(indicatorId));
        var changed = indicator with
        {
            Comparisons = indicator.Comparisons.Where(c => c.ComparisonId != comparison.ComparisonId).Concat(comparison.Values).ToEquatableArray(),
        };
        var (rebuilt, problems) = ModelRebuild.With(model, model.Indicators.Select(i => i.NodeId == indicatorId ? changed : i), model.Outcomes);
        return rebuilt ?? throw new ModelValidationException(problems.ToEquatableArray());
    }

    private static decimal Aggregate(List<decimal> values, KoladaAggregation aggregation)
    {
        if (aggregation != KoladaAggregation.Median)
        {
            return values.Sum() / values.Count; // Published has one value: its own
        }

        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
