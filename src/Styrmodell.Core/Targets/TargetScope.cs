using System.Globalization;
using Ardalis.GuardClauses;

namespace Styrmodell.Targets;

/// <summary>
/// What a target value is set for: one budget year, or a mandate period's four budget years
/// (the target to reach by the period's last year).
/// </summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public readonly record struct TargetScope : IComparable<TargetScope>
{
    private TargetScope(int firstYear, int lastYear)
    {
        FirstYear = firstYear;
        LastYear = lastYear;
    }

    /// <summary>Gets the first year the scope covers.</summary>
    public int FirstYear { get; }

    /// <summary>Gets the last year the scope covers; a mandate-period target is to be reached by then.</summary>
    public int LastYear { get; }

    /// <summary>Gets whether the scope is a whole mandate period rather than one year.</summary>
    public bool IsMandatePeriod => LastYear != FirstYear;

    /// <summary>Gets the text id: <c>2024</c> for a year, <c>2023-2026</c> for a mandate period.</summary>
    public string Id => IsMandatePeriod
        ? string.Create(CultureInfo.InvariantCulture, $"{FirstYear}-{LastYear}")
        : FirstYear.ToString(CultureInfo.InvariantCulture);

    /// <summary>A target for one budget year.</summary>
    /// <param name="year">The year, 1900–9999.</param>
    /// <returns>The scope.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1900–9999.</exception>
    public static TargetScope Year(int year) => new(Guard.Against.OutOfRange(year, nameof(year), 1900, 9999), year);

    /// <summary>A target for a mandate period, given by its four budget years.</summary>
    /// <param name="firstBudgetYear">The first budget year (the year after the election, e.g. 2023).</param>
    /// <returns>The scope covering <paramref name="firstBudgetYear"/> and the three years after it.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="firstBudgetYear"/> is outside 1900–9996.</exception>
    public static TargetScope MandatePeriod(int firstBudgetYear) =>
        new(Guard.Against.OutOfRange(firstBudgetYear, nameof(firstBudgetYear), 1900, 9996), firstBudgetYear + 3);

    /// <summary>Gets whether the scope covers <paramref name="year"/>.</summary>
    /// <param name="year">A year.</param>
    /// <returns><see langword="true"/> when <paramref name="year"/> lies within the scope.</returns>
    public bool Covers(int year) => year >= FirstYear && year <= LastYear;

    /// <summary>Orders by first year, then years before mandate periods.</summary>
    /// <param name="other">The other scope.</param>
    /// <returns>The order.</returns>
    public int CompareTo(TargetScope other) =>
        FirstYear != other.FirstYear ? FirstYear.CompareTo(other.FirstYear) : LastYear.CompareTo(other.LastYear);

    /// <summary>Compares two scopes by <see cref="CompareTo"/>.</summary>
    /// <param name="left">The first scope.</param>
    /// <param name="right">The second scope.</param>
    /// <returns>Whether <paramref name="left"/> orders before <paramref name="right"/>.</returns>
    public static bool operator <(TargetScope left, TargetScope right) => left.CompareTo(right) < 0;

    /// <summary>Compares two scopes by <see cref="CompareTo"/>.</summary>
    /// <param name="left">The first scope.</param>
    /// <param name="right">The second scope.</param>
    /// <returns>Whether <paramref name="left"/> orders before or equal to <paramref name="right"/>.</returns>
    public static bool operator <=(TargetScope left, TargetScope right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two scopes by <see cref="CompareTo"/>.</summary>
    /// <param name="left">The first scope.</param>
    /// <param name="right">The second scope.</param>
    /// <returns>Whether <paramref name="left"/> orders after <paramref name="right"/>.</returns>
    public static bool operator >(TargetScope left, TargetScope right) => left.CompareTo(right) > 0;

    /// <summary>Compares two scopes by <see cref="CompareTo"/>.</summary>
    /// <param name="left">The first scope.</param>
    /// <param name="right">The second scope.</param>
    /// <returns>Whether <paramref name="left"/> orders after or equal to <paramref name="right"/>.</returns>
    public static bool operator >=(TargetScope left, TargetScope right) => left.CompareTo(right) >= 0;

    /// <summary>Returns <see cref="Id"/>.</summary>
    /// <returns>The text id.</returns>
    public override string ToString() => Id;
}
