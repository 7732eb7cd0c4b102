using Styrmodell.Collections;
using Styrmodell.Validation;

namespace Styrmodell.Finance;

/// <summary>A limit computed by a rule set (the largest reservation or use), with the steps that explain it.</summary>
/// <param name="Amount">The largest amount allowed (never negative), or <see langword="null"/> when a figure it needs is missing.</param>
/// <param name="Basis">
/// The amount a reservation is taken from (before thresholds and caps): for the resultatutjämningsreserv the lower of
/// the year's result and the result after adjustments, for the resultatreserv the result after adjustments; for a use,
/// the deficit after adjustments. Municipal guidelines apply their own thresholds to it.
/// </param>
/// <param name="Steps">The explained steps, of kind <see cref="TraceStepKind.Limit"/>.</param>
/// <param name="Problems">Missing figures found while computing the limit, with what was assumed.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record ReserveLimit(decimal? Amount, decimal Basis, EquatableArray<TraceStep> Steps, EquatableArray<ValidationProblem> Problems)
{
    /// <summary>Returns the amount, or <c>unknown</c>.</summary>
    /// <returns>Short invariant text.</returns>
    public override string ToString() => Amount is { } a ? FinanceText.Amount(a) : "unknown";
}
