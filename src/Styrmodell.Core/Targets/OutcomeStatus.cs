namespace Styrmodell.Targets;

/// <summary>Whether an outcome may still change.</summary>
public enum OutcomeStatus
{
    /// <summary>Final: published and not expected to change.</summary>
    Final,

    /// <summary>Preliminary: may be revised when final figures come.</summary>
    Preliminary,
}
