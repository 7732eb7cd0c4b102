using Ardalis.GuardClauses;
using NodaTime;

namespace Styrmodell.Targets;

public sealed partial record Indicator
{
    /// <summary>Gets the decided target for a scope that applied on a date: the revision with the latest decision on or before it.</summary>
    /// <param name="scope">The year or mandate period.</param>
    /// <param name="asOf">The date the question is asked for.</param>
    /// <returns>The target value, or <see langword="null"/> when none had been decided by <paramref name="asOf"/>.</returns>
    public TargetValue? TargetAsOf(TargetScope scope, LocalDate asOf)
    {
        TargetValue? applied = null;
        foreach (var target in Targets)
        {
            if (target.Scope == scope && target.Decision.Date <= asOf
                && (applied is null || target.Decision.Date > applied.Decision.Date))
            {
                applied = target;
            }
        }

        return applied;
    }

    /// <summary>Gets every decided revision for a scope, oldest decision first.</summary>
    /// <param name="scope">The year or mandate period.</param>
    /// <returns>The revisions, none lost.</returns>
    public IReadOnlyList<TargetValue> History(TargetScope scope) =>
        [.. Targets.Where(t => t.Scope == scope).OrderBy(t => t.Decision.Date)];

    /// <summary>
    /// Gets the target for one year as it applied on a date: the decided yearly target when there is one, otherwise
    /// one derived by <see cref="Derivation"/> from the baseline and the mandate-period target covering the year
    /// (marked <see cref="TargetOrigin.Derived"/>).
    /// </summary>
    /// <param name="year">The budget year.</param>
    /// <param name="asOf">The date the question is asked for.</param>
    /// <returns>The target, or <see langword="null"/> when none was decided and none can be derived.</returns>
    public TargetValue? TargetForYear(int year, LocalDate asOf)
    {
        if (TargetAsOf(TargetScope.Year(year), asOf) is { } decided)
        {
            return decided;
        }

        var period = Targets.Where(t => t.Scope.IsMandatePeriod && t.Scope.Covers(year))
            .Select(t => TargetAsOf(t.Scope, asOf)).FirstOrDefault(t => t is not null);
        if (period is null || Derivation == TargetDerivation.None)
        {
            return null;
        }

        var last = period.Scope.LastYear;
        var end = Resolve(period, last);
        if (!end.IsResolved || end.UpperValue is not null)
        {
            return null; // Only a single resolved value has a path; ranges and unresolvable comparisons have none.
        }

        if (year == last)
        {
            return TargetValue.Derived(year, end.Value, period.Decision);
        }

        return DerivePath(year, last, end.Value, asOf) is { } value ? TargetValue.Derived(year, value, period.Decision) : null;
    }

    /// <summary>Turns a target's level into numbers for a year, using this indicator's baseline and comparisons.</summary>
    /// <param name="target">A target of this indicator.</param>
    /// <param name="year">The year the numbers are for (comparisons are per year).</param>
    /// <returns>The resolved target, or the reason it cannot be resolved.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is <see langword="null"/>.</exception>
    public ResolvedTarget Resolve(TargetValue target, int year) =>
        Guard.Against.Null(target).Level.Resolve(this, year);

    private decimal? DerivePath(int year, int last, decimal end, LocalDate asOf)
    {
        switch (Derivation)
        {
            case TargetDerivation.Linear when Baseline is { } b && last > b.Year:
                // Multiply before dividing: at year == b.Year the path is exactly the baseline, at the last year exactly the target.
                return b.Value + ((end - b.Value) * (year - b.Year) / (last - b.Year));
            case TargetDerivation.StepAtPeriodEnd when Baseline is { } b:
                return b.Value;
            case TargetDerivation.HoldLast:
                var heldYear = Targets
                    .Where(t => !t.Scope.IsMandatePeriod && t.Scope.FirstYear < year && t.Decision.Date <= asOf)
                    .Max(t => (int?)t.Scope.FirstYear);
                if (heldYear is { } held && (Baseline is null || held > Baseline.Year))
                {
                    var value = Resolve(TargetAsOf(TargetScope.Year(held), asOf)!, held);
                    return value is { IsResolved: true, UpperValue: null } ? value.Value : null;
                }

                return Baseline?.Value;
            default:
                return null;
        }
    }
}
