namespace Styrmodell.Evaluation.Rules;

/// <summary>The best input's category; the score is the highest input score.</summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record BestOfRule : RollUpRule
{
    internal override RuleOutcome Apply(ReadOnlySpan<RuleInput> inputs, AssessmentScale scale, bool explain)
    {
        var best = int.MaxValue;
        var score = 0.0;
        foreach (var input in inputs)
        {
            best = Math.Min(best, input.Category);
            score = Math.Max(score, input.Score);
        }

        return new(best, score, explain ? $"best of {inputs.Length}: {scale.Categories[best].Label}" : null);
    }
}
