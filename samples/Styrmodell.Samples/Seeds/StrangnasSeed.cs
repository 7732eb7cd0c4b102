// Seed: /work/shared/seeds/001_2602819375960a3a.txt — Strängnäs kommun, "Styrmodell för Strängnäs kommunkoncern", 2018-08-08.
//
// From the seed:
//   - the level names: Vision, Perspektiv, Fullmäktigemål, Strategi, Nämndens mål, Nyckeltal, Särskilt uppdrag,
//     Aktivitet (the seed's glossary and its "Planer i fyra nivåer");
//   - the vision's wording and its adoption by KF on 30 November 2015, the four perspectives with their descriptions
//     (verbatim), Barn- och utbildningsnämnden (named where the seed says school units plan per läsår);
//   - the structure: strategies under each KF goal, committee goals contributing to KF goals (and through them to all
//     four perspectives), nyckeltal attached to committee goals, särskilda uppdrag from KF to committees and boards,
//     and activities in the unit's arbetsplan; every KF goal shows its link to Agenda 2030.
// Illustrative (the seed states no goals): every KF goal, strategy, committee goal, nyckeltal, assignment and
// activity, each Agenda 2030 goal number, and the names of the company, the office and the school.
// Illustrative node descriptions start with "Illustrativt:"; the other descriptions restate the seed.
using Styrmodell.Model;

namespace Styrmodell.Samples.Seeds;

/// <summary>
/// Strängnäs kommun's steering model of 2018 (seed <c>001_2602819375960a3a.txt</c>): vision → perspektiv →
/// fullmäktigemål → strategi → nämndens mål → nyckeltal, with särskilda uppdrag and Agenda 2030 tags.
/// </summary>
public static class StrangnasSeed
{
    /// <summary>The tag scheme of the Agenda 2030 goal numbers.</summary>
    public const string Agenda2030Scheme = "agenda2030";

    /// <summary>Gets the seed model.</summary>
    public static SeedModel Model { get; } =
        new("Strängnäs kommun: Styrmodell för Strängnäs kommunkoncern, 2018 (001_2602819375960a3a.txt)", Create);

