namespace Styrmodell.Evaluation;

/// <summary>One point of a piecewise-linear curve that turns a measure (such as a growth ratio) into a score.</summary>
/// <param name="Measure">The measure, e.g. 0.95 (95 % of the growth needed).</param>
/// <param name="Score">The score it gives, in [0, 1].</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public readonly record struct ScorePoint(double Measure, double Score);
