namespace Styrmodell.Kolada;

/// <summary>A Kolada KPI's metadata, from v2 or v3 (<c>auspices</c>/<c>auspice</c>, 0/1 or booleans).</summary>
/// <param name="Id">The KPI id, e.g. <c>N00090</c>. Titles change over the years: match on ids.</param>
/// <param name="Title">The title, e.g. <c>Sjukfrånvaro totalt bland anställda, kommun, andel (%)</c>.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record KoladaKpi(string Id, string Title)
{
    /// <summary>Gets the description, with Kolada's note of the source.</summary>
    /// <value>Default empty.</value>
    public string Description { get; init; } = "";

    /// <summary>Gets whether Kolada publishes the KPI by gender (women, men) as well as in total.</summary>
    /// <value>Default <see langword="false"/>.</value>
    public bool IsDividedByGender { get; init; }

    /// <summary>Gets whether Kolada publishes the KPI for organisational units (schools, care homes).</summary>
    /// <value>Default <see langword="false"/>.</value>
    public bool HasOrganisationUnitData { get; init; }

    /// <summary>Gets who the KPI is for: <c>K</c> municipalities, <c>L</c> regions, <c>A</c> both.</summary>
    /// <value>Default empty.</value>
    public string MunicipalityType { get; init; } = "";

    /// <summary>Gets the operating area (verksamhetsområde), e.g. <c>Kommunen, övergripande</c>.</summary>
    /// <value>Default empty.</value>
    public string OperatingArea { get; init; } = "";

    /// <summary>Gets Kolada's auspice code (<c>E</c>, <c>X</c>, <c>T</c>…), or empty.</summary>
    /// <value>Default empty.</value>
    public string Auspice { get; init; } = "";

    /// <summary>Gets the unit the values are in, as the title states it.</summary>
    public KoladaUnit Unit => KoladaUnits.FromTitle(Title);

    /// <summary>Returns e.g. <c>N00090 Sjukfrånvaro …</c>.</summary>
    /// <returns>Id and title.</returns>
    public override string ToString() => $"{Id} {Title}";
}
