namespace Styrmodell.Evaluation.Rules;

/// <summary>Met when more than half the inputs (by weight) are met; otherwise the worst category. The score is the share met.</summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record MajorityRule : RollUpRule
{
    internal override RuleOutcome Apply(in RollUpInputs x, bool explain)
    {
        var (share, met) = ShareMet(x.Used, x.Scale);
        return new(share > 0.5 ? FirstMet(x.Scale) : x.Scale.Categories.Count - 1, share,
            explain ? new RuleStep(RuleKind.Majority, x.Used.Length, share) { Met = met, Share = share } : null);
    }
}
