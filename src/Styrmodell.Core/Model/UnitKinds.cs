namespace Styrmodell.Model;

/// <summary>
/// The kinds of organisation unit common to Swedish municipalities, as the Swedish words the models use.
/// Kinds are plain data: a model may use others.
/// </summary>
public static class UnitKinds
{
    /// <summary>Kommunfullmäktige, the elected council.</summary>
    public const string Council = "KF";

    /// <summary>Kommunstyrelsen, the executive board.</summary>
    public const string ExecutiveBoard = "KS";

    /// <summary>A nämnd (committee or board).</summary>
    public const string Committee = "nämnd";

    /// <summary>A bolag (municipally owned company).</summary>
    public const string Company = "bolag";

    /// <summary>A förvaltning (administration serving one or more committees).</summary>
    public const string Administration = "förvaltning";

    /// <summary>An enhet (unit doing the work, e.g. a school).</summary>
    public const string Unit = "enhet";
}
