using Styrmodell.Model;

namespace Styrmodell.Samples.Seeds;

/// <summary>
/// Arboga kommun, Styrmodell for the 2023–2026 mandate period (seed 004_626ec6c99c110f06.txt).
/// From the seed: the vision, the three strategic areas, the level schema (KF goals per area; KS, committee and
/// company goals contributing to them; indicators with targets; activities in the verksamhetsplan; employee goals).
/// Illustrative (the seed names none): the committees, the company and every goal, indicator and activity text.
/// </summary>
public static class ArbogaSeed
{
    /// <summary>Gets the seed model.</summary>
    public static SeedModel Model { get; } = new("Arboga kommun: Styrmodell, mandatperioden 2023–2026 (004_626ec6c99c110f06.txt)", Create);

    private static SteeringModelBuilder Create() =>
        new SteeringModelBuilder(new Municipality("Arboga kommun", "1984"))
            .AddUnits(
            [
                new("kf", "Kommunfullmäktige", UnitKinds.Council),
                new("ks", "Kommunstyrelsen", UnitKinds.ExecutiveBoard) { ParentId = "kf" },
                new("bun", "Barn- och utbildningsnämnden (illustrativ)", UnitKinds.Committee) { ParentId = "kf" },
                new("bolag", "Kommunalt bostadsbolag (illustrativt)", UnitKinds.Company) { ParentId = "kf" },
                new("bif", "Barn- och utbildningsförvaltningen (illustrativ)", UnitKinds.Administration) { ParentId = "bun" },
            ])
            .AddLevels(
            [
                new("vision", "Vision", LevelRole.Vision) { OwnerKinds = [UnitKinds.Council] },
                new("omrade", "Strategiskt område", LevelRole.TargetArea) { ParentLevelIds = ["vision"], OwnerKinds = [UnitKinds.Council] },
                new("kf-mal", "Kommunfullmäktiges mål", LevelRole.Goal) { ParentLevelIds = ["omrade"], OwnerKinds = [UnitKinds.Council] },
                new("mal", "Kommunstyrelsens, nämndernas och bolagens mål", LevelRole.Goal)
                {
                    ParentLevelIds = ["kf-mal"],
                    OwnerKinds = [UnitKinds.ExecutiveBoard, UnitKinds.Committee, UnitKinds.Company],
                },
                new("indikator", "Indikator", LevelRole.Indicator) { ParentLevelIds = ["kf-mal", "mal"] },
                new("aktivitet", "Aktivitet i verksamhetsplan", LevelRole.Activity) { ParentLevelIds = ["mal"], OwnerKinds = [UnitKinds.Administration, UnitKinds.Company, UnitKinds.ExecutiveBoard] },
                new("medarbetarmal", "Medarbetarmål", LevelRole.Goal) { ParentLevelIds = ["aktivitet"] },
            ])
            .AddNodes(
            [
                new("vision", "vision", "Arboga – plats för inspiration") { OwnerId = "kf" },
                new("livsmiljo", "omrade", "Inspirerande livsmiljö") { ParentId = "vision", OwnerId = "kf" },
                new("larande", "omrade", "Inspirerande lärande och arbete") { ParentId = "vision", OwnerId = "kf" },
                new("organisation", "omrade", "Inspirerande organisation") { ParentId = "vision", OwnerId = "kf" },
                new("kf-1", "kf-mal", "Fler bostäder i attraktiva miljöer") { ParentId = "livsmiljo", OwnerId = "kf", Description = Illustrative.Note("KF-mål; seedens mål anges inte i dokumentet.") },
                new("kf-2", "kf-mal", "Fler elever når kunskapsmålen") { ParentId = "larande", OwnerId = "kf", Description = Illustrative.Note("KF-mål.") },
                new("kf-3", "kf-mal", "En hållbar och attraktiv arbetsgivare") { ParentId = "organisation", OwnerId = "kf", Description = Illustrative.Note("KF-mål.") },
                new("bun-1", "mal", "Alla elever ska lämna grundskolan med godkända betyg") { ParentId = "kf-2", OwnerId = "bun", Contributions = [new("kf-3", 0.5)], Description = Illustrative.Note("nämndmål som bidrar till två KF-mål.") },
                new("bolag-1", "mal", "Bygga nya hyresbostäder") { ParentId = "kf-1", OwnerId = "bolag", Description = Illustrative.Note("bolagsmål.") },
                new("ks-1", "mal", "Sänkt sjukfrånvaro i kommunens verksamheter") { ParentId = "kf-3", OwnerId = "ks", Description = Illustrative.Note("kommunstyrelsens mål.") },
                new("ind-behorighet", "indikator", "Andel elever i åk 9 behöriga till yrkesprogram (Kolada N15428)") { ParentId = "bun-1", Description = Illustrative.Note("indikatorval.") },
                new("ind-sjuk", "indikator", "Sjukfrånvaro bland kommunens anställda (Kolada N00090)") { ParentId = "ks-1", Description = Illustrative.Note("indikatorval.") },
                new("akt-1", "aktivitet", "Läxhjälp på alla skolor") { ParentId = "bun-1", OwnerId = "bif", Description = Illustrative.Note("aktivitet.") },
                new("medarbetare-1", "medarbetarmal", "Individuellt mål från medarbetarsamtalet") { ParentId = "akt-1", Description = Illustrative.Note("medarbetarmål.") },
            ]);
}
