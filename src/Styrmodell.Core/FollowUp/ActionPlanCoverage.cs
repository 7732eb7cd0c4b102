using Ardalis.GuardClauses;
using Styrmodell.Evaluation;
using Styrmodell.Model;

namespace Styrmodell.FollowUp;

/// <summary>Which deviating goals have action plans: the follow-up Arboga describes, concentrating on deviations and the plans made for them.</summary>
/// <threadsafety>Stateless; safe to call from any number of threads.</threadsafety>
public static class ActionPlanCoverage
{
    /// <summary>
    /// Lists every goal (a node at a <see cref="LevelRole.Goal"/> level) that the evaluation assessed into a category that
    /// does not count as met, with the action plans linked to it for an overlapping period.
    /// </summary>
    /// <param name="result">The evaluation.</param>
    /// <param name="followUp">The follow-up data holding the action plans.</param>
    /// <returns>The deviations, in the model's node order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> or <paramref name="followUp"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<GoalDeviation> Deviations(EvaluationResult result, FollowUpData followUp)
    {
        Guard.Against.Null(result);
        Guard.Against.Null(followUp);
        var model = result.Model;
        var notAssessed = result.Options.Scale.NotAssessed;
        var deviations = new List<GoalDeviation>();
        foreach (var node in model.Nodes)
        {
            if (model.LevelOf(node.Id).Role != LevelRole.Goal)
            {
                continue;
            }

            var category = result.CategoryOf(node.Id);
            if (category != notAssessed && !category.IsMet)
            {
                deviations.Add(new(node.Id, category, [.. followUp.ActionPlansFor(node.Id, result.Period).Select(p => p.Id)]));
            }
        }

        return deviations;
    }
}
