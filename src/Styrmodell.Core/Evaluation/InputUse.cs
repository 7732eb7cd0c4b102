namespace Styrmodell.Evaluation;

/// <summary>How a roll-up used one of its inputs.</summary>
public enum InputUse
{
    /// <summary>Used as assessed.</summary>
    Used,

    /// <summary>Not assessed, left out; the other weights were renormalised.</summary>
    Excluded,

    /// <summary>Not assessed, counted as the worst category with score 0.</summary>
    CountedAsNotMet,

    /// <summary>Not assessed, which made the result not assessed.</summary>
    Propagated,
}
