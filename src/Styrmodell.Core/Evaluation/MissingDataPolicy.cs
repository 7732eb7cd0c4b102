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

    /// <summary>
    /// Count them as score 0 in the scale's worst category, like <see cref="CountAsNotMet"/>, and assess the node even
    /// when every input is missing (score 0), as Decidim's average counts a result without progress as 0.
    /// </summary>
    CountAsZero,
}
