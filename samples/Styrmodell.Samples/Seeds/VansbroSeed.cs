using Styrmodell.Model;

namespace Styrmodell.Samples.Seeds;

/// <summary>
/// Vansbro kommun, Styrning och ledning i Vansbro kommun, ver 3, KF 2022-09-26 (seed 002_eeec7108aee5de8b.txt).
/// From the seed: vision on top; two parallel hierarchies — quality steering (grunduppdrag → kvalitetsfaktor →
/// kvalitetsindikator) and development (utvecklingsområde → utvecklingsmål → utvecklingsindikator → aktivitet);
/// the grunduppdrag's four parts; the internal control plan (risk → kontroll → åtgärd). Illustrative: the vision's
/// wording (not in the seed), every area, goal, factor, indicator, activity, risk and control text.
/// </summary>
public static class VansbroSeed
{
    /// <summary>Gets the seed model.</summary>
    public static SeedModel Model { get; } = new("Vansbro kommun: Styrning och ledning i Vansbro kommun, ver 3, 2022 (002_eeec7108aee5de8b.txt)", Create);

    private static SteeringModelBuilder Create() =>
        new SteeringModelBuilder(new Municipality("Vansbro kommun", "2021"))
            .AddUnits(
            [
                new("kf", "Kommunfullmäktige", UnitKinds.Council),
                new("ks", "Kommunstyrelsen", UnitKinds.ExecutiveBoard) { ParentId = "kf" },
                new("sektor", "Sektor barn och utbildning (illustrativ)", UnitKinds.Administration) { ParentId = "ks" },
            ])
            .AddLevels(
            [
                new("vision", "Vision", LevelRole.Vision) { OwnerKinds = [UnitKinds.Council] },
                new("utvecklingsomrade", "Utvecklingsområde", LevelRole.TargetArea) { ParentLevelIds = ["vision"], OwnerKinds = [UnitKinds.Council] },
                new("utvecklingsmal", "Utvecklingsmål", LevelRole.Goal) { ParentLevelIds = ["utvecklingsomrade"], OwnerKinds = [UnitKinds.ExecutiveBoard] },
                new("utvecklingsindikator", "Utvecklingsindikator", LevelRole.Indicator) { ParentLevelIds = ["utvecklingsmal"] },
                new("aktivitet", "Aktivitet", LevelRole.Activity) { ParentLevelIds = ["utvecklingsmal"], OwnerKinds = [UnitKinds.Administration] },
                new("grunduppdrag", "Grunduppdrag", LevelRole.Mission) { OwnerKinds = [UnitKinds.ExecutiveBoard, UnitKinds.Administration] },
                new("kvalitetsfaktor", "Kvalitetsfaktor", LevelRole.Mission) { ParentLevelIds = ["grunduppdrag"], OwnerKinds = [UnitKinds.ExecutiveBoard] },
                new("kvalitetsindikator", "Kvalitetsindikator", LevelRole.Indicator) { ParentLevelIds = ["kvalitetsfaktor"] },
                new("risk", "Risk (intern kontrollplan)", LevelRole.Control) { ParentLevelIds = ["grunduppdrag"], OwnerKinds = [UnitKinds.ExecutiveBoard] },
                new("kontroll", "Kontroll", LevelRole.Control) { ParentLevelIds = ["risk"] },
                new("atgard", "Åtgärd", LevelRole.Control) { ParentLevelIds = ["kontroll"] },
            ])
            .AddNodes(
            [
                new("vision", "vision", "Vansbro kommuns vision") { OwnerId = "kf", Description = Illustrative.Note("visionens lydelse finns inte i seeden.") },
                new("uo-1", "utvecklingsomrade", "Attraktiv kommun att bo och verka i") { ParentId = "vision", OwnerId = "kf", Description = Illustrative.Note("utvecklingsområde.") },
                new("um-1", "utvecklingsmal", "Fler elever är behöriga till gymnasiets yrkesprogram") { ParentId = "uo-1", OwnerId = "ks", Description = Illustrative.Note("utvecklingsmål.") },
                new("ui-1", "utvecklingsindikator", "Andel elever i åk 9 behöriga till yrkesprogram (Kolada N15428)") { ParentId = "um-1", Description = Illustrative.Note("utvecklingsindikator.") },
                new("akt-1", "aktivitet", "Studiestöd efter skoltid") { ParentId = "um-1", OwnerId = "sektor", Description = Illustrative.Note("aktivitet.") },
                new("gu-arbetsgivare", "grunduppdrag", "Arbetsgivare") { OwnerId = "ks", Description = "En av grunduppdragets fyra delar." },
                new("gu-ekonomi", "grunduppdrag", "Ekonomi") { OwnerId = "ks", Description = "En av grunduppdragets fyra delar." },
                new("gu-forvaltning", "grunduppdrag", "Övergripande förvaltning") { OwnerId = "ks", Description = "En av grunduppdragets fyra delar." },
                new("gu-verksamhet", "grunduppdrag", "Verksamhet") { OwnerId = "sektor", Description = "En av grunduppdragets fyra delar." },
                new("kf-1", "kvalitetsfaktor", "Frisk arbetsplats") { ParentId = "gu-arbetsgivare", OwnerId = "ks", Description = Illustrative.Note("kvalitetsfaktor.") },
                new("ki-1", "kvalitetsindikator", "Sjukfrånvaro bland kommunens anställda (Kolada N00090)") { ParentId = "kf-1", Description = Illustrative.Note("kvalitetsindikator.") },
                new("risk-1", "risk", "Ändrad lagstiftning ställer nya krav som inte hinns med") { ParentId = "gu-verksamhet", OwnerId = "ks", Description = Illustrative.Note("risk ur riskanalysen.") },
                new("kontroll-1", "kontroll", "Halvårsvis genomgång av ny lagstiftning") { ParentId = "risk-1", Description = Illustrative.Note("kontroll.") },
                new("atgard-1", "atgard", "Uppdaterade rutiner vid avvikelse") { ParentId = "kontroll-1", Description = Illustrative.Note("åtgärd vid avvikelse.") },
            ]);
}
