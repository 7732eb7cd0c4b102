namespace Styrmodell.Evaluation;

/// <summary>Why a node has no result.</summary>
/// <param name="Reason">The reason.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record NotAssessedStep(NotAssessedReason Reason) : ExplanationStep
{
    /// <inheritdoc/>
    public override ExplanationStepKind Kind => ExplanationStepKind.NotAssessed;
}
