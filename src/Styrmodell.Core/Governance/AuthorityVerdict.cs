namespace Styrmodell.Governance;

/// <summary>What a <see cref="DecisionAuthority"/> says about one decision.</summary>
public enum AuthorityVerdict
{
    /// <summary>A grant lets the decider decide the matter for the whole scope.</summary>
    Allowed,

    /// <summary>No grant names the matter at all: the document states no authority for it, so nothing can be checked.</summary>
    NotStated,

    /// <summary>The deciding unit is not in the organisation.</summary>
    UnknownDecider,

    /// <summary>Grants name the matter, but none names the deciding unit or its kind.</summary>
    NotGranted,

    /// <summary>The decider holds a grant for the matter, but the decision reaches units beyond the grant's scope.</summary>
    OutsideScope,
}
