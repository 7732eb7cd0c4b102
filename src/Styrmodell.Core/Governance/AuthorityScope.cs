namespace Styrmodell.Governance;

/// <summary>How far the decisions an <see cref="AuthorityGrant"/> allows may reach.</summary>
public enum AuthorityScope
{
    /// <summary>The whole municipality: any unit, or the municipality as a whole (KF's documents, the budget).</summary>
    WholeMunicipality,

    /// <summary>
    /// The decider's own area: the deciding unit and every unit below it in the organisation tree (a nämnd's own
    /// activities, one förvaltning's units).
    /// </summary>
    OwnArea,

    /// <summary>The deciding unit itself and nothing below it (an enhet's own routines).</summary>
    OwnUnit,
}
