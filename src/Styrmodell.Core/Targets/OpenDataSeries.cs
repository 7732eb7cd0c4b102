using Ardalis.GuardClauses;
using Styrmodell.Collections;

namespace Styrmodell.Targets;

/// <summary>
/// The published open-data series an indicator's outcomes are taken from, e.g. Kolada KPI <c>N00090</c> for the
/// municipality, in total and by gender.
/// </summary>
/// <remarks>
/// Core only records the binding; a provider's package (Styrmodell.Kolada) reads the series and turns its values
/// into <see cref="Outcome"/>s. A value is multiplied by <see cref="Scale"/> when the indicator's unit differs from
/// the series' (a share published as 0–1 for a percent indicator: 100; thousands of kronor for kronor: 1000).
/// </remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record OpenDataSeries
{
    /// <summary>Creates a binding to a series.</summary>
    /// <param name="provider">Who publishes the series, e.g. <c>kolada</c>.</param>
    /// <param name="seriesId">The series' id at the provider, e.g. the KPI id <c>N00090</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="provider"/> or <paramref name="seriesId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="provider"/> or <paramref name="seriesId"/> is empty or white space.</exception>
    public OpenDataSeries(string provider, string seriesId)
    {
        Provider = Guard.Against.NullOrWhiteSpace(provider);
        SeriesId = Guard.Against.NullOrWhiteSpace(seriesId);
    }

    /// <summary>Gets who publishes the series, e.g. <c>kolada</c>.</summary>
    public string Provider { get; }

    /// <summary>Gets the series' id at the provider, e.g. <c>N00090</c>.</summary>
    public string SeriesId { get; }

    /// <summary>Gets the breakdowns to take outcomes for.</summary>
    /// <value>Default <see cref="Gender.Total"/> only.</value>
    public EquatableArray<Gender> Genders { get; init; } = [Gender.Total];

    /// <summary>Gets the code of the area the values are for (a municipality code such as <c>0486</c>), or <see langword="null"/> for the model's own municipality.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? AreaCode { get; init; }

    /// <summary>Gets the provider's id of an organisational unit (a school, a care home) the values are for, or <see langword="null"/> for the whole area.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? OrganisationUnitId { get; init; }

    /// <summary>Gets what each published value is multiplied by to be in the indicator's unit.</summary>
    /// <value>Default 1.</value>
    /// <exception cref="ArgumentException">The value set is zero or negative.</exception>
    public decimal Scale
    {
        get => _scale;
        init => _scale = Guard.Against.NegativeOrZero(value);
    }

    private readonly decimal _scale = 1m;

    /// <summary>Returns e.g. <c>kolada N00090</c>.</summary>
    /// <returns>The binding as short text.</returns>
    public override string ToString() => $"{Provider} {SeriesId}";
}
