using NodaTime;
using Styrmodell.Exchange;
using Styrmodell.FollowUp;
using Styrmodell.Model;
using Styrmodell.Sources;
using Styrmodell.Targets;
using Styrmodell.Time;

namespace Styrmodell.Json.Tests;

/// <summary>An illustrative model (no municipality's decisions) with every kind of follow-up data, for format tests.</summary>
internal static class FollowUpJsonFixture
{
    public static SteeringModelBuilder Base() =>
        new SteeringModelBuilder(new Municipality("Testby kommun", "0001"))
            .AddUnit(new OrganisationUnit("kf", "Kommunfullmäktige", UnitKinds.Council))
            .AddUnit(new OrganisationUnit("ks", "Kommunstyrelsen", UnitKinds.ExecutiveBoard) { ParentId = "kf" })
            .AddUnit(new OrganisationUnit("bun", "Barn- och utbildningsnämnden", UnitKinds.Committee) { ParentId = "kf" })
            .AddUnit(new OrganisationUnit("skola", "Västra skolan", UnitKinds.Unit) { ParentId = "bun" })
            .AddLevel(new LevelDefinition("kfmal", "KF-mål", LevelRole.Goal))
            .AddLevel(new LevelDefinition("nmal", "Nämndmål", LevelRole.Goal) { ParentLevelIds = ["kfmal"] })
            .AddLevel(new LevelDefinition("ind", "Nyckeltal", LevelRole.Indicator) { ParentLevelIds = ["nmal"] })
            .AddNode(new Node("k1", "kfmal", "Alla barn lyckas i skolan") { OwnerId = "kf" })
            .AddNode(new Node("n1", "nmal", "Fler elever når kunskapsmålen") { ParentId = "k1", OwnerId = "bun" })
            .AddNode(new Node("i1", "ind", "Andel behöriga till gymnasiet") { ParentId = "n1" })
            .AddIndicator(new Indicator("i1", MeasureUnit.Percent, Direction.HigherIsBetter));

    public static FollowUpData Data() => new()
    {
        SpecialAssignments =
        [
            new("su-1", "Utred läxhjälp i alla skolor", "kf", new LocalDate(2023, 11, 27), 2024, 2025, Funding.AddedBudget(1_500_000.50m))
            {
                OwnerIds = ["bun", "ks"],
                GoalIds = ["n1"],
                DecisionReference = "KF 2023-11-27 § 180",
                Description = "Illustrativt: uppdrag för formattester.",
                Provenance = Provenance.Illustrative, // what the older prefix means
                Reports =
                [
                    new(ReportingPeriod.Tertial(2024, 1), new LocalDate(2024, 5, 20), WorkStatus.Ongoing) { Completion = 25, Text = "Kartläggning pågår.", Author = "Förvaltningschef" },
                    new(ReportingPeriod.Interim(2024, 8), new LocalDate(2024, 9, 20), WorkStatus.Delayed),
                ],
            },
            new("su-2", "Inför digital signering", "ks", new LocalDate(2024, 2, 5), 2024, 2024, Funding.WithinFrame) { OwnerIds = ["bun"] },
        ],
        PlanLevels =
        [
            new("verksamhetsplan", "Verksamhetsplan", 3) { RevisedYearly = true, OwnerKinds = ["nämnd"], Description = "Illustrativt." },
            new("arbetsplan", "Arbetsplan", 1) { ParentId = "verksamhetsplan", OwnerKinds = ["enhet"] },
        ],
        Activities =
        [
            new("akt-1", "Läxhjälp två dagar i veckan", "arbetsplan", "skola", ReportingPeriod.SchoolYear(2024))
            {
                GoalIds = ["n1"],
                CompletionIndicatorId = "i1",
                Description = "Illustrativt.",
                Reports = [new(ReportingPeriod.SchoolYear(2024), new LocalDate(2025, 6, 20), WorkStatus.Done) { Completion = 100 }],
            },
            new("akt-2", "Ny rutin för frånvaroanmälan", "verksamhetsplan", "bun", ReportingPeriod.Year(2024)),
        ],
        InternalControlPlans =
        [
            new("ik-ks-2024", "ks", 2024, RiskScale.FourSteps with { ProbabilityLabels = ["Osannolik", "Mindre sannolik", "Möjlig", "Sannolik"] })
            {
                DecisionDate = new LocalDate(2023, 12, 11),
                Description = "Illustrativt: plan för formattester.",
                Provenance = Provenance.Illustrative,
                Risks =
                [
                    new("r1", "Leverantörsfakturor attesteras inte enligt rutin", 3, 4)
                    {
                        Category = "processer och rutiner",
                        GoalIds = ["k1"],
                        Controls =
                        [
                            new("c1", "Attest av leverantörsfakturor", "Stickprov på 20 fakturor", "Controller", ControlFrequency.HalfYearly)
                            {
                                When = "april och oktober",
                                Results =
                                [
                                    new(new LocalDate(2024, 4, 15), "3 av 20 saknade attest.")
                                    {
                                        Period = ReportingPeriod.Tertial(2024, 1),
                                        Deviation = "Attest saknas",
                                        Actions = [new("a1", "Utbildning i attestrutinen", "Ekonomichef", new LocalDate(2024, 6, 30), WorkStatus.Done)],
                                    },
                                    new(new LocalDate(2024, 10, 15), "Inga avvikelser."),
                                ],
                            },
                        ],
                    },
                    new("r2", "Ny lagstiftning hinner inte mötas", 2, 2),
                ],
            },
            new("ik-bun-2024", "bun", 2024, RiskScale.FiveSteps),
        ],
        ActionPlans =
        [
            new("ap-1", "Fler elever når kunskapsmålen", "bun", ReportingPeriod.Tertial(2024, 1))
            {
                NodeId = "n1",
                DecisionDate = new LocalDate(2024, 6, 12),
                ExpectedEffect = "Andelen behöriga når målet.",
                Measures = [new("Extra studietid i matematik") { Responsible = "Rektor", Deadline = new LocalDate(2024, 12, 20), ExpectedEffect = "Fler godkända", Amount = -350_000 }],
                Reports = [new(ReportingPeriod.Interim(2024, 8), new LocalDate(2024, 9, 25), WorkStatus.Ongoing) { Completion = 60 }],
            },
            new("ap-2", "Budget i balans", "ks", ReportingPeriod.Month(2024, 3)) { BudgetLine = "Drift: Kommunstyrelsen" },
            new("ap-3", "Återställ underskottet", "kf", ReportingPeriod.Year(2024)) { DeficitYear = 2024, Description = "Illustrativt." },
        ],
        AnalysisTexts =
        [
            new(ReportingPeriod.Year(2024), "Förvaltningschef", new LocalDate(2025, 2, 10), "Utfallet ligger över målet.") { NodeId = "n1" },
            new(ReportingPeriod.Year(2024), "Nämndens ordförande", new LocalDate(2025, 2, 15), "Samlad analys: \"stabilt\" läge.") { UnitId = "bun" },
        ],
        StatusCheckTexts =
        [
            new("bun", ReportingPeriod.Year(2024))
            {
                Mission = "Förskola och grundskola.", Needs = "Fler barn.", Challenges = "Kompetensförsörjning.", Trends = "Minskande barnkullar.",
                KeyFigureIds = ["i1"], Author = "Förvaltningschef", Date = new LocalDate(2025, 2, 20),
            },
            new("ks", ReportingPeriod.Year(2024)),
        ],
    };

    public static ExchangeDocument Model() => new ExchangeDocumentBuilder(Base()).WithFollowUp(Data()).Build();
}