    private static SteeringModelBuilder Create() =>
        new SteeringModelBuilder(new Municipality("Strängnäs kommun", "0486"))
            .AddUnits(
            [
                new("kf", "Kommunfullmäktige", UnitKinds.Council),
                new("ks", "Kommunstyrelsen", UnitKinds.ExecutiveBoard) { ParentId = "kf" },
                new("bun", "Barn- och utbildningsnämnden", UnitKinds.Committee) { ParentId = "kf" },
                new("bolag", "Ett kommunalt bolag (illustrativt)", UnitKinds.Company) { ParentId = "kf" },
                new("kontor", "Utbildningskontoret (illustrativt)", UnitKinds.Administration) { ParentId = "bun" },
                new("skola", "En grundskola (illustrativ)", UnitKinds.Unit) { ParentId = "kontor" },
            ])
            .AddLevels(
            [
                new("vision", "Vision", LevelRole.Vision) { OwnerKinds = [UnitKinds.Council] },
                new("perspektiv", "Perspektiv", LevelRole.TargetArea) { ParentLevelIds = ["vision"], OwnerKinds = [UnitKinds.Council] },
                new("kf-mal", "Fullmäktigemål", LevelRole.Goal) { ParentLevelIds = ["perspektiv"], OwnerKinds = [UnitKinds.Council] },

                // The flerårsplan shows which strategies committees and boards are to use to reach each KF goal.
                new("strategi", "Strategi", LevelRole.Strategy) { ParentLevelIds = ["kf-mal"], OwnerKinds = [UnitKinds.Council] },

                // A committee goal sits under the strategy it applies and may also contribute straight to further KF
                // goals: the seed asks committee goals to contribute to all four perspectives.
                new("namndmal", "Nämndens mål", LevelRole.Goal)
                {
                    ParentLevelIds = ["strategi", "kf-mal"],
                    OwnerKinds = [UnitKinds.Committee, UnitKinds.ExecutiveBoard, UnitKinds.Company],
                },
                new("nyckeltal", "Nyckeltal", LevelRole.Indicator) { ParentLevelIds = ["namndmal"] },

                // Särskilda uppdrag stand beside the KF goals in the flerårsplan, as a complement to committee goals.
                new("sarskilt-uppdrag", "Särskilt uppdrag", LevelRole.Assignment)
                {
                    OwnerKinds = [UnitKinds.Committee, UnitKinds.ExecutiveBoard, UnitKinds.Company],
                },

                // Activities belong to the unit's one-year arbetsplan; school units plan them per läsår.
                new("aktivitet", "Aktivitet", LevelRole.Activity) { ParentLevelIds = ["namndmal"], OwnerKinds = [UnitKinds.Unit] },
            ])
            .AddNodes(
            [
                new("vision", "vision", "Tillsammans och med invånarnyttan i fokus, skapar vi framtidens hållbara kommun i hjärtat av Mälardalen.")
                {
                    OwnerId = "kf",
                    Description = "Antagen av kommunfullmäktige den 30 november 2015.",
                },
                new("invanare", "perspektiv", "Invånare") { ParentId = "vision", OwnerId = "kf", Description = "Hur vi skapar värde och nytta för invånarna genom att svara upp mot behov och förväntningar" },
                new("samhalle", "perspektiv", "Samhälle") { ParentId = "vision", OwnerId = "kf", Description = "Hur vi möter upp förändringar i omvärlden samt bygger och utvecklar en bra plats att bo och leva i" },
                new("medarbetare", "perspektiv", "Medarbetare") { ParentId = "vision", OwnerId = "kf", Description = "Hur vi får medarbetare att utveckla sig själv, våra verksamheter och samhället genom ständiga förbättringar" },
                new("ekonomi", "perspektiv", "Ekonomi") { ParentId = "vision", OwnerId = "kf", Description = "Hur vi genom en god ekonomistyrning skapar förutsättningar för att kunna leverera en hållbar god kommunal service" },

                // One KF goal per perspective, each tagged with the Agenda 2030 goal it is said to serve (both invented).
                new("kf-invanare", "kf-mal", "Barn och elever når goda kunskapsresultat") { ParentId = "invanare", OwnerId = "kf", Tags = [new(Agenda2030Scheme, "4")], Description = Illustrative.Note("fullmäktigemål och Agenda 2030-koppling.") },
                new("kf-samhalle", "kf-mal", "Fler bostäder byggs i hela kommunen") { ParentId = "samhalle", OwnerId = "kf", Tags = [new(Agenda2030Scheme, "11")], Description = Illustrative.Note("fullmäktigemål och Agenda 2030-koppling.") },
                new("kf-medarbetare", "kf-mal", "Kommunen är en attraktiv arbetsgivare") { ParentId = "medarbetare", OwnerId = "kf", Tags = [new(Agenda2030Scheme, "8")], Description = Illustrative.Note("fullmäktigemål och Agenda 2030-koppling.") },
                new("kf-ekonomi", "kf-mal", "Verksamheten bedrivs inom tilldelad budgetram") { ParentId = "ekonomi", OwnerId = "kf", Tags = [new(Agenda2030Scheme, "16")], Description = Illustrative.Note("fullmäktigemål och Agenda 2030-koppling.") },

                new("strategi-tidiga-insatser", "strategi", "Tidiga insatser för barn och elever i behov av stöd") { ParentId = "kf-invanare", OwnerId = "kf", Description = Illustrative.Note("strategi.") },
                new("strategi-kompetens", "strategi", "Chefer och medarbetare ges tid för kompetensutveckling") { ParentId = "kf-medarbetare", OwnerId = "kf", Description = Illustrative.Note("strategi.") },

                new("bun-1", "namndmal", "Fler elever i grundskolan når kunskapskraven") { ParentId = "strategi-tidiga-insatser", OwnerId = "bun", Description = Illustrative.Note("nämndens mål.") },
                new("bun-2", "namndmal", "Lärare stannar kvar i nämndens skolor")
                {
                    ParentId = "strategi-kompetens",
                    OwnerId = "bun",
                    Contributions = [new("kf-invanare", 0.5)],
                    Description = Illustrative.Note("nämndens mål som bidrar till fullmäktigemål i två perspektiv."),
                },
                new("bun-3", "namndmal", "Nämnden håller sin budgetram") { ParentId = "kf-ekonomi", OwnerId = "bun", Description = Illustrative.Note("nämndens mål direkt under ett fullmäktigemål.") },

                new("nyckeltal-1", "nyckeltal", "Andel elever i årskurs 9 som nått kunskapskraven i alla ämnen") { ParentId = "bun-1", Description = Illustrative.Note("nyckeltal för kvalitet.") },
                new("nyckeltal-2", "nyckeltal", "Personalomsättning bland lärare") { ParentId = "bun-2", Description = Illustrative.Note("nyckeltal.") },
                new("nyckeltal-3", "nyckeltal", "Budgetavvikelse i procent av nettobudget") { ParentId = "bun-3", Description = Illustrative.Note("nyckeltal för effektivitet.") },

                new("uppdrag-1", "sarskilt-uppdrag", "Utreda behovet av skollokaler i kommunens tätorter, inom tilldelad budgetram") { OwnerId = "bun", Description = Illustrative.Note("särskilt uppdrag från KF, att genomföras inom ett till tre år.") },

                new("aktivitet-1", "aktivitet", "Läsår 2018/19: lässtöd i förskoleklass till årskurs 3") { ParentId = "bun-1", OwnerId = "skola", Description = Illustrative.Note("aktivitet i enhetens arbetsplan, planerad per läsår.") },
            ])
            .WithFollowUp(StrangnasFollowUp.Data);
}
