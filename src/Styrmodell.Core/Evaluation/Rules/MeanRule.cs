namespace Styrmodell.Evaluation.Rules;

/// <summary>
/// The plain mean of the inputs' scores, every input counting once whatever its link weight (Decidim's average of
/// children, Open SDG's mean of series scores), placed on the scale by the categories' minimum scores.
/// </summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record MeanRule : RollUpRule
{
    internal override RuleOutcome Apply(in RollUpInputs x, bool explain)
    {
        double sum = 0;
        foreach (var input in x.Used)
        {
            sum += input.Score;
        }

        var mean = sum / x.Used.Length;
        var score = x.Clamp ? Math.Clamp(mean, 0.0, 1.0) : mean;
        return new(x.Scale.IndexFor(score), score,
            explain ? new RuleStep(RuleKind.Mean, x.Used.Length, score) : null);
    }
}
