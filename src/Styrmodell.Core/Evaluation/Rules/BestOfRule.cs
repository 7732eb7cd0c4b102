namespace Styrmodell.Evaluation.Rules;

/// <summary>The best input's category; the score is the highest input score.</summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record BestOfRule : RollUpRule
{
    internal override RuleOutcome Apply(in RollUpInputs x, bool explain)
    {
        var best = int.MaxValue;
        var score = double.NegativeInfinity;
        foreach (var input in x.Used)
        {
            best = Math.Min(best, input.Category);
            score = Math.Max(score, input.Score);
        }

        return new(best, score, explain ? new RuleStep(RuleKind.BestOf, x.Used.Length, score) { CategoryId = x.Scale.Categories[best].Id } : null);
    }
}
