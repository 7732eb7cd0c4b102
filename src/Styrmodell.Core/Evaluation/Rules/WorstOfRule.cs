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

        return new(worst, score, explain ? $"worst of {x.Used.Length}: {x.Scale.Categories[worst].Label}" : null);
    }
}
