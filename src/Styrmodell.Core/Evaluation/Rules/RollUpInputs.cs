namespace Styrmodell.Evaluation.Rules;

/// <summary>
/// What a roll-up rule works on: the assessed inputs (at least one, positive total weight), the not-concerned inputs
/// (for rules that share out their points), the scale, and whether scores are kept to [0, 1].
/// </summary>
internal readonly ref struct RollUpInputs(ReadOnlySpan<RuleInput> used, ReadOnlySpan<RuleInput> notConcerned, AssessmentScale scale, bool clamp)
{
    public ReadOnlySpan<RuleInput> Used { get; } = used;

    public ReadOnlySpan<RuleInput> NotConcerned { get; } = notConcerned;

    public AssessmentScale Scale { get; } = scale;

    public bool Clamp { get; } = clamp;
}
