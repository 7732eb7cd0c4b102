namespace Styrmodell.Model;

/// <summary>
/// What a level means to the library, whatever the municipality calls it. The evaluation engine treats
/// <see cref="Indicator"/> levels as measured and the others as assessed from what contributes to them.
/// </summary>
public enum LevelRole
{
    /// <summary>The vision (e.g. "Arboga – plats för inspiration").</summary>
    Vision,

    /// <summary>A target area: strategiskt område, målområde, perspektiv, utvecklingsområde, område i viljeinriktningen.</summary>
    TargetArea,

    /// <summary>A goal at any level: KF-mål, nämndmål, bolagsmål, utvecklingsmål, medarbetarmål.</summary>
    Goal,

    /// <summary>A strategy or statement of intent under a goal or area (e.g. Strängnäs' strategier, Västerås' viljeinriktningar).</summary>
    Strategy,

    /// <summary>A measured indicator: indikator, nyckeltal, kvalitetsindikator, utvecklingsindikator.</summary>
    Indicator,

    /// <summary>An activity in a verksamhetsplan, kontorsplan or arbetsplan.</summary>
    Activity,

    /// <summary>A special assignment (särskilt uppdrag) or owner directive.</summary>
    Assignment,

    /// <summary>A part of the standing mission: grunduppdrag, kvalitetsfaktor.</summary>
    Mission,

    /// <summary>An element of internal control: risk, kontroll, åtgärd.</summary>
    Control,
}
