namespace Styrmodell.Governance;

/// <summary>Whether a steering document is in force on a date; for a given document the state only moves forward as the date does.</summary>
public enum ValidityState
{
    /// <summary>The document's validity has not yet begun.</summary>
    NotYetInForce,

    /// <summary>The document is in force (until its end date, or until further notice).</summary>
    InForce,

    /// <summary>The document's validity has ended.</summary>
    Expired,
}
