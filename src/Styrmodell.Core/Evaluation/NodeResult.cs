namespace Styrmodell.Evaluation;

/// <summary>One node's evaluation result, with the computed and manual assessments both kept, and its trace.</summary>
/// <param name="NodeId">The node.</param>
/// <param name="Category">The result's category (the manual one when it overrides).</param>
/// <param name="Score">The score in [0, 1], or <see langword="null"/> when there is none (not assessed, or overridden manually).</param>
/// <param name="Coverage">The weighted share of inputs assessed (for an indicator: 1 when it has an outcome, else 0).</param>
/// <param name="Computed">The computed category.</param>
/// <param name="Manual">The manual assessment that applies, or <see langword="null"/>.</param>
/// <param name="IsForecast">Whether the result rests on forecast outcomes.</param>
/// <param name="Trace">Why.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record NodeResult(
    string NodeId, AssessmentCategory Category, double? Score, double Coverage, AssessmentCategory Computed,
    ManualAssessment? Manual, bool IsForecast, Trace Trace);
