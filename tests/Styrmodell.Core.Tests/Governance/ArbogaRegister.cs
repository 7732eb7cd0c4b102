using NodaTime;
using Styrmodell.Governance;
using Styrmodell.Model;

namespace Styrmodell.Tests.Governance;

/// <summary>
/// A small Arboga: the organisation of its steering model with the document types of section 6 "Styrdokument" and who
/// decides them there. Political documents: KF when they concern the whole municipality, KS and the committees for
/// their own area. Administrative documents: for the whole municipality the chief executive (kommundirektören, here
/// the head of the kommunledningsförvaltning, a unit id) after consulting the management group; for one
/// administration its head; routines at administration, activity or unit level.
/// </summary>
internal static class ArbogaRegister
{
    public static SteeringModelBuilder ArbogaModel() => new SteeringModelBuilder(new Municipality("Arboga kommun", "1984"))
        .AddUnit(new OrganisationUnit("kf", "Kommunfullmäktige", UnitKinds.Council))
        .AddUnit(new OrganisationUnit("ks", "Kommunstyrelsen", UnitKinds.ExecutiveBoard) { ParentId = "kf" })
        .AddUnit(new OrganisationUnit("klf", "Kommunledningsförvaltningen", UnitKinds.Administration) { ParentId = "ks" })
        .AddUnit(new OrganisationUnit("bun", "Barn- och utbildningsnämnden", UnitKinds.Committee) { ParentId = "kf" })
        .AddUnit(new OrganisationUnit("buf", "Barn- och utbildningsförvaltningen", UnitKinds.Administration) { ParentId = "bun" })
        .AddUnit(new OrganisationUnit("skola", "En grundskola", UnitKinds.Unit) { ParentId = "buf" })
        .AddLevel(new LevelDefinition("omrade", "Strategiskt område", LevelRole.TargetArea))
        .AddLevel(new LevelDefinition("kf-mal", "Mål för kommunfullmäktige", LevelRole.Goal) { ParentLevelIds = ["omrade"] })
        .AddLevel(new LevelDefinition("mal", "Nämndmål", LevelRole.Goal) { ParentLevelIds = ["kf-mal", "omrade"] })
        .AddLevel(new LevelDefinition("aktivitet", "Aktivitet", LevelRole.Activity) { ParentLevelIds = ["mal"] })
        .AddNode(new Node("o1", "omrade", "Attraktiv kommun") { OwnerId = "kf" })
        .AddNode(new Node("kf1", "kf-mal", "Fler ska vilja bo i Arboga") { OwnerId = "kf", ParentId = "o1" })
        .AddNode(new Node("bun1", "mal", "Fler elever når målen") { OwnerId = "bun", ParentId = "kf1" })
        .AddNode(new Node("bun2", "mal", "Ett eget mål utan koppling") { OwnerId = "bun", ParentId = "o1" })
        .AddNode(new Node("akt1", "aktivitet", "Läsfrämjande insatser") { OwnerId = "bun", ParentId = "bun1" });

    public static SteeringDocumentType[] Types =>
    [
        new("policy", "Policy", DocumentCategory.Political) { MayStateGoals = false, MayStateMeasures = false },
        new("program", "Program", DocumentCategory.Political) { GoalsFollowMandate = true },
        new("handlingsplan", "Handlingsplan/strategi", DocumentCategory.Political),
        new("riktlinje", "Riktlinje", DocumentCategory.Political),
        new("foreskrift", "Kommunal föreskrift", DocumentCategory.Political),
        new("gemensam-anvisning", "Gemensam anvisning", DocumentCategory.Administrative),
        new("anvisning", "Anvisning", DocumentCategory.Administrative),
        new("rutin", "Rutin", DocumentCategory.Administrative),
    ];

    public static DecisionAuthority Authority => new(
        [
            .. new[] { "policy", "program", "handlingsplan", "riktlinje", "foreskrift" }.SelectMany(type => new[]
            {
                AuthorityGrant.ToKind(type, UnitKinds.Council, AuthorityScope.WholeMunicipality),
                AuthorityGrant.ToKind(type, UnitKinds.ExecutiveBoard, AuthorityScope.OwnArea),
                AuthorityGrant.ToKind(type, UnitKinds.Committee, AuthorityScope.OwnArea),
            }),
            AuthorityGrant.ToUnit("gemensam-anvisning", "klf", AuthorityScope.WholeMunicipality),
            AuthorityGrant.ToKind("anvisning", UnitKinds.Administration, AuthorityScope.OwnArea),
            AuthorityGrant.ToKind("rutin", UnitKinds.Administration, AuthorityScope.OwnArea),
            AuthorityGrant.ToKind("rutin", UnitKinds.Unit, AuthorityScope.OwnUnit),
        ]);

    public static SteeringDocument Document(string id, string type, string decider, string date, params string[] scope) =>
        new(id, "Dokument " + id, type, new DocumentDecision(decider, Day(date)))
        {
            Scope = DecisionScope.Units(scope),
        };

    public static LocalDate Day(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;
}
