namespace Styrmodell.Evaluation;

/// <summary>How an indicator's outcome became a score against its target.</summary>
/// <param name="Basis">The score basis configured.</param>
/// <param name="Method">How the score was computed, or why it could not be.</param>
/// <param name="Score">The score, or <see langword="null"/> when there is none.</param>
/// <param name="DistanceToTarget">
/// How far the outcome still is from the target in the indicator's unit (0 when reached; for a range, to its nearer
/// end), or <see langword="null"/>.
/// </param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record ScoreStep(ScoreBasis Basis, ScoreMethod Method, double? Score, decimal? DistanceToTarget) : ExplanationStep
{
    /// <inheritdoc/>
    public override ExplanationStepKind Kind => ExplanationStepKind.Score;

    /// <summary>
    /// Gets the way done from the baseline towards the target, in the indicator's unit (okr-tracker's completed
    /// "tasks"): outcome − baseline for a target above the baseline, baseline − outcome otherwise; counted from 0 for a
    /// target above the baseline when <see cref="EvaluationOptions.CountRisingProgressFromZero"/>. <see langword="null"/>
    /// without a baseline or for a range target.
    /// </summary>
    public decimal? Done { get; init; }

    /// <summary>
    /// Gets the whole way from the baseline to the target, in the indicator's unit (okr-tracker's total "tasks"):
    /// |target − baseline|, or the target itself for a target above the baseline when
    /// <see cref="EvaluationOptions.CountRisingProgressFromZero"/>. <see langword="null"/> without a baseline or for a
    /// range target. What is left is <see cref="DistanceToTarget"/>.
    /// </summary>
    public decimal? Total { get; init; }
}
