namespace Styrmodell.Evaluation;

/// <summary>What a roll-up does with inputs that are not assessed (no outcome, no target, nothing below them).</summary>
public enum MissingDataPolicy
{
    /// <summary>Leave them out and renormalise the remaining weights.</summary>
    Exclude,

    /// <summary>Count them as the scale's worst category, with score 0.</summary>
    CountAsNotMet,

    /// <summary>Any missing input makes the result not assessed.</summary>
    PropagateUnknown,
}
