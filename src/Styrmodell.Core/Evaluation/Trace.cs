using Styrmodell.Collections;

namespace Styrmodell.Evaluation;

/// <summary>
/// Why a node got its result: the rule and what it found, the inputs with their weights and use, and notes on
/// targets, outcomes, missing data, forecasts and manual assessments.
/// </summary>
/// <param name="Category">The result's category.</param>
/// <param name="Finding">What the rule found, e.g. <c>2 of 3 met (67 %) ≥ 50 %</c>.</param>
/// <param name="Inputs">The roll-up's inputs (empty for an indicator).</param>
/// <param name="Notes">Further notes in order: target and outcome, missing data, coverage, forecast, manual assessment.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record Trace(AssessmentCategory Category, string Finding, EquatableArray<TraceInput> Inputs, EquatableArray<string> Notes)
{
    /// <summary>Renders the trace as one line: <c>Delvis uppfyllt: 2 of 3 met (67 %) ≥ 50 %; i3 missing for 2024, excluded</c>.</summary>
    /// <returns>The plain-text explanation.</returns>
    public string ToText() => string.Join("; ", Notes.Prepend($"{Category.Label}: {Finding}"));

    /// <summary>Returns <see cref="ToText"/>.</summary>
    /// <returns>The plain-text explanation.</returns>
    public override string ToString() => ToText();
}
