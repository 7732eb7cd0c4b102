namespace Styrmodell.Finance;

/// <summary>What KF decided about a negative balance-requirement result.</summary>
public enum DeficitDecisionKind
{
    /// <summary>An action plan (åtgärdsplan) for how and when the deficit is restored (KL 11 kap. 12 §).</summary>
    ActionPlan,

    /// <summary>A decision that exceptional reasons (synnerliga skäl) apply, so all or part of the deficit is not restored (KL 11 kap. 12 §).</summary>
    ExceptionalReasons,
}
