namespace Styrmodell.Evaluation;

/// <summary>How a <see cref="ScoreStep"/>'s score was computed, or why none could be.</summary>
public enum ScoreMethod
{
    /// <summary>1 when the outcome lies within the target range, else 0.</summary>
    WithinRange,

    /// <summary>1 when the outcome equals the target, else 0.</summary>
    ExactMatch,

    /// <summary>The target is reached: 1.</summary>
    TargetReached,

    /// <summary>The outcome as a share of the target.</summary>
    ShareOfTarget,

    /// <summary>The share of target, because the indicator has no baseline to progress from.</summary>
    ShareOfTargetWithoutBaseline,

    /// <summary>The share of the way from the baseline to the target.</summary>
    ProgressFromBaseline,

    /// <summary>1 − shortfall ÷ tolerance.</summary>
    AbsoluteShortfall,

    /// <summary>(outcome − baseline) ÷ (target − baseline), kept to [0, 1].</summary>
    LinearFromBaseline,

    /// <summary>(outcome − baseline) ÷ (target − baseline), not kept to [0, 1].</summary>
    LinearFromBaselineUnclamped,

    /// <summary>The baseline equals the target: 0.</summary>
    BaselineEqualsTarget,

    /// <summary>No score: the basis needs a baseline and the indicator has none.</summary>
    NoBaseline,

    /// <summary>No score: the progress lies beyond the range of numbers.</summary>
    BeyondRange,
}
