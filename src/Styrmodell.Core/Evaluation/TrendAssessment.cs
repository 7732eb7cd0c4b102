namespace Styrmodell.Evaluation;

/// <summary>Whether an indicator's trend of outcomes reaches its target in time, or why that cannot be said.</summary>
/// <param name="OnTrack"><see langword="true"/> or <see langword="false"/>, or <see langword="null"/> when it cannot be assessed.</param>
/// <param name="TargetYear">The year the target is to be reached (a mandate-period target's last year, else the period's year).</param>
/// <param name="Projected">The outcome the trend projects for <paramref name="TargetYear"/>, or <see langword="null"/>.</param>
/// <param name="Explanation">Why, in one line.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record TrendAssessment(bool? OnTrack, int TargetYear, decimal? Projected, string Explanation);
