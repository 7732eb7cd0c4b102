namespace Styrmodell.Evaluation.Rules;

/// <summary>
/// How a node's result follows from the results of the nodes that feed it (children and contributors), as data:
/// <see cref="WeightedMeanRule"/>, <see cref="WorstOfRule"/>, <see cref="BestOfRule"/>, <see cref="ShareMetRule"/>,
/// <see cref="AllMetRule"/>, <see cref="MajorityRule"/>, <see cref="ManualOnlyRule"/>, <see cref="MeanRule"/>,
/// <see cref="PointsRule"/>.
/// </summary>
/// <remarks>Every rule depends only on weight ratios and the set of inputs, never on their order.</remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public abstract record RollUpRule
{
    private protected RollUpRule()
    {
    }

    /// <summary>Applies the rule to assessed inputs (at least one, positive total weight); not-concerned ones come apart.</summary>
    internal abstract RuleOutcome Apply(in RollUpInputs x, bool explain);

    /// <summary>Gets the share of the total weight carried by met inputs.</summary>
    private protected static (double Share, int Met) ShareMet(ReadOnlySpan<RuleInput> inputs, AssessmentScale scale)
    {
        double met = 0, total = 0;
        var count = 0;
        foreach (var input in inputs)
        {
            total += input.Weight;
            if (scale.Categories[input.Category].IsMet)
            {
                met += input.Weight;
                count++;
            }
        }

        return (met / total, count);
    }

    private protected static int FirstMet(AssessmentScale scale)
    {
        for (var i = 0; i < scale.Categories.Count; i++)
        {
            if (scale.Categories[i].IsMet)
            {
                return i;
            }
        }

        return 0;
    }
}
