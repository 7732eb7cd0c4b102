using Styrmodell.Model;

namespace Styrmodell.Samples.Seeds;

/// <summary>
/// Strängnäs kommun, Styrmodell för Strängnäs kommunkoncern, 2018-08-08 (seed 001_2602819375960a3a.txt).
/// From the seed: the vision (KF 2015-11-30), the four perspectives with their descriptions, KF goals with
/// strategies and Agenda 2030 links, committee goals with nyckeltal, särskilda uppdrag, and plans at four levels
/// (flerårsplan, verksamhetsplan, kontorsplan, arbetsplan; school units by läsår). Illustrative: the committees
/// and every goal, strategy, nyckeltal, assignment and Agenda 2030 number.
/// </summary>
public static class StrangnasSeed
{
    /// <summary>Gets the seed model.</summary>
    public static SeedModel Model { get; } = new("Strängnäs kommun: Styrmodell för Strängnäs kommunkoncern, 2018 (001_2602819375960a3a.txt)", Create);

    private static SteeringModelBuilder Create() =>
        new SteeringModelBuilder(new Municipality("Strängnäs kommun", "0486"))
            .AddUnits(
            [
                new("kf", "Kommunfullmäktige", UnitKinds.Council),
                new("ks", "Kommunstyrelsen", UnitKinds.ExecutiveBoard) { ParentId = "kf" },
                new("bun", "Barn- och utbildningsnämnden", UnitKinds.Committee) { ParentId = "kf" },
                new("utbildningskontoret", "Utbildningskontoret (illustrativt)", UnitKinds.Administration) { ParentId = "bun" },
                new("skola", "En grundskola (illustrativ)", UnitKinds.Unit) { ParentId = "utbildningskontoret" },
            ])
            .AddLevels(
            [
                new("vision", "Vision", LevelRole.Vision) { OwnerKinds = [UnitKinds.Council] },
                new("perspektiv", "Perspektiv", LevelRole.TargetArea) { ParentLevelIds = ["vision"], OwnerKinds = [UnitKinds.Council] },
                new("kf-mal", "Fullmäktigemål (flerårsplan)", LevelRole.Goal) { ParentLevelIds = ["perspektiv"], OwnerKinds = [UnitKinds.Council] },
                new("strategi", "Strategi", LevelRole.Strategy) { ParentLevelIds = ["kf-mal"], OwnerKinds = [UnitKinds.Council] },
                new("namndmal", "Nämndens mål (verksamhetsplan)", LevelRole.Goal) { ParentLevelIds = ["kf-mal"], OwnerKinds = [UnitKinds.Committee, UnitKinds.ExecutiveBoard] },
                new("nyckeltal", "Nyckeltal", LevelRole.Indicator) { ParentLevelIds = ["namndmal"] },
                new("sarskilt-uppdrag", "Särskilt uppdrag", LevelRole.Assignment) { ParentLevelIds = ["kf-mal"], OwnerKinds = [UnitKinds.Committee, UnitKinds.ExecutiveBoard] },
                new("kontorsplan", "Kontorsplanens inriktning", LevelRole.Strategy) { ParentLevelIds = ["namndmal"], OwnerKinds = [UnitKinds.Administration] },
                new("arbetsplan", "Aktivitet i arbetsplan (läsår för skolenheter)", LevelRole.Activity) { ParentLevelIds = ["kontorsplan"], OwnerKinds = [UnitKinds.Unit] },
            ])
            .AddNodes(
            [
                new("vision", "vision", "Tillsammans och med invånarnyttan i fokus, skapar vi framtidens hållbara kommun i hjärtat av Mälardalen.") { OwnerId = "kf", Description = "Antagen av kommunfullmäktige den 30 november 2015." },
                new("invanare", "perspektiv", "Invånare") { ParentId = "vision", OwnerId = "kf", Description = "Hur vi skapar värde och nytta för invånarna genom att svara upp mot behov och förväntningar" },
                new("samhalle", "perspektiv", "Samhälle") { ParentId = "vision", OwnerId = "kf", Description = "Hur vi möter upp förändringar i omvärlden samt bygger och utvecklar en bra plats att bo och leva i" },
                new("medarbetare", "perspektiv", "Medarbetare") { ParentId = "vision", OwnerId = "kf", Description = "Hur vi får medarbetare att utveckla sig själv, våra verksamheter och samhället genom ständiga förbättringar" },
                new("ekonomi", "perspektiv", "Ekonomi") { ParentId = "vision", OwnerId = "kf", Description = "Hur vi genom en god ekonomistyrning skapar förutsättningar för att kunna leverera en hållbar god kommunal service" },
                new("kf-invanare", "kf-mal", "Barn och elever når goda kunskapsresultat") { ParentId = "invanare", OwnerId = "kf", Tags = [new("agenda2030", "4")], Description = Illustrative.Note("fullmäktigemål och Agenda 2030-koppling.") },
                new("kf-samhalle", "kf-mal", "Fler bostäder i hela kommunen") { ParentId = "samhalle", OwnerId = "kf", Tags = [new("agenda2030", "11")], Description = Illustrative.Note("fullmäktigemål.") },
                new("kf-medarbetare", "kf-mal", "Attraktiv arbetsgivare") { ParentId = "medarbetare", OwnerId = "kf", Tags = [new("agenda2030", "8")], Description = Illustrative.Note("fullmäktigemål.") },
                new("kf-ekonomi", "kf-mal", "Ekonomi i balans") { ParentId = "ekonomi", OwnerId = "kf", Tags = [new("agenda2030", "16")], Description = Illustrative.Note("finansiellt mål.") },
                new("strategi-1", "strategi", "Tidiga insatser för elever i behov av stöd") { ParentId = "kf-invanare", OwnerId = "kf", Description = Illustrative.Note("strategi.") },
                new("bun-1", "namndmal", "Ökad måluppfyllelse i grundskolan") { ParentId = "kf-invanare", OwnerId = "bun", Contributions = [new("kf-medarbetare", 0.25)], Description = Illustrative.Note("nämndmål.") },
                new("nyckeltal-1", "nyckeltal", "Andel elever i åk 9 som uppnått kunskapskraven i alla ämnen (Kolada N15508)") { ParentId = "bun-1", Description = Illustrative.Note("nyckeltalsval.") },
                new("uppdrag-1", "sarskilt-uppdrag", "Utreda skolornas lokalbehov inom befintlig budgetram") { ParentId = "kf-samhalle", OwnerId = "bun", Description = Illustrative.Note("särskilt uppdrag, 1–3 år.") },
                new("kontor-1", "kontorsplan", "Förstärkt läs- och skrivutveckling") { ParentId = "bun-1", OwnerId = "utbildningskontoret", Description = Illustrative.Note("kontorsplan.") },
                new("arbetsplan-1", "arbetsplan", "Läsår 2024/25: läsfrämjande insatser i åk 1–3") { ParentId = "kontor-1", OwnerId = "skola", Description = Illustrative.Note("arbetsplanens aktivitet, planerad per läsår.") },
            ]);
}
