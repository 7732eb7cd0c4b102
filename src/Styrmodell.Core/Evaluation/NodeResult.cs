using Styrmodell.Model;
namespace Styrmodell.Evaluation;

/// <summary>One node's evaluation result, with the computed and manual assessments both kept, and its explanation as data.</summary>
/// <param name="NodeId">The node.</param>
/// <param name="Category">The result's category (the manual one when it overrides; the not-assessed category when not concerned).</param>
/// <param name="Score">
/// The score, or <see langword="null"/> when there is none (not assessed, not concerned, or overridden manually); in
/// [0, 1] unless <see cref="EvaluationOptions.ClampScores"/> is off.
/// </param>
/// <param name="Coverage">The weighted share of inputs assessed (for an indicator: 1 when it has an outcome, else 0).</param>
/// <param name="Computed">The computed category.</param>
/// <param name="Manual">The manual assessment that applies, or <see langword="null"/>.</param>
/// <param name="IsForecast">Whether the result rests on forecast outcomes.</param>
/// <param name="Explanation">Why, as typed steps and inputs; reports turn it into words.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record NodeResult(
    string NodeId, AssessmentCategory Category, double? Score, double Coverage, AssessmentCategory Computed,
    ManualAssessment? Manual, bool IsForecast, Explanation Explanation)
{
    /// <summary>Gets whether the node is not concerned: a not-concerned status, or every input not concerned.</summary>
    /// <value>Default <see langword="false"/>.</value>
    public bool IsNotConcerned { get; init; }

    /// <summary>
    /// Gets the share of the node's points still available after not-concerned items below it that were not shared out
    /// (see <see cref="Rules.PointsRule"/>): 1 unless points were lost, 0 when not concerned. The node's available points
    /// are its link weight times this share; its awarded points are those times <see cref="Score"/>.
    /// </summary>
    /// <value>Default 1.</value>
    public double AvailableShare { get; init; } = 1.0;

    /// <summary>Gets, for an indicator, the outcome value it was assessed with (pooled and scaled for a ratio), else <see langword="null"/>.</summary>
    /// <value>Default <see langword="null"/>.</value>
    public decimal? Value { get; init; }
}
