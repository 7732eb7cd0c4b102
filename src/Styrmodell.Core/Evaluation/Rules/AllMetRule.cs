namespace Styrmodell.Evaluation.Rules;

/// <summary>Met (the scale's first met category) only when every input is met; otherwise the worst category. The score is the share met.</summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record AllMetRule : RollUpRule
{
    internal override RuleOutcome Apply(ReadOnlySpan<RuleInput> inputs, AssessmentScale scale, bool explain)
    {
        var (share, met) = ShareMet(inputs, scale);
        var all = met == inputs.Length;
        return new(all ? FirstMet(scale) : scale.Categories.Count - 1, share,
            explain ? $"{met} of {inputs.Length} met; all must be met" : null);
    }
}
