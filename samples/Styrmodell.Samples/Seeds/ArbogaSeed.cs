// Seed: /work/shared/seeds/004_626ec6c99c110f06.txt — Arboga kommun, "Styrmodell" (mandatperioden 2023–2026).
//
// From the seed:
//   - the level names: Vision, Strategiskt område, Kommunfullmäktiges mål, Kommunstyrelsens, nämndernas och bolagens
//     mål (section 2.5), Indikator, Aktivitet (the verksamhetsplan's activities, section 2.6), Medarbetarmål;
//   - the vision "Arboga – plats för inspiration" and its first sentence, the three strategic areas for 2023–2026;
//   - the structure: KF decides goals within each strategic area; KS, the committees and the companies' boards set
//     goals that contribute to the KF goals; one or more indicators are tied to each of those goals; förvaltningar
//     and bolag plan activities for the coming year to reach them; every employee has individual goals that help
//     carry out the planned activities; nämnder lead the förvaltningar.
// Illustrative (the seed names no goal, indicator, activity, committee or company): the committee, the company, the
// administrations and the unit, and every KF goal, committee/KS/company goal, indicator, activity and employee goal.
// Not modelled: the politiskt program's political goals, which the seed places beside the KF goals without saying
// how they link.
// Illustrative node descriptions start with "Illustrativt:"; the other descriptions restate the seed.
using Styrmodell.Model;

namespace Styrmodell.Samples.Seeds;

/// <summary>
/// Arboga kommun's steering model for 2023–2026 (seed <c>004_626ec6c99c110f06.txt</c>): vision → strategiskt område →
/// kommunfullmäktiges mål → kommunstyrelsens, nämndernas och bolagens mål → indikator / aktivitet → medarbetarmål.
/// </summary>
public static class ArbogaSeed
{
    /// <summary>Gets the seed model.</summary>
    public static SeedModel Model { get; } =
        new("Arboga kommun: Styrmodell, mandatperioden 2023–2026 (004_626ec6c99c110f06.txt)", Create);

