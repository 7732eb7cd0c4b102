using System.Globalization;
using NodaTime;
using Styrmodell.Collections;

namespace Styrmodell.Kolada;

/// <summary>
/// What to fetch from Kolada's data: KPIs × municipalities (or organisational units) × years, optionally only what
/// changed since a date. <see cref="Check"/> finds every malformed id before any request is made.
/// </summary>
/// <param name="Kpis">KPI ids, e.g. <c>N00090</c>.</param>
/// <param name="Areas">Municipality codes (<c>0486</c>, <c>0000</c> for the country) or, with <see cref="OrganisationUnits"/>, unit ids.</param>
/// <param name="FirstYear">The first year.</param>
/// <param name="LastYear">The last year (at least <paramref name="FirstYear"/>).</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record KoladaDataQuery(EquatableArray<string> Kpis, EquatableArray<string> Areas, int FirstYear, int LastYear)
{
    /// <summary>Gets whether <see cref="Areas"/> are organisational units (Kolada's <c>oudata</c>).</summary>
    /// <value>Default <see langword="false"/>.</value>
    public bool OrganisationUnits { get; init; }

    /// <summary>Gets the date from which only changed (and deleted) records are asked for, or <see langword="null"/> for all.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public LocalDate? ChangedSince { get; init; }

    /// <summary>Reports every malformed part of the query, all at once; empty when it can be sent.</summary>
    /// <returns>The problems, each with a code from <see cref="KoladaProblemCodes"/>.</returns>
    public IReadOnlyList<KoladaProblem> Check()
    {
        var problems = new List<KoladaProblem>();
        if (Kpis.IsEmpty)
        {
            problems.Add(new(KoladaProblemCodes.InvalidKpi, "kpis", "Name at least one KPI."));
        }

        for (var i = 0; i < Kpis.Count; i++)
        {
            if (!KoladaIds.IsKpi(Kpis[i]))
            {
                problems.Add(new(KoladaProblemCodes.InvalidKpi, $"kpis[{i}]", $"'{Kpis[i]}' is not a Kolada KPI id; expected a capital letter and five digits, e.g. N00090."));
            }
        }

        if (Areas.IsEmpty)
        {
            problems.Add(new(KoladaProblemCodes.InvalidArea, "areas", OrganisationUnits ? "Name at least one organisational unit." : "Name at least one municipality."));
        }

        for (var i = 0; i < Areas.Count; i++)
        {
            var ok = OrganisationUnits ? KoladaIds.IsOrganisationUnit(Areas[i]) : KoladaIds.IsMunicipality(Areas[i]);
            if (!ok)
            {
                problems.Add(new(KoladaProblemCodes.InvalidArea, $"areas[{i}]", OrganisationUnits
                    ? $"'{Areas[i]}' is not a Kolada unit id; expected V and letters or digits, e.g. V15E198400301."
                    : $"'{Areas[i]}' is not a municipality code; expected four digits, leading zeros kept, e.g. \"0486\" (\"0000\" is the whole country)."));
            }
        }

        problems.AddRange(CheckYears(FirstYear, LastYear, "years"));
        return problems;
    }

    /// <summary>A year range Kolada can hold, first ≤ last.</summary>
    internal static IEnumerable<KoladaProblem> CheckYears(int first, int last, string where)
    {
        if (first > last)
        {
            yield return new(KoladaProblemCodes.InvalidYears, where, string.Create(CultureInfo.InvariantCulture, $"The years run backwards ({first}–{last}); give the first year first, e.g. {last}-{first}."));
        }
        else if (first < 1900 || last > 9999)
        {
            yield return new(KoladaProblemCodes.InvalidYears, where, string.Create(CultureInfo.InvariantCulture, $"{first}–{last} is outside the years Kolada can hold (1900–9999)."));
        }
    }

    /// <summary>The relative URLs that together ask for the query, each listing at most <paramref name="maxIds"/> ids of a kind.</summary>
    internal IEnumerable<string> Urls(int maxIds, int pageSize)
    {
        var years = Enumerable.Range(FirstYear, LastYear - FirstYear + 1).Select(y => y.ToString(CultureInfo.InvariantCulture)).ToArray();
        var query = string.Create(CultureInfo.InvariantCulture, $"?per_page={pageSize}")
            + (ChangedSince is { } since ? "&from_date=" + since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "");
        foreach (var kpis in Kpis.Chunk(maxIds))
        {
            foreach (var areas in Areas.Chunk(maxIds))
            {
                foreach (var chunk in years.Chunk(maxIds))
                {
                    yield return $"{(OrganisationUnits ? "oudata" : "data")}/kpi/{string.Join(',', kpis)}/{(OrganisationUnits ? "ou" : "municipality")}/{string.Join(',', areas)}/year/{string.Join(',', chunk)}{query}";
                }
            }
        }
    }
}
