namespace Styrmodell.Evaluation;

/// <summary>The result rests on a forecast: the node's own outcome, or an input's result, is one.</summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record ForecastStep : ExplanationStep
{
    /// <inheritdoc/>
    public override ExplanationStepKind Kind => ExplanationStepKind.Forecast;
}
