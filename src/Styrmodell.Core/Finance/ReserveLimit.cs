using Styrmodell.Collections;
using Styrmodell.Validation;

namespace Styrmodell.Finance;

/// <summary>A limit computed by a rule set (the largest reservation or use), with the steps that explain it.</summary>
/// <param name="Amount">The largest amount allowed (never negative), or <see langword="null"/> when a figure it needs is missing (or, for a use, when nothing limits it).</param>
/// <param name="Basis">
/// The amount a reservation is taken from (before thresholds and caps): the lower of the year's result and the result
/// after adjustments; for a use, the deficit after adjustments. Municipal guidelines apply their own thresholds to it.
/// </param>
/// <param name="Steps">The explained steps, of kind <see cref="TraceStepKind.Limit"/>.</param>
/// <param name="Problems">Missing figures found while computing the limit, with what was assumed.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record ReserveLimit(decimal? Amount, decimal Basis, EquatableArray<TraceStep> Steps, EquatableArray<ValidationProblem> Problems)
{
    /// <summary>
    /// Gets the limit under the stricter reading when a figure is missing (the 2 % threshold when equity including
    /// pension commitments is not given): a decision above it but within <see cref="Amount"/> depends on the missing
    /// figure and is reported as <see cref="ProblemCodes.MissingFigure"/>; one within it is sound either way.
    /// </summary>
    /// <value>Default <see langword="null"/> (no figure missing that could lower the limit).</value>
    public decimal? StrictAmount { get; init; }

    /// <summary>Returns the amount, or <c>unknown</c>.</summary>
    /// <returns>Short invariant text.</returns>
    public override string ToString() => Amount is { } a ? FinanceText.Amount(a) : "unknown";
}
