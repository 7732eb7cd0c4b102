namespace Styrmodell.Evaluation.Rules;

/// <summary>Met when more than half the inputs (by weight) are met; otherwise the worst category. The score is the share met.</summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record MajorityRule : RollUpRule
{
    internal override RuleOutcome Apply(ReadOnlySpan<RuleInput> inputs, AssessmentScale scale, bool explain)
    {
        var (share, met) = ShareMet(inputs, scale);
        return new(share > 0.5 ? FirstMet(scale) : scale.Categories.Count - 1, share,
            explain ? $"{met} of {inputs.Length} met ({Percent(share)}); a majority must be met" : null);
    }
}
