using Styrmodell.Time;

namespace Styrmodell.Evaluation;

/// <summary>One indicator a formula reads, with the value it had for the period, if any.</summary>
/// <param name="IndicatorId">The indicator read.</param>
/// <param name="IsOptional">Whether a missing value counts as 0 (read only optionally wherever the formula reads it).</param>
/// <param name="Period">The period whose value was read.</param>
/// <param name="Value">The value read (a ratio's scaled, a derived indicator's computed), or <see langword="null"/> when it has none.</param>
/// <param name="IsForecast">Whether the value is a forecast.</param>
/// <param name="IsDerived">Whether the indicator read is itself derived from a formula.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record FormulaInputValue(string IndicatorId, bool IsOptional, ReportingPeriod Period, decimal? Value, bool IsForecast, bool IsDerived)
{
    /// <summary>Gets whether the input is missing and optional, so counted as 0.</summary>
    public bool CountedAsZero => Value is null && IsOptional;
}
