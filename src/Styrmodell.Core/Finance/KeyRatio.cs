using Ardalis.GuardClauses;
using Styrmodell.Collections;

namespace Styrmodell.Finance;

/// <summary>
/// One key ratio of a fiscal year with the figures it is computed from; or, when a figure is missing or a denominator
/// is zero, not computable, with the figures that are missing. Its name and formula in words come from a renderer
/// (Styrmodell.Reporting), by its <see cref="Id"/>.
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
    /// <param name="id">A stable id, e.g. <c>result-share</c> (see <see cref="KeyRatios"/>); it also says the formula.</param>
    /// <param name="unit">What the value measures.</param>
    /// <param name="value">The exact value, or <see langword="null"/> when not computable.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty or white space.</exception>
    public KeyRatio(string id, KeyRatioUnit unit, decimal? value)
    {
        Id = Guard.Against.NullOrWhiteSpace(id);
        Unit = unit;
        Value = value;
    }

    /// <summary>Gets the stable id, which names the ratio and its formula.</summary>
    public string Id { get; }

    /// <summary>Gets what the value measures.</summary>
    public KeyRatioUnit Unit { get; }

    /// <summary>Gets the exact value, or <see langword="null"/> when not computable.</summary>
    public decimal? Value { get; }

    /// <summary>
    /// Gets the figures the ratio is computed from, by the financial year's names (<c>result</c>, <c>taxRevenue</c>,
    /// <c>generalGrantsAndEqualisation</c>, <c>taxesGrantsAndEqualisation</c>, <c>netCosts</c>, <c>equity</c>,
    /// <c>pensionCommitmentsOutsideBalanceSheet</c>, <c>totalAssets</c>, <c>liabilitiesAndProvisions</c>,
    /// <c>depreciation</c>, <c>investments</c>, <c>budgetedResult</c>), numerator first; only those given.
    /// </summary>
    /// <value>Default empty.</value>
    public EquatableArray<TraceTerm> Terms { get; init; }

    /// <summary>Gets the names of the figures the ratio needs that the year does not give; empty when all are given.</summary>
    /// <value>Default empty.</value>
    public EquatableArray<string> MissingFigures { get; init; }

    /// <summary>Gets whether the ratio is not computable because its denominator is zero (every figure given).</summary>
    public bool HasZeroDenominator => Value is null && MissingFigures.IsEmpty;

    /// <summary>Gets the closest Kolada KPI id, for matching with indicator outcomes, or <see langword="null"/>.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public string? KoladaKpi { get; init; }

    /// <summary>Gets whether the ratio has a value.</summary>
    public bool IsComputable => Value is not null;

    /// <summary>Returns invariant data, not a sentence, e.g. <c>result-share: 3.41 [result=37.9, taxRevenue=810.5, …]</c>.</summary>
    /// <returns>The id, the value (or what is missing) and the terms.</returns>
    public override string ToString() =>
        Id + ": " + (Value is { } v ? FinanceText.Amount(v) : MissingFigures.IsEmpty ? "zero denominator" : "missing " + string.Join(", ", MissingFigures))
        + (Terms.IsEmpty ? "" : " [" + string.Join(", ", Terms.Select(t => t.Name + "=" + FinanceText.Amount(t.Value))) + "]");
}
