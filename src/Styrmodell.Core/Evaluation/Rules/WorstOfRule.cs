namespace Styrmodell.Evaluation.Rules;

/// <summary>The worst input's category; the score is the lowest input score.</summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record WorstOfRule : RollUpRule
{
    internal override RuleOutcome Apply(in RollUpInputs x, bool explain)
    {
        int worst = 0;
        var score = double.PositiveInfinity;
        foreach (var input in x.Used)
        {
            worst = Math.Max(worst, input.Category);
            score = Math.Min(score, input.Score);
        }

        return new(worst, score, explain ? new RuleStep(RuleKind.WorstOf, x.Used.Length, score) { CategoryId = x.Scale.Categories[worst].Id } : null);
    }
}
