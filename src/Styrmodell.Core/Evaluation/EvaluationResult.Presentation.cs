namespace Styrmodell.Evaluation;

public sealed partial class EvaluationResult
{
    /// <summary>
    /// Gets one node's result as a report shows it: the score as a percentage, the indicator value, points and the way
    /// towards the target, each rounded once by its kind's rounding (<see cref="EvaluationOptions.RoundingFor"/>).
    /// Nothing else in the evaluation is rounded.
    /// </summary>
    /// <param name="nodeId">The node's id.</param>
    /// <returns>The presented result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nodeId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The model has no node with that id.</exception>
    public PresentedResult Present(string nodeId)
    {
        var result = this[nodeId];
        var (score, value, points, progress) = (Options.RoundingFor(PresentedQuantity.Score), Options.RoundingFor(PresentedQuantity.Value),
            Options.RoundingFor(PresentedQuantity.Points), Options.RoundingFor(PresentedQuantity.Progress));
        var rule = result.Explanation.Find<RuleStep>();
        var way = result.Explanation.Find<ScoreStep>();
        static decimal? Round(Rounding rounding, double? number) =>
            number is { } n && double.IsFinite(n) && Math.Abs(n) < 7.9e26 ? rounding.Round(Rounding.ToDecimal(n)) : null;
        return new PresentedResult(
            result.NodeId,
            result.Category,
            result.Score is { } s ? score.Percent(s) : null,
            result.Value is { } v ? value.Round(v) : null,
            score)
        {
            PointsAwarded = Round(points, rule?.PointsAwarded),
            PointsAvailable = Round(points, rule?.PointsAvailable),
            Done = way?.Done is { } done ? progress.Round(done) : null,
            Total = way?.Total is { } total ? progress.Round(total) : null,
            Remaining = way?.DistanceToTarget is { } left ? progress.Round(left) : null,
            Roundings = [new(PresentedQuantity.Score, score), new(PresentedQuantity.Value, value), new(PresentedQuantity.Points, points), new(PresentedQuantity.Progress, progress)],
        };
    }
}
