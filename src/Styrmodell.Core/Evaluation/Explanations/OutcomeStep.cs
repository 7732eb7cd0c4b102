using Styrmodell.Targets;
using Styrmodell.Time;

namespace Styrmodell.Evaluation;

/// <summary>The outcome an indicator was assessed with, or why it has none.</summary>
/// <param name="IndicatorId">The indicator node.</param>
/// <param name="Period">The period evaluated.</param>
/// <param name="Breakdown">The breakdown used: always the total (outcomes per gender or disaggregation do not count).</param>
/// <param name="Finding">What was found.</param>
/// <param name="Value">The value assessed (pooled and scaled for a ratio), or <see langword="null"/> when there is none.</param>
/// <param name="Numerator">A ratio's numerator (summed when pooled), else <see langword="null"/>.</param>
/// <param name="Denominator">A ratio's denominator (summed when pooled), else <see langword="null"/>.</param>
/// <param name="Parts">How many outcomes were pooled (0 unless pooled).</param>
/// <param name="Dropped">How many outcomes within the period were dropped from pooling for want of a value.</param>
/// <param name="Status">The outcome's status (final or preliminary) when one outcome was used, else <see langword="null"/>.</param>
/// <param name="Source">The outcome's source, else the indicator's, or <see langword="null"/>.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record OutcomeStep(
    string IndicatorId, ReportingPeriod Period, Gender Breakdown, OutcomeFinding Finding, decimal? Value,
    decimal? Numerator, decimal? Denominator, int Parts, int Dropped, OutcomeStatus? Status, string? Source) : ExplanationStep
{
    /// <inheritdoc/>
    public override ExplanationStepKind Kind => ExplanationStepKind.Outcome;

    /// <summary>Gets how many draft outcomes for the period or within it were left out (<see cref="EvaluationOptions.ExcludeDrafts"/>).</summary>
    public int DraftsLeftOut { get; init; }

    /// <summary>
    /// Gets, for every value of every dimension the indicator defines (<see cref="Indicator.Dimensions"/>), its outcomes
    /// within the period pooled; the total above is assessed as if they were not there.
    /// </summary>
    /// <value>Default empty: the indicator defines no dimensions.</value>
    public Collections.EquatableArray<DisaggregationOutcome> Disaggregations { get; init; }

    /// <summary>
    /// Gets how many contributing indicators' outcomes were added to the indicator's (<see cref="Indicator.Contributors"/>,
    /// down the chain), or 0 when it has none.
    /// </summary>
    public int Contributors { get; init; }

    /// <summary>Gets whether the value is a forecast.</summary>
    public bool IsForecast => Finding == OutcomeFinding.Forecast;

    /// <summary>Gets the provenance of the outcome used (for pooled outcomes: illustrative when any part is): illustrative or not, and where it comes from.</summary>
    /// <value>Default <see langword="null"/>: not stated.</value>
    public Sources.Provenance? Provenance { get; init; }
}
