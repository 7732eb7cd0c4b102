namespace Styrmodell.Kolada;

/// <summary>The stable codes of <see cref="KoladaProblem"/>s. Codes never change meaning once released.</summary>
public static class KoladaProblemCodes
{
    /// <summary>A KPI id is not a Kolada id (a capital letter and five digits, e.g. <c>N00090</c>).</summary>
    public const string InvalidKpi = "kolada-invalid-kpi";

    /// <summary>A municipality code is not four digits (keep the leading zero: <c>0486</c>), or a group or unit id is malformed.</summary>
    public const string InvalidArea = "kolada-invalid-area";

    /// <summary>A year range runs backwards, or lies outside the years Kolada can hold.</summary>
    public const string InvalidYears = "kolada-invalid-years";

    /// <summary>An indicator's unit cannot take the KPI's values without a scale factor (e.g. a KPI in thousands of kronor on a kronor indicator).</summary>
    public const string UnitMismatch = "kolada-unit-mismatch";

    /// <summary>Kolada returned nothing for a KPI (an unknown or retired id, or no data for the municipality and years). A warning.</summary>
    public const string NoData = "kolada-no-data";

    /// <summary>An indicator's outcome could not be taken into the model (it does not fit the indicator). The model's own problem is quoted.</summary>
    public const string Rejected = "kolada-rejected";

    /// <summary>A Kolada value was not imported because an outcome from another source holds its place (same indicator, year and breakdown). A warning.</summary>
    public const string OtherSource = "kolada-other-source";
}
