namespace Styrmodell.Evaluation;

/// <summary>
/// What a ratio indicator's outcome is when the numerators and denominators of its outcomes within the period are
/// pooled and the denominators sum to 0 — every part there lacks a value, or the denominators cancel out — or when the
/// period's one outcome has a denominator of 0 (<see cref="Targets.MeasuredValue.Parts"/>).
/// </summary>
public enum ZeroDenominatorPolicy
{
    /// <summary>No value: the indicator is not assessed (its explanation says the pooled denominator is 0).</summary>
    NoValue,

    /// <summary>The value 0, as Akvo RSR's <c>calculate_percentage</c> gives for a zero denominator.</summary>
    Zero,
}
