namespace Styrmodell.Evaluation.Rules;

/// <summary>The worst input's category; the score is the lowest input score.</summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record WorstOfRule : RollUpRule
{
    internal override RuleOutcome Apply(ReadOnlySpan<RuleInput> inputs, AssessmentScale scale, bool explain)
    {
        int worst = 0;
        var score = 1.0;
        foreach (var input in inputs)
        {
            worst = Math.Max(worst, input.Category);
            score = Math.Min(score, input.Score);
        }

        return new(worst, score, explain ? $"worst of {inputs.Length}: {scale.Categories[worst].Label}" : null);
    }
}
