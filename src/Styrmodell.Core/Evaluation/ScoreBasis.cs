namespace Styrmodell.Evaluation;

/// <summary>How an indicator's outcome becomes a score in [0, 1] against its target.</summary>
public enum ScoreBasis
{
    /// <summary>
    /// The outcome as a share of the target (outcome ÷ target when higher is better, target ÷ outcome when lower is
    /// better), capped at 1. With <see cref="AssessmentScale.EightyPercentRule"/> this is Vansbro's rule.
    /// </summary>
    ShareOfTarget,

    /// <summary>
    /// The share of the way from the baseline to the target that the outcome has come, capped to [0, 1]; falls back to
    /// <see cref="ShareOfTarget"/> when the indicator has no baseline (and says so in the explanation).
    /// </summary>
    ProgressFromBaseline,

    /// <summary>
    /// An absolute threshold: the score falls from 1 at the target to 0 at <see cref="EvaluationOptions.Tolerance"/>
    /// short of it, in the indicator's unit (e.g. with tolerance 2 percentage points and the default scale, partly met
    /// means at most 1 point short).
    /// </summary>
    AbsoluteShortfall,

    /// <summary>
    /// The share of the way from the baseline (the start) to the target: (outcome − baseline) ÷ (target − baseline),
    /// whichever way the target lies, as okr-tracker computes a key result's progress. A baseline equal to the target
    /// scores 0; an indicator without a baseline is not assessed. Kept to [0, 1] unless
    /// <see cref="EvaluationOptions.ClampScores"/> is off, when overshooting scores above 1 and going backwards below 0.
    /// </summary>
    LinearFromBaseline,

    /// <summary>
    /// Open SDG's progress measure: the compound annual growth from the baseline (base year) to the outcome (the
    /// period's year) as a share of the compound annual growth needed to reach the target by its year — the nearest
    /// decided target ending in or after the period's year, such as a 2030 target — turned into a score by
    /// <see cref="EvaluationOptions.Growth"/>. Only reaching the target scores exactly 1. See docs/presets.md.
    /// </summary>
    GrowthRate,
}
