namespace Styrmodell.Evaluation.Rules;

/// <summary>Met (the scale's first met category) only when every input is met; otherwise the worst category. The score is the share met.</summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record AllMetRule : RollUpRule
{
    internal override RuleOutcome Apply(in RollUpInputs x, bool explain)
    {
        var (share, met) = ShareMet(x.Used, x.Scale);
        var all = met == x.Used.Length;
        return new(all ? FirstMet(x.Scale) : x.Scale.Categories.Count - 1, share,
            explain ? new RuleStep(RuleKind.AllMet, x.Used.Length, share) { Met = met, Share = share } : null);
    }
}
