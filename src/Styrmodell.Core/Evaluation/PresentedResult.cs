namespace Styrmodell.Evaluation;

/// <summary>A node's result as a report shows it (see <see cref="EvaluationResult.Present"/>).</summary>
/// <param name="NodeId">The node.</param>
/// <param name="Category">The result's category.</param>
/// <param name="ScorePercent">The score × 100, rounded, or <see langword="null"/> when there is no score.</param>
/// <param name="Value">For an indicator, the outcome value assessed, rounded; else <see langword="null"/>.</param>
/// <param name="Rounding">The rounding rule applied.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record PresentedResult(string NodeId, AssessmentCategory Category, decimal? ScorePercent, decimal? Value, Rounding Rounding);
