namespace Styrmodell.Evaluation;

/// <summary>
/// Nothing feeds the node, and an empty roll-up counts as 0 (<see cref="EvaluationOptions.EmptyRollUpIsZero"/>) — as an
/// empty plan or an objective without key results is 0 % in the systems that do so.
/// </summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record EmptyRollUpStep : ExplanationStep
{
    /// <inheritdoc/>
    public override ExplanationStepKind Kind => ExplanationStepKind.EmptyRollUp;
}
