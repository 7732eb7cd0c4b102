using Styrmodell.Model;
using Styrmodell.Model.Rules;

namespace Styrmodell.Samples.Seeds;

/// <summary>
/// Västerås stad, Utvecklad och förenklad styrmodell, in force from 2024 (seed 000_0ebe7be04fcc2127.txt).
/// From the seed: the vision's name, the politisk viljeinriktning decided by KF 2023-04-13 with its three areas and
/// their four "under mandatperioden …" statements each, owner directives for companies, and the rule that each
/// committee prepares three goals for at least two of the target areas. Illustrative: the committees, the company
/// and the committee goals (the seed names none).
/// </summary>
public static class VasterasSeed
{
    /// <summary>Gets the seed model.</summary>
    public static SeedModel Model { get; } = new("Västerås stad: Utvecklad och förenklad styrmodell, från 2024 (000_0ebe7be04fcc2127.txt)", Create);

    private static readonly (string Id, string Title, string[] Statements)[] Areas =
    [
        ("social", "En jämlik, trygg och socialt hållbar kommun",
        [
            "Ökar möjligheten till stöd och lärande för att alla barn och unga ska lyckas och känna framtidstro.",
            "Stärks kommunens förebyggande och trygghetsskapande arbete tillsammans med civilsamhället och näringslivet.",
            "Ökar tillgången till ett rikt kultur-, idrotts och föreningsliv med fokus på de västra stadsdelarna.",
            "Skapas bättre förutsättningar för att bygga bostäder och samhällsfastigheter mer kostnadseffektivt, hållbart och tillgängligt.",
        ]),
        ("klimat", "En klimatsmart och ekologiskt hållbar kommun",
        [
            "Ökar framkomligheten och tillgängligheten i gång-, cykel och kollektivtrafiken i hela kommunen.",
            "Främjas stadsgrönka och andra ekosystemtjänster samtidigt som den biologiska mångfalden ökar.",
            "Skapas mer jämlika förutsättningar för att leva hållbart.",
            "Minskar Västerås stads fossilberoende för att bli en fossilfri kommunal organisation år 2030.",
        ]),
        ("arbete", "En kommun med hög sysselsättning, goda arbetsvillkor och ett starkt näringsliv",
        [
            "Skapas bättre förutsättningar för människor att komma i egen försörjning.",
            "Ökar kommunens samverkan med utbildningsaktörer för att stärka arbetsmarknadens kompetensförsörjning.",
            "Förbättras arbetsmiljön och villkoren för stadens anställda för att höja verksamhetens kvalitet.",
            "Bidrar kommunen till ett starkare och mer blomstrande näringsliv med fokus på små och medelstora företag.",
        ]),
    ];

    private static SteeringModelBuilder Create()
    {
        var builder = new SteeringModelBuilder(new Municipality("Västerås stad", "1980"))
            .AddUnits(
            [
                new("kf", "Kommunfullmäktige", UnitKinds.Council),
                new("ks", "Kommunstyrelsen", UnitKinds.ExecutiveBoard) { ParentId = "kf" },
                new("bun", "Barn- och utbildningsnämnden (illustrativ)", UnitKinds.Committee) { ParentId = "kf" },
                new("tn", "Tekniska nämnden (illustrativ)", UnitKinds.Committee) { ParentId = "kf" },
                new("bolag", "Stadens energibolag (illustrativt)", UnitKinds.Company) { ParentId = "kf" },
            ])
            .AddLevels(
            [
                new("vision", "Vision", LevelRole.Vision) { OwnerKinds = [UnitKinds.Council] },
                new("malomrade", "Målområde i politisk viljeinriktning för mandatperioden", LevelRole.TargetArea) { ParentLevelIds = ["vision"], OwnerKinds = [UnitKinds.Council] },
                new("viljeinriktning", "Under mandatperioden", LevelRole.Strategy) { ParentLevelIds = ["malomrade"], OwnerKinds = [UnitKinds.Council] },
                new("namndmal", "Nämndens mål", LevelRole.Goal) { ParentLevelIds = ["malomrade"], OwnerKinds = [UnitKinds.Committee] },
                new("agardirektiv", "Bolagens uppdrag och mål (ägardirektiv)", LevelRole.Assignment) { ParentLevelIds = ["vision"], OwnerKinds = [UnitKinds.Company] },
            ])
            .AddRules(
            [
                new NodesPerOwnerRule("tre-mal-per-namnd", "namndmal", UnitKinds.Committee, 3, 3) { Description = "Nämnderna bereder 3 mål (000_0ebe7be04fcc2127.txt, Att göra 2023)." },
                new CoveragePerOwnerRule("minst-tva-malomraden", "namndmal", UnitKinds.Committee, "malomrade", 2) { Description = "… för minst 2 av målområdena." },
                new ChildrenPerNodeRule("fyra-inriktningar", "malomrade", "viljeinriktning", 4, 4) { Description = "Fyra 'under mandatperioden'-punkter per område, KF 2023-04-13." },
            ])
            .AddNode(new Node("vision", "vision", "Vision 2026 – Staden utan gränser") { OwnerId = "kf", Description = "Visionen revideras under 2023 (seedens 'Att göra 2023')." });

        foreach (var (id, title, statements) in Areas)
        {
            builder.AddNode(new Node(id, "malomrade", title) { ParentId = "vision", OwnerId = "kf", Description = "Beslutad av KF 2023-04-13." });
            for (var i = 0; i < statements.Length; i++)
            {
                builder.AddNode(new Node($"{id}-{i + 1}", "viljeinriktning", statements[i]) { ParentId = id, OwnerId = "kf" });
            }
        }

        return builder.AddNodes(
        [
            new("bun-1", "namndmal", "Fler elever klarar skolan") { ParentId = "social", OwnerId = "bun", Description = Illustrative.Note("nämndmål.") },
            new("bun-2", "namndmal", "Fler unga går vidare till arbete eller studier") { ParentId = "arbete", OwnerId = "bun", Contributions = [new("social", 0.5)], Description = Illustrative.Note("nämndmål som bidrar till två målområden.") },
            new("bun-3", "namndmal", "Tryggare skolmiljöer") { ParentId = "social", OwnerId = "bun", Description = Illustrative.Note("nämndmål.") },
            new("tn-1", "namndmal", "Fler resor med gång, cykel och kollektivtrafik") { ParentId = "klimat", OwnerId = "tn", Description = Illustrative.Note("nämndmål.") },
            new("tn-2", "namndmal", "Fossilfri fordonsflotta") { ParentId = "klimat", OwnerId = "tn", Description = Illustrative.Note("nämndmål.") },
            new("tn-3", "namndmal", "Snabbare handläggning för företag") { ParentId = "arbete", OwnerId = "tn", Description = Illustrative.Note("nämndmål.") },
            new("bolag-1", "agardirektiv", "Bolagets uppdrag och mål enligt ägardirektiv") { ParentId = "vision", OwnerId = "bolag", Description = Illustrative.Note("ägardirektiv.") },
        ]);
    }
}
