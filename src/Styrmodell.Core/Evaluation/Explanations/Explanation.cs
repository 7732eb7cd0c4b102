using Styrmodell.Collections;

namespace Styrmodell.Evaluation;

/// <summary>
/// Why a node got its result, as data: the steps in the order they were taken (outcome, target, score; or missing
/// data, rule; then forecast and manual assessment) and, for a roll-up, its inputs with their weights and use.
/// Built on request from the evaluation's stored numbers by the same code that computed them.
/// </summary>
/// <param name="Steps">The steps, in order.</param>
/// <param name="Inputs">The roll-up's inputs (empty for an indicator or a reported status).</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record Explanation(EquatableArray<ExplanationStep> Steps, EquatableArray<ExplanationInput> Inputs)
{
    /// <summary>Finds the first step of a type.</summary>
    /// <typeparam name="TStep">The step type, e.g. <see cref="TargetStep"/>.</typeparam>
    /// <returns>The step, or <see langword="null"/> when there is none.</returns>
    public TStep? Find<TStep>()
        where TStep : ExplanationStep
    {
        foreach (var step in Steps)
        {
            if (step is TStep found)
            {
                return found;
            }
        }

        return null;
    }
}
