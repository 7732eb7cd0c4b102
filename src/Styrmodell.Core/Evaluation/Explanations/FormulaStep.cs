using Styrmodell.Collections;
using Styrmodell.Targets;
using Styrmodell.Time;

namespace Styrmodell.Evaluation;

/// <summary>
/// A derived indicator's outcome, computed by its formula from other indicators' values for the period: the formula,
/// every input with its value (or none), and the value computed or why there is none. It takes the place of the
/// <see cref="OutcomeStep"/> of an indicator with reported outcomes.
/// </summary>
/// <param name="IndicatorId">The derived indicator.</param>
/// <param name="Period">The period evaluated.</param>
/// <param name="Formula">The formula.</param>
/// <param name="Inputs">The indicators read, each once, ordered by id.</param>
/// <param name="Finding">What the formula gave.</param>
/// <param name="Value">The value computed, or <see langword="null"/> when there is none.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record FormulaStep(
    string IndicatorId, ReportingPeriod Period, Formula Formula, EquatableArray<FormulaInputValue> Inputs, FormulaFinding Finding, decimal? Value) : ExplanationStep
{
    /// <inheritdoc/>
    public override ExplanationStepKind Kind => ExplanationStepKind.Formula;

    /// <summary>Gets the required inputs without a value for the period, which leave the formula without one.</summary>
    public IEnumerable<string> MissingRequired => Inputs.AsSpan().ToArray().Where(i => i.Value is null && !i.IsOptional).Select(i => i.IndicatorId);

    /// <summary>Gets the optional inputs without a value for the period, counted as 0 (TeT's <c>calculAutoIdentifiantsManquants</c>).</summary>
    public IEnumerable<string> MissingOptional => Inputs.AsSpan().ToArray().Where(i => i.CountedAsZero).Select(i => i.IndicatorId);

    /// <summary>Gets whether the value rests on a forecast of an input.</summary>
    public bool IsForecast => Value is not null && Inputs.AsSpan().ToArray().Any(i => i.IsForecast && i.Value is not null);

    /// <summary>Gets the provenance of the values used: illustrative when any input's outcome is.</summary>
    /// <value>Default <see langword="null"/>: not stated.</value>
    public Sources.Provenance? Provenance { get; init; }
}
