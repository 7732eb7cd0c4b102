namespace Styrmodell.Evaluation.Rules;

/// <summary>Nothing is computed: the node is assessed by its owner's manual assessment only.</summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record ManualOnlyRule : RollUpRule
{
    internal override RuleOutcome Apply(in RollUpInputs x, bool explain) =>
        RuleOutcome.NotAssessed(NotAssessedReason.ManualOnly, explain);
}
