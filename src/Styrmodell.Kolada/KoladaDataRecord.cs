using Ardalis.GuardClauses;
using Styrmodell.Collections;

namespace Styrmodell.Kolada;

/// <summary>
/// One KPI's values for one municipality (or organisational unit) and year, as Kolada's <c>data</c> and
/// <c>oudata</c> endpoints publish them, in either API version's spelling.
/// </summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record KoladaDataRecord
{
    /// <summary>Creates a record.</summary>
    /// <param name="kpi">The KPI id, e.g. <c>N00090</c>.</param>
    /// <param name="area">The municipality code (<c>1984</c>) or, for unit data, the unit's id (<c>V15E198400301</c>).</param>
    /// <param name="year">The year (Kolada's <c>period</c>).</param>
    /// <param name="values">The values per breakdown.</param>
    /// <exception cref="ArgumentNullException"><paramref name="kpi"/> or <paramref name="area"/> is <see langword="null"/>.</exception>
    public KoladaDataRecord(string kpi, string area, int year, EquatableArray<KoladaValue> values)
    {
        Kpi = Guard.Against.Null(kpi);
        Area = Guard.Against.Null(area);
        Year = year;
        Values = values;
    }

    /// <summary>Gets the KPI id.</summary>
    public string Kpi { get; }

    /// <summary>Gets the municipality code, or the organisational unit's id when <see cref="IsOrganisationUnit"/>.</summary>
    public string Area { get; }

    /// <summary>Gets whether <see cref="Area"/> is an organisational unit (Kolada's <c>ou</c>) rather than a municipality.</summary>
    /// <value>Default <see langword="false"/>.</value>
    public bool IsOrganisationUnit { get; init; }

    /// <summary>Gets the year.</summary>
    public int Year { get; }

    /// <summary>Gets the values per breakdown.</summary>
    public EquatableArray<KoladaValue> Values { get; }

    /// <summary>Gets whether a change query reports the record as deleted (v2 <c>is_deleted</c>, v3 <c>isdeleted</c>).</summary>
    /// <value>Default <see langword="false"/>.</value>
    public bool IsDeleted { get; init; }

    /// <summary>Returns e.g. <c>N00090 1984 2022</c>.</summary>
    /// <returns>The record's key as short text.</returns>
    public override string ToString() => FormattableString.Invariant($"{Kpi} {Area} {Year}{(IsDeleted ? " (deleted)" : "")}");
}