    private static SteeringModelBuilder Create() =>
        new SteeringModelBuilder(new Municipality("Arboga kommun", "1984"))
            .AddUnits(
            [
                new("kf", "Kommunfullmäktige", UnitKinds.Council),
                new("ks", "Kommunstyrelsen", UnitKinds.ExecutiveBoard) { ParentId = "kf" },
                new("bun", "Barn- och utbildningsnämnden (illustrativ)", UnitKinds.Committee) { ParentId = "kf" },
                new("bolag", "Ett kommunalt bostadsbolag (illustrativt)", UnitKinds.Company) { ParentId = "kf" },
                new("klf", "Kommunledningsförvaltningen (illustrativ)", UnitKinds.Administration) { ParentId = "ks" },
                new("bif", "Barn- och utbildningsförvaltningen (illustrativ)", UnitKinds.Administration) { ParentId = "bun" },
                new("skola", "En grundskola (illustrativ)", UnitKinds.Unit) { ParentId = "bif" },
            ])
            .AddLevels(
            [
                new("vision", "Vision", LevelRole.Vision) { OwnerKinds = [UnitKinds.Council] },
                new("strategiskt-omrade", "Strategiskt område", LevelRole.TargetArea) { ParentLevelIds = ["vision"], OwnerKinds = [UnitKinds.Council] },
                new("kf-mal", "Kommunfullmäktiges mål", LevelRole.Goal) { ParentLevelIds = ["strategiskt-omrade"], OwnerKinds = [UnitKinds.Council] },
                new("mal", "Kommunstyrelsens, nämndernas och bolagens mål", LevelRole.Goal)
                {
                    ParentLevelIds = ["kf-mal"],
                    OwnerKinds = [UnitKinds.ExecutiveBoard, UnitKinds.Committee, UnitKinds.Company],
                },

                // Indicators measure the goals of KS, the committees and the companies (targets per period and year).
                new("indikator", "Indikator", LevelRole.Indicator) { ParentLevelIds = ["mal"] },

                // Activities of the verksamhetsplan, made by the förvaltningar, the companies and their units.
                new("aktivitet", "Aktivitet", LevelRole.Activity)
                {
                    ParentLevelIds = ["mal"],
                    OwnerKinds = [UnitKinds.Administration, UnitKinds.Company, UnitKinds.Unit],
                },

                // An employee is not an organisation unit, so employee goals carry no owner.
                new("medarbetarmal", "Medarbetarmål", LevelRole.Goal) { ParentLevelIds = ["aktivitet"] },
            ])
            .AddNodes(
            [
                new("vision", "vision", "Arboga – plats för inspiration") { OwnerId = "kf", Description = "Arboga ska vara en inspirerande plats." },
                new("livsmiljo", "strategiskt-omrade", "Inspirerande livsmiljö") { ParentId = "vision", OwnerId = "kf", Description = "Strategiskt område inför mandatperioden 2023–2026." },
                new("larande", "strategiskt-omrade", "Inspirerande lärande och arbete") { ParentId = "vision", OwnerId = "kf", Description = "Strategiskt område inför mandatperioden 2023–2026." },
                new("organisation", "strategiskt-omrade", "Inspirerande organisation") { ParentId = "vision", OwnerId = "kf", Description = "Strategiskt område inför mandatperioden 2023–2026." },

                new("kf-bostader", "kf-mal", "Fler bostäder byggs i kommunen") { ParentId = "livsmiljo", OwnerId = "kf", Description = Illustrative.Note("kommunfullmäktiges mål.") },
                new("kf-kunskap", "kf-mal", "Fler elever lämnar grundskolan med godkända betyg") { ParentId = "larande", OwnerId = "kf", Description = Illustrative.Note("kommunfullmäktiges mål.") },
                new("kf-arbete", "kf-mal", "Fler invånare i arbete eller studier") { ParentId = "larande", OwnerId = "kf", Description = Illustrative.Note("kommunfullmäktiges mål.") },
                new("kf-arbetsgivare", "kf-mal", "Kommunen är en attraktiv arbetsgivare") { ParentId = "organisation", OwnerId = "kf", Description = Illustrative.Note("kommunfullmäktiges mål.") },

                // bun-1 sits under one KF goal and also feeds a second one: one committee goal, several KF goals.
                new("bun-1", "mal", "Alla elever når kunskapskraven i årskurs 9")
                {
                    ParentId = "kf-kunskap",
                    OwnerId = "bun",
                    Contributions = [new("kf-arbete", 0.5)],
                    Description = Illustrative.Note("nämndmål som bidrar till två av kommunfullmäktiges mål."),
                },
                new("ks-1", "mal", "Sjukfrånvaron i kommunens verksamheter minskar") { ParentId = "kf-arbetsgivare", OwnerId = "ks", Description = Illustrative.Note("kommunstyrelsens mål.") },
                new("bolag-1", "mal", "Bolaget bygger nya hyreslägenheter varje år under mandatperioden") { ParentId = "kf-bostader", OwnerId = "bolag", Description = Illustrative.Note("bolagsmål.") },

                new("ind-betyg", "indikator", "Andel elever i årskurs 9 med godkända betyg i alla ämnen") { ParentId = "bun-1", Description = Illustrative.Note("indikator med målvärde för mandatperioden och kalenderåret.") },
                new("ind-sjuk", "indikator", "Sjukfrånvaro bland kommunens medarbetare") { ParentId = "ks-1", Description = Illustrative.Note("indikator.") },
                new("ind-lagenheter", "indikator", "Antal nybyggda hyreslägenheter") { ParentId = "bolag-1", Description = Illustrative.Note("indikator.") },

                new("akt-lasframjande", "aktivitet", "Läsfrämjande insatser i alla klasser i årskurs 1–3") { ParentId = "bun-1", OwnerId = "skola", Description = Illustrative.Note("aktivitet i enhetens plan.") },
                new("akt-halsa", "aktivitet", "Friskvårdssatsning för alla medarbetare") { ParentId = "ks-1", OwnerId = "klf", Description = Illustrative.Note("aktivitet i förvaltningens verksamhetsplan.") },
                new("akt-bygg", "aktivitet", "Byggstart av nytt hyreshus") { ParentId = "bolag-1", OwnerId = "bolag", Description = Illustrative.Note("aktivitet i bolagets verksamhetsplan.") },

                new("medarbetarmal-1", "medarbetarmal", "Genomföra läsfrämjande insatser i sin klass varje vecka") { ParentId = "akt-lasframjande", Description = Illustrative.Note("medarbetarmål från medarbetarsamtalet.") },
            ])
            .WithFollowUp(ArbogaFollowUp.Data);
}
