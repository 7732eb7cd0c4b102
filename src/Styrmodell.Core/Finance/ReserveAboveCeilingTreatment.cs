namespace Styrmodell.Finance;

/// <summary>How a resultatreserv balance carried in above its ceiling of 5 % of B is treated.</summary>
public enum ReserveAboveCeilingTreatment
{
    /// <summary>The balance is kept in full; nothing more may be reserved until it is below the ceiling.</summary>
    Keep,

    /// <summary>As <see cref="Keep"/>, and the balance above the ceiling is reported (<see cref="Validation.ProblemCodes.ReserveAboveCeiling"/>).</summary>
    Report,
}
