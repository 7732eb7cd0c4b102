namespace Styrmodell.Governance;

/// <summary>
/// The matters the library's own parts look up in a <see cref="DecisionAuthority"/>. Matters are plain data: a
/// municipality's grants may name others (its steering-document types' ids, for example).
/// </summary>
public static class DecisionMatters
{
    /// <summary>Moving money between investment areas and projects within a total investment frame.</summary>
    public const string InvestmentReallocation = "investment-reallocation";

    /// <summary>Moving money between a committee's frames for equipment, machines and vehicles.</summary>
    public const string EquipmentReallocation = "equipment-reallocation";

    /// <summary>Moving money between drift frames within a unit's total frame.</summary>
    public const string DriftReallocation = "drift-reallocation";

    /// <summary>Deciding an indicator's target value.</summary>
    public const string TargetValue = "target-value";
}
