namespace Styrmodell.Evaluation;

/// <summary>What a derived indicator's formula gave for the period (see <see cref="FormulaStep"/>).</summary>
public enum FormulaFinding
{
    /// <summary>A value, computed from the inputs' values (missing optional inputs counted as 0).</summary>
    Computed,

    /// <summary>No value: a required input has no value for the period (<see cref="FormulaStep.MissingRequired"/> names them).</summary>
    RequiredInputMissing,

    /// <summary>No value: none of the inputs has a value for the period, so the formula would only compute from zeros and constants.</summary>
    NoInputValue,

    /// <summary>No value: the formula divides by 0 for the period's values.</summary>
    DivisionByZero,

    /// <summary>No value: a choice's condition does not hold and the choice gives nothing otherwise.</summary>
    NoBranch,

    /// <summary>No value: a result does not fit in a decimal.</summary>
    Overflow,
}
