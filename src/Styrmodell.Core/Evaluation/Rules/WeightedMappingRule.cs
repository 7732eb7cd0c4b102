namespace Styrmodell.Evaluation.Rules;

/// <summary>
/// A node scored from the nodes it is mapped from — origin nodes in another structure that contribute to it
/// (<see cref="Model.Node.Contributions"/>), each contribution's weight the mapping's weight. Each origin weighs its own
/// points (its link weight to its own parent) × the mapping's weight, whatever points it lost below; the node's score is
/// the mean of the origins' scores by those weights, and its points are its own points × that score.
/// </summary>
/// <remarks>
/// This is territoires-en-transitions' score of a referential's action from its origin actions in older referentials
/// (<c>score-from-origines.rules.ts</c>): ratio = the node's points ÷ Σ origin points × weight, points done = ratio ×
/// Σ origin share done × origin points × weight. The rule is a roll-up over the node's inputs: map a node only from its
/// origins (give it no children of assessed roles). A not-concerned origin is left out of both sums when
/// <see cref="LeaveOutNotConcerned"/> (TeT's switch to the new referential, <c>filterOriginesConcernees</c>), else its
/// points stay in the total with nothing done (TeT's score computation, <c>scores.service.ts</c>). See docs/presets.md.
/// </remarks>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record WeightedMappingRule : RollUpRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="leaveOutNotConcerned">Whether not-concerned origins are left out rather than counted with nothing done.</param>
    public WeightedMappingRule(bool leaveOutNotConcerned) => LeaveOutNotConcerned = leaveOutNotConcerned;

    /// <summary>Gets whether not-concerned origins are left out, rather than counted with their points and nothing done.</summary>
    public bool LeaveOutNotConcerned { get; }

    internal override RuleOutcome Apply(in RollUpInputs x, bool explain)
    {
        // The inputs' weights are already origin points × mapping weight (NodeEvaluator.RollUp); sums in canonical order.
        double total = 0, done = 0;
        foreach (var input in x.Used)
        {
            total += input.Weight;
            done += input.Weight * input.Score;
        }

        if (!LeaveOutNotConcerned)
        {
            foreach (var input in x.NotConcerned)
            {
                total += input.Weight;
            }
        }

        var score = x.Clamp ? Math.Clamp(done / total, 0.0, 1.0) : done / total;
        var why = explain ? new RuleStep(RuleKind.WeightedMapping, x.Used.Length, score) { OriginPoints = total } : null;
        return new(x.Scale.IndexFor(score), score, why);
    }
}
