using System.Globalization;
using Ardalis.GuardClauses;
using Styrmodell.Collections;
using Styrmodell.Model;
using Styrmodell.Targets;

namespace Styrmodell.Kolada;

/// <summary>
/// Which of a model's indicators take outcomes from Kolada (their <see cref="Indicator.OpenData"/> names provider
/// <c>kolada</c>), for which years — checked before any request: malformed KPI ids and municipality codes, reversed
/// years, and units that cannot take the KPI's values without a scale factor are coded <see cref="Problems"/>.
/// </summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed partial class KoladaImportPlan
{
    private KoladaImportPlan(SteeringModel model, int firstYear, int lastYear, EquatableArray<KoladaBinding> bindings, EquatableArray<KoladaProblem> problems)
    {
        Model = model;
        FirstYear = firstYear;
        LastYear = lastYear;
        Bindings = bindings;
        Problems = problems;
    }

    /// <summary>Gets the model the plan is for.</summary>
    public SteeringModel Model { get; }

    /// <summary>Gets the first year imported.</summary>
    public int FirstYear { get; }

    /// <summary>Gets the last year imported.</summary>
    public int LastYear { get; }

    /// <summary>Gets the indicators bound to Kolada, in the model's order.</summary>
    public EquatableArray<KoladaBinding> Bindings { get; }

    /// <summary>Gets every problem found; the plan can be carried out only when there is none.</summary>
    public EquatableArray<KoladaProblem> Problems { get; }

    /// <summary>Makes a plan.</summary>
    /// <param name="model">The model whose Kolada-bound indicators are to be filled.</param>
    /// <param name="firstYear">The first year.</param>
    /// <param name="lastYear">The last year.</param>
    /// <param name="kpis">The KPIs' metadata when known (from <see cref="KoladaClient.GetKpisAsync"/> or saved), to check units; or <see langword="null"/>.</param>
    /// <returns>The plan, with every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is <see langword="null"/>.</exception>
    public static KoladaImportPlan For(SteeringModel model, int firstYear, int lastYear, IEnumerable<KoladaKpi>? kpis = null)
    {
        Guard.Against.Null(model);
        var known = (kpis ?? []).GroupBy(k => k.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var problems = KoladaDataQuery.CheckYears(firstYear, lastYear, "years").ToList();
        var bindings = new List<KoladaBinding>();
        foreach (var indicator in model.Indicators)
        {
            if (indicator.OpenData is not { } series || !series.Provider.Equals(KoladaBinding.Provider, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var at = $"indicator '{indicator.NodeId}'.openData";
            var count = problems.Count;
            if (!KoladaIds.IsKpi(series.SeriesId))
            {
                problems.Add(new(KoladaProblemCodes.InvalidKpi, at + ".series", $"'{series.SeriesId}' is not a Kolada KPI id; expected a capital letter and five digits, e.g. N00090."));
            }

            var area = series.AreaCode ?? model.Municipality.Code;
            if (!KoladaIds.IsMunicipality(area))
            {
                problems.Add(new(KoladaProblemCodes.InvalidArea, at + ".area", $"'{area}' is not a municipality code; expected four digits, leading zeros kept, e.g. \"0486\"."));
            }

            if (series.OrganisationUnitId is { } unit && !KoladaIds.IsOrganisationUnit(unit))
            {
                problems.Add(new(KoladaProblemCodes.InvalidArea, at + ".organisationUnit", $"'{unit}' is not a Kolada unit id; expected V and letters or digits, e.g. V15E198400301."));
            }

            var kpiUnit = known.TryGetValue(series.SeriesId, out var kpi) ? kpi.Unit : KoladaUnit.Unknown;
            if (indicator.Unit == MeasureUnit.Ratio || (series.Scale == 1m && !KoladaUnits.Fits(indicator.Unit, kpiUnit)))
            {
                problems.Add(new(KoladaProblemCodes.UnitMismatch, at + ".scale", indicator.Unit == MeasureUnit.Ratio
                    ? $"Indicator '{indicator.NodeId}' is a ratio (numerator and denominator), but Kolada publishes {series.SeriesId} as one number; make the indicator percent, count, kronor or index."
                    : string.Create(CultureInfo.InvariantCulture, $"Indicator '{indicator.NodeId}' is in {indicator.Unit}, but {series.SeriesId} ('{kpi!.Title}') is in {kpiUnit}; give a scale factor (e.g. 1000 from thousands of kronor to kronor) or change the indicator's unit.")));
            }

            if (problems.Count == count)
            {
                bindings.Add(new(indicator.NodeId, series.SeriesId, series.OrganisationUnitId ?? area, series.OrganisationUnitId is not null, series.Genders, series.Scale));
            }
        }

        return new(model, firstYear, lastYear, bindings.ToEquatableArray(), problems.ToEquatableArray());
    }

    /// <summary>The data queries that fetch every bound series: one per municipality (or unit), all its KPIs at once.</summary>
    /// <returns>The queries; empty when the plan has problems or nothing is bound.</returns>
    public IReadOnlyList<KoladaDataQuery> Queries() => Problems.IsEmpty
        ? [.. Bindings.GroupBy(b => (b.Area, b.IsOrganisationUnit)).Select(g =>
            new KoladaDataQuery(g.Select(b => b.Kpi).Distinct(StringComparer.Ordinal).ToEquatableArray(), [g.Key.Area], FirstYear, LastYear) { OrganisationUnits = g.Key.IsOrganisationUnit })]
        : [];
}
