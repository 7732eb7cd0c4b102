namespace Styrmodell.Evaluation;

public sealed partial class EvaluationResult
{
    /// <summary>
    /// Gets one node's result as a report shows it: the score as a percentage and the indicator value, each rounded once
    /// by <see cref="EvaluationOptions.Rounding"/>. Nothing else in the evaluation is rounded.
    /// </summary>
    /// <param name="nodeId">The node's id.</param>
    /// <returns>The presented result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nodeId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The model has no node with that id.</exception>
    public PresentedResult Present(string nodeId)
    {
        var result = this[nodeId];
        var rounding = Options.Rounding;
        return new PresentedResult(
            result.NodeId,
            result.Category,
            result.Score is { } score ? rounding.Percent(score) : null,
            result.Value is { } value ? rounding.Round(value) : null,
            rounding);
    }
}
