using Styrmodell.Collections;

namespace Styrmodell.Evaluation;

/// <summary>A node's result as a report shows it (see <see cref="EvaluationResult.Present"/>).</summary>
/// <param name="NodeId">The node.</param>
/// <param name="Category">The result's category.</param>
/// <param name="ScorePercent">The score × 100, rounded, or <see langword="null"/> when there is no score.</param>
/// <param name="Value">For an indicator, the outcome value assessed, rounded; else <see langword="null"/>.</param>
/// <param name="Rounding">The rounding rule applied to the score (<see cref="EvaluationOptions.RoundingFor"/> <see cref="PresentedQuantity.Score"/>).</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record PresentedResult(string NodeId, AssessmentCategory Category, decimal? ScorePercent, decimal? Value, Rounding Rounding)
{
    /// <summary>Gets, under a points rule, the points awarded, rounded by <see cref="PresentedQuantity.Points"/>' rounding; else <see langword="null"/>.</summary>
    public decimal? PointsAwarded { get; init; }

    /// <summary>Gets, under a points rule, the points available, rounded by <see cref="PresentedQuantity.Points"/>' rounding; else <see langword="null"/>.</summary>
    public decimal? PointsAvailable { get; init; }

    /// <summary>Gets, for an indicator with a baseline and one target, the way done (<see cref="ScoreStep.Done"/>), rounded by <see cref="PresentedQuantity.Progress"/>' rounding.</summary>
    public decimal? Done { get; init; }

    /// <summary>Gets the whole way (<see cref="ScoreStep.Total"/>), rounded by <see cref="PresentedQuantity.Progress"/>' rounding.</summary>
    public decimal? Total { get; init; }

    /// <summary>Gets what is left to the target (<see cref="ScoreStep.DistanceToTarget"/>), rounded by <see cref="PresentedQuantity.Progress"/>' rounding.</summary>
    public decimal? Remaining { get; init; }

    /// <summary>Gets the rounding of each kind of number as applied, so that a report can state it.</summary>
    public EquatableArray<QuantityRounding> Roundings { get; init; }
}
