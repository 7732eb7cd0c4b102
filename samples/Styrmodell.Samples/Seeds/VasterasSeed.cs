// Seed: /work/shared/seeds/000_0ebe7be04fcc2127.txt — Västerås stad, "Utvecklad och förenklad styrmodell" (slides, 2023).
//
// From the seed:
//   - the level names: Vision, Målområde ("April: Målområden beslutas"), Politisk viljeinriktning för mandatperioden,
//     Nämndens mål, Bolagens uppdrag och mål (ägardirektiv);
//   - the vision's name "Vision 2026 – Staden utan gränser" (shown under the current model; the seed says it is being
//     revised), the three areas of the politisk viljeinriktning decided by KF 2023-04-13 and their twelve
//     "Under mandatperioden:" statements, verbatim;
//   - the rules "Styra på färre mål (3/nämnd)" and "Nämnderna bereder 3 mål för minst 2 av målområdena", and the
//     shape of the decision (four statements under each area).
// Illustrative (the seed names no committee, company or goal): both committees, the administration, the company, the
// six committee goals and the owner directive. Each illustrative node's Description starts with "Illustrativt:"; the
// other descriptions restate the seed. Kommunstyrelsen is left out: the seed never mentions it.
// Not modelled: Agenda 2030, the city's steering documents and Kommunfullmäktiges mål, which the seed names without
// content or placement in the hierarchy.
using Styrmodell.Model;
using Styrmodell.Model.Rules;

namespace Styrmodell.Samples.Seeds;

/// <summary>
/// Västerås stad's steering model in force from 2024 (seed <c>000_0ebe7be04fcc2127.txt</c>): vision → målområde →
/// politisk viljeinriktning → nämndens mål, with three goals per committee covering at least two målområden.
/// </summary>
public static class VasterasSeed
{
    /// <summary>The id of the level of the committees' goals.</summary>
    public const string CommitteeGoalLevelId = "namndmal";

    /// <summary>The id of the level of the three målområden.</summary>
    public const string AreaLevelId = "malomrade";

    /// <summary>The id of the level of the "under mandatperioden …" statements.</summary>
    public const string StatementLevelId = "viljeinriktning";

    // The three målområden of the politisk viljeinriktning (KF 2023-04-13), each with its four statements, verbatim.
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

    /// <summary>Gets the seed model.</summary>
    public static SeedModel Model { get; } =
        new("Västerås stad: Utvecklad och förenklad styrmodell, från 2024 (000_0ebe7be04fcc2127.txt)", Create);

