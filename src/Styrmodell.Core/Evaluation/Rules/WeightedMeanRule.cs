namespace Styrmodell.Evaluation.Rules;

/// <summary>The weighted mean of the inputs' scores, placed on the scale by the categories' minimum scores.</summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record WeightedMeanRule : RollUpRule
{
    internal override RuleOutcome Apply(in RollUpInputs x, bool explain)
    {
        double sum = 0, total = 0;
        foreach (var input in x.Used)
        {
            sum += input.Weight * input.Score;
            total += input.Weight;
        }

        var score = x.Clamp ? Math.Clamp(sum / total, 0.0, 1.0) : sum / total;
        return new(x.Scale.IndexFor(score), score,
            explain ? new RuleStep(RuleKind.WeightedMean, x.Used.Length, score) : null);
    }
}
