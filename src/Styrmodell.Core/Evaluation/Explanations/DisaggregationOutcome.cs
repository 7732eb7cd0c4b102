namespace Styrmodell.Evaluation;

/// <summary>
/// One disaggregation value's outcomes within the period evaluated, pooled as Akvo RSR pools a period's
/// disaggregations (<c>DisaggregationAggregation.aggregate</c>): the approved outcomes' values summed, their numerators
/// summed and their denominators summed. No percentage is computed per disaggregation, as Akvo computes none.
/// </summary>
/// <param name="DimensionId">The dimension's id, e.g. <c>age</c>.</param>
/// <param name="DimensionLabel">The dimension's name from the indicator's definition.</param>
/// <param name="ValueId">The value's id, e.g. <c>15-24</c>.</param>
/// <param name="ValueLabel">The value's label from the indicator's definition.</param>
/// <param name="Value">The values summed (counts and amounts; a percentage or index value is the period's own), or <see langword="null"/> when none was given.</param>
/// <param name="Numerator">The numerators summed, or <see langword="null"/> when none was given.</param>
/// <param name="Denominator">The denominators summed, or <see langword="null"/> when none was given.</param>
/// <param name="Parts">How many outcomes with a value were summed.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record DisaggregationOutcome(
    string DimensionId, string DimensionLabel, string ValueId, string ValueLabel, decimal? Value, decimal? Numerator, decimal? Denominator, int Parts)
{
    /// <summary>Gets how many draft outcomes of this value were left out (<see cref="EvaluationOptions.ExcludeDrafts"/>).</summary>
    public int DraftsLeftOut { get; init; }
}