    private static SteeringModelBuilder Create()
    {
        var builder = new SteeringModelBuilder(new Municipality("Västerås stad", "1980"))
            .AddUnits(
            [
                new("kf", "Kommunfullmäktige", UnitKinds.Council),
                new("bun", "Barn- och ungdomsnämnden (illustrativ)", UnitKinds.Committee) { ParentId = "kf" },
                new("tn", "Tekniska nämnden (illustrativ)", UnitKinds.Committee) { ParentId = "kf" },
                new("tf", "Tekniska förvaltningen (illustrativ)", UnitKinds.Administration) { ParentId = "tn" },
                new("bolag", "Ett helägt stadsbolag (illustrativt)", UnitKinds.Company) { ParentId = "kf" },
            ])
            .AddLevels(
            [
                new("vision", "Vision", LevelRole.Vision) { OwnerKinds = [UnitKinds.Council] },
                new(AreaLevelId, "Målområde", LevelRole.TargetArea) { ParentLevelIds = ["vision"], OwnerKinds = [UnitKinds.Council] },
                new(StatementLevelId, "Politisk viljeinriktning för mandatperioden", LevelRole.Strategy)
                {
                    ParentLevelIds = [AreaLevelId],
                    OwnerKinds = [UnitKinds.Council],
                },
                new(CommitteeGoalLevelId, "Nämndens mål", LevelRole.Goal) { ParentLevelIds = [StatementLevelId], OwnerKinds = [UnitKinds.Committee] },
                new("agardirektiv", "Bolagens uppdrag och mål (ägardirektiv)", LevelRole.Assignment)
                {
                    ParentLevelIds = ["vision"],
                    OwnerKinds = [UnitKinds.Company],
                },
            ])
            .AddRules(
            [
                new NodesPerOwnerRule("tre-mal-per-namnd", CommitteeGoalLevelId, UnitKinds.Committee, 3, 3)
                {
                    Description = "Styra på färre mål (3/nämnd); nämnderna bereder 3 mål (000_0ebe7be04fcc2127.txt).",
                },
                new CoveragePerOwnerRule("minst-tva-malomraden", CommitteeGoalLevelId, UnitKinds.Committee, AreaLevelId, 2)
                {
                    Description = "Nämnderna bereder 3 mål för minst 2 av målområdena (000_0ebe7be04fcc2127.txt).",
                },
                new ChildrenPerNodeRule("fyra-inriktningar-per-malomrade", AreaLevelId, StatementLevelId, 4, 4)
                {
                    Description = "Den politiska viljeinriktningen (KF 2023-04-13) har fyra punkter under varje målområde.",
                },
            ])
            .AddNode(new Node("vision", "vision", "Vision 2026 – Staden utan gränser")
            {
                OwnerId = "kf",
                Description = "Visionen i den nuvarande styrmodellen; seedens plan för 2023 är att revidera den.",
            });

        foreach (var (id, title, statements) in Areas)
        {
            builder.AddNode(new Node(id, AreaLevelId, title) { ParentId = "vision", OwnerId = "kf", Description = "Beslutad av KF 2023-04-13." });
            for (var i = 0; i < statements.Length; i++)
            {
                builder.AddNode(new Node($"{id}-{i + 1}", StatementLevelId, statements[i]) { ParentId = id, OwnerId = "kf" });
            }
        }

        // The seed gives the rule (three goals, at least two areas) but no goal texts: these six are invented to satisfy
        // it. bun-2 sits under one statement and also feeds one in another area (one goal, several KF intentions).
        return builder.AddNodes(
        [
            new("bun-1", CommitteeGoalLevelId, "Fler elever når kunskapskraven i alla ämnen") { ParentId = "social-1", OwnerId = "bun", Description = Illustrative.Note("nämndens mål.") },
            new("bun-2", CommitteeGoalLevelId, "Fler unga går vidare till studier eller arbete")
            {
                ParentId = "arbete-2",
                OwnerId = "bun",
                Contributions = [new("social-1", 0.5)],
                Description = Illustrative.Note("nämndens mål som bidrar till punkter i två målområden."),
            },
            new("bun-3", CommitteeGoalLevelId, "Tryggare skolmiljöer") { ParentId = "social-2", OwnerId = "bun", Description = Illustrative.Note("nämndens mål.") },
            new("tn-1", CommitteeGoalLevelId, "Fler resor till fots, med cykel och kollektivtrafik") { ParentId = "klimat-1", OwnerId = "tn", Description = Illustrative.Note("nämndens mål.") },
            new("tn-2", CommitteeGoalLevelId, "Nämndens fordon och maskiner är fossilfria") { ParentId = "klimat-4", OwnerId = "tn", Description = Illustrative.Note("nämndens mål.") },
            new("tn-3", CommitteeGoalLevelId, "Lägre byggkostnad per kvadratmeter för nya samhällsfastigheter") { ParentId = "social-4", OwnerId = "tn", Description = Illustrative.Note("nämndens mål.") },
            new("bolag-1", "agardirektiv", "Bolagets ändamål och mål enligt ägardirektivet") { ParentId = "vision", OwnerId = "bolag", Description = Illustrative.Note("ägardirektiv; seeden anger bara att bolagens uppdrag och mål ges i ägardirektiv.") },
        ])
            .WithFollowUp(VasterasFollowUp.Data);
    }
}
