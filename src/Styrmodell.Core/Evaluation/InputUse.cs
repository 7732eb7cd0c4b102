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

    /// <summary>Not concerned (a not-concerned status): left out without counting as missing; a points rule may share out its points.</summary>
    NotConcerned,

    /// <summary>Not assessed and listed in <see cref="EvaluationOptions.OptionalInputs"/>: left out whatever the missing-data policy.</summary>
    LeftOut,
}
