using Styrmodell.Time;

namespace Styrmodell.Evaluation;

/// <summary>A missing outcome counted at the indicator's baseline (<see cref="MissingOutcomePolicy.AtBaseline"/>).</summary>
/// <param name="Value">The baseline value used as the outcome.</param>
/// <param name="Period">The baseline's period.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record CountedAtBaselineStep(decimal Value, ReportingPeriod Period) : ExplanationStep
{
    /// <inheritdoc/>
    public override ExplanationStepKind Kind => ExplanationStepKind.CountedAtBaseline;
}
