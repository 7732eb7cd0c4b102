using Styrmodell.Targets;

namespace Styrmodell.Evaluation;

/// <summary>The target in force for the year assessed.</summary>
/// <param name="Direction">Which way is better.</param>
/// <param name="Value">The target value (a range's low end), or <see langword="null"/> when it could not be resolved.</param>
/// <param name="UpperValue">A range's high end, else <see langword="null"/>.</param>
/// <param name="Year">The year the target is for (for growth rates, the year it is to be reached).</param>
/// <param name="Scope">The decided target's scope: a year or a mandate period.</param>
/// <param name="Decision">The decision behind it (for a derived target, the decision of the target it is derived from).</param>
/// <param name="Origin">Whether the value was decided or derived.</param>
/// <param name="Derivation">How a derived value was derived (<see cref="TargetDerivation.None"/> for a decided one).</param>
/// <param name="Baseline">The indicator's baseline, or <see langword="null"/>.</param>
/// <threadsafety>Immutable and safe to share between threads.</threadsafety>
public sealed record TargetStep(
    Direction Direction, decimal? Value, decimal? UpperValue, int Year, TargetScope Scope, Decision Decision,
    TargetOrigin Origin, TargetDerivation Derivation, Baseline? Baseline) : ExplanationStep
{
    /// <inheritdoc/>
    public override ExplanationStepKind Kind => ExplanationStepKind.Target;

    /// <summary>
    /// Gets whether the indicator does not state its direction, so that <see cref="Direction"/> is the evaluation's
    /// <see cref="EvaluationOptions.DefaultDirection"/> (Open SDG's lower-is-better when none is configured).
    /// </summary>
    public bool DirectionIsDefault { get; init; }

    /// <summary>
    /// Gets the target's change from the baseline as a share of the baseline value — (target − baseline) ÷ baseline, e.g.
    /// −0.6 for a target of 40 against a baseline of 100 — territoires-en-transitions' variation against the reference
    /// year. <see langword="null"/> when the target is not resolved, there is no baseline, the baseline is 0, or the
    /// baseline's year is not before the target's.
    /// </summary>
    public double? VariationFromBaseline =>
        Value is { } target && Baseline is { } baseline && baseline.Value != 0 && baseline.Period.End.Year < Year
            ? Variation(target, baseline.Value)
            : null;

    /// <summary>Exact in decimals, and in doubles where decimals would overflow (values near ±7.9e28), so the getter never throws.</summary>
    private static double Variation(decimal target, decimal baseline)
    {
        try
        {
            return (double)((target - baseline) / baseline);
        }
        catch (OverflowException)
        {
            return ((double)target - (double)baseline) / (double)baseline;
        }
    }
}
