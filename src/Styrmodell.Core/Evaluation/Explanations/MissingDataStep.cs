namespace Styrmodell.Evaluation;

/// <summary>Inputs of a roll-up that were not assessed, and the policy applied to them.</summary>
/// <param name="Policy">The missing-data policy in force for the node.</param>
/// <param name="Missing">How many inputs were not assessed (optional ones left out not counted).</param>
/// <param name="LeftOut">How many optional inputs were left out.</param>
/// <param name="Coverage">The weighted share of inputs assessed.</param>
/// <param name="MinimumCoverage">The least coverage required.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record MissingDataStep(MissingDataPolicy Policy, int Missing, int LeftOut, double Coverage, double MinimumCoverage) : ExplanationStep
{
    /// <inheritdoc/>
    public override ExplanationStepKind Kind => ExplanationStepKind.MissingData;
}
