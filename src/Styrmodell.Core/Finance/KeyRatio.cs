using Ardalis.GuardClauses;

namespace Styrmodell.Finance;

/// <summary>
/// One key ratio of a fiscal year with its formula and the numbers filled in; or, when a figure is missing or a
/// denominator is zero, marked not computable with the reason.
/// </summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record KeyRatio
{
    /// <summary>
    /// Turns the ratio into an outcome of an indicator, so that KF's financial goals (e.g. "the result is at least 2 %
    /// of taxes and grants every year") are evaluated like any goal. A ratio that cannot be computed gives "no outcome".
    /// </summary>
    /// <param name="indicatorId">The indicator node measured by this ratio.</param>
    /// <param name="fiscalYear">The fiscal year the ratio is for.</param>
    /// <returns>The outcome, with the Kolada KPI (when there is one) or the ratio's id as source.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicatorId"/> is <see langword="null"/>.</exception>
    public Targets.Outcome ToOutcome(string indicatorId, int fiscalYear) =>
        new(indicatorId, Time.ReportingPeriod.Year(fiscalYear), Value is { } v ? Targets.MeasuredValue.Of(v) : null) { Source = KoladaKpi ?? Id };

    /// <summary>Creates a key ratio.</summary>
    /// <param name="id">A stable id, e.g. <c>result-share</c>.</param>
    /// <param name="name">The English name.</param>
    /// <param name="swedishName">The Swedish name, e.g. <c>resultatandel</c>.</param>
    /// <param name="unit">What the value measures.</param>
    /// <param name="value">The exact value, or <see langword="null"/> when not computable.</param>
    /// <param name="formula">The formula with the numbers filled in (or with names where figures are missing).</param>
    /// <param name="notComputableReason">Why there is no value; required exactly when <paramref name="value"/> is <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="name"/>, <paramref name="swedishName"/> or <paramref name="formula"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A text is empty, or the reason is given with a value or missing without one.</exception>
    public KeyRatio(string id, string name, string swedishName, KeyRatioUnit unit, decimal? value, string formula, string? notComputableReason = null)
    {
        Id = Guard.Against.NullOrWhiteSpace(id);
        Name = Guard.Against.NullOrWhiteSpace(name);
        SwedishName = Guard.Against.NullOrWhiteSpace(swedishName);
        Unit = unit;
        Value = value;
        Formula = Guard.Against.NullOrWhiteSpace(formula);
        if ((value is null) == string.IsNullOrWhiteSpace(notComputableReason))
        {
            throw new ArgumentException("A key ratio has either a value or a reason why it is not computable.", nameof(notComputableReason));
        }

        NotComputableReason = notComputableReason;
    }

    /// <summary>Gets the stable id.</summary>
    public string Id { get; }

    /// <summary>Gets the English name.</summary>
    public string Name { get; }

    /// <summary>Gets the Swedish name.</summary>
    public string SwedishName { get; }

    /// <summary>Gets what the value measures.</summary>
    public KeyRatioUnit Unit { get; }

    /// <summary>Gets the exact value, or <see langword="null"/> when not computable.</summary>
    public decimal? Value { get; }

    /// <summary>Gets the formula with the numbers filled in.</summary>
    public string Formula { get; }

    /// <summary>Gets why the ratio is not computable, or <see langword="null"/>.</summary>
    public string? NotComputableReason { get; }

    /// <summary>Gets the closest Kolada KPI id, for matching with indicator outcomes, or <see langword="null"/>.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? KoladaKpi { get; init; }

    /// <summary>Gets whether the ratio has a value.</summary>
    public bool IsComputable => Value is not null;

    /// <summary>Returns e.g. <c>resultatandel: 37.9 / 1110.5 × 100 = 3.41 %</c>.</summary>
    /// <returns>The Swedish name and the formula, or the reason it is not computable.</returns>
    public override string ToString() => SwedishName + ": " + (IsComputable ? Formula : "not computable (" + NotComputableReason + ")");
}
