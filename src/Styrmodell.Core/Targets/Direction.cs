namespace Styrmodell.Targets;

/// <summary>Which outcomes are better for an indicator.</summary>
public enum Direction
{
    /// <summary>Higher outcomes are better; the target is a floor.</summary>
    HigherIsBetter,

    /// <summary>Lower outcomes are better; the target is a ceiling.</summary>
    LowerIsBetter,

    /// <summary>Outcomes within a range are good; the target is a <see cref="RangeLevel"/>.</summary>
    WithinRange,

    /// <summary>Only the exact target value is good.</summary>
    Exact,

    /// <summary>
    /// Not stated by the source (Open SDG's indicator configuration may leave it out): the evaluation's
    /// <see cref="Evaluation.EvaluationOptions.DefaultDirection"/> applies, and without one the indicator is not assessed.
    /// </summary>
    Unstated,
}
