using System.Globalization;

namespace Styrmodell.Evaluation.Rules;

/// <summary>The weighted mean of the inputs' scores, placed on the scale by the categories' minimum scores.</summary>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record WeightedMeanRule : RollUpRule
{
    internal override RuleOutcome Apply(ReadOnlySpan<RuleInput> inputs, AssessmentScale scale, bool explain)
    {
        double sum = 0, total = 0;
        foreach (var input in inputs)
        {
            sum += input.Weight * input.Score;
            total += input.Weight;
        }

        var score = Math.Clamp(sum / total, 0.0, 1.0);
        return new(scale.IndexFor(score), score,
            explain ? string.Create(CultureInfo.InvariantCulture, $"weighted mean of {inputs.Length} scores = {score:0.###}") : null);
    }
}
