namespace Styrmodell.Evaluation;

/// <summary>Open SDG's progress measure: observed yearly growth against the growth needed to reach the target in time.</summary>
/// <param name="Finding">What was found.</param>
/// <param name="BaseYear">The baseline's year, or <see langword="null"/> when there is no baseline.</param>
/// <param name="BaseValue">The base value used (a zero substitute when the baseline is 0), or <see langword="null"/>.</param>
/// <param name="Year">The outcome's year.</param>
/// <param name="Value">The outcome.</param>
/// <param name="TargetYear">The year the target is to be reached.</param>
/// <param name="Target">The target value used (a zero substitute when the target is 0).</param>
/// <param name="ZeroSubstitute">The value that stood in for a base or target of 0, or <see langword="null"/>.</param>
/// <param name="ObservedRate">The observed compound yearly growth rate, or <see langword="null"/>.</param>
/// <param name="NeededRate">The compound yearly growth rate needed, or <see langword="null"/>.</param>
/// <param name="Ratio">Observed ÷ needed, signed so that the good direction is positive, or <see langword="null"/>.</param>
/// <param name="Score">The score, or <see langword="null"/>.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record GrowthStep(
    GrowthFinding Finding, int? BaseYear, decimal? BaseValue, int Year, decimal Value, int TargetYear, decimal Target,
    decimal? ZeroSubstitute, double? ObservedRate, double? NeededRate, double? Ratio, double? Score) : ExplanationStep
{
    /// <inheritdoc/>
    public override ExplanationStepKind Kind => ExplanationStepKind.Growth;
}
