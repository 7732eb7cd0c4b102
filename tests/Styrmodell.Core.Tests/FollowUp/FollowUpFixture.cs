using NodaTime;
using Styrmodell.Exchange;
using Styrmodell.FollowUp;
using Styrmodell.Model;
using Styrmodell.Targets;
using Styrmodell.Time;
using Styrmodell.Validation;

namespace Styrmodell.Tests.FollowUp;

/// <summary>
/// A small illustrative model for follow-up tests (no municipality's decisions): units kf (KF), ks (KS), bun and sn
/// (nämnd), bukontor (förvaltning under bun), skola (enhet under bukontor); target area o1; KF goal k1; committee goals
/// n1 (bun) and n2 (sn) under k1; indicator i1 under n1 (percent, higher is better, target 80 for 2024, outcome 84).
/// </summary>
internal static class FollowUpFixture
{
    public static readonly LocalDate AsOf = new(2025, 3, 31);
    public static readonly ReportingPeriod Year2024 = ReportingPeriod.Year(2024);
    public static readonly Decision Kf = new(new LocalDate(2023, 11, 27), "KF");

    public static SteeringModelBuilder Builder() =>
        new SteeringModelBuilder(new Municipality("Testby kommun", "0001"))
            .AddUnit(new OrganisationUnit("kf", "Kommunfullmäktige", UnitKinds.Council))
            .AddUnit(new OrganisationUnit("ks", "Kommunstyrelsen", UnitKinds.ExecutiveBoard) { ParentId = "kf" })
            .AddUnit(new OrganisationUnit("bun", "Barn- och utbildningsnämnden", UnitKinds.Committee) { ParentId = "kf" })
            .AddUnit(new OrganisationUnit("sn", "Socialnämnden", UnitKinds.Committee) { ParentId = "kf" })
            .AddUnit(new OrganisationUnit("bukontor", "Barn- och utbildningskontoret", UnitKinds.Administration) { ParentId = "bun" })
            .AddUnit(new OrganisationUnit("skola", "Västra skolan", UnitKinds.Unit) { ParentId = "bukontor" })
            .AddLevel(new LevelDefinition("omr", "Perspektiv", LevelRole.TargetArea))
            .AddLevel(new LevelDefinition("kfmal", "KF-mål", LevelRole.Goal) { ParentLevelIds = ["omr"] })
            .AddLevel(new LevelDefinition("nmal", "Nämndmål", LevelRole.Goal) { ParentLevelIds = ["kfmal"] })
            .AddLevel(new LevelDefinition("ind", "Nyckeltal", LevelRole.Indicator) { ParentLevelIds = ["kfmal", "nmal"] })
            .AddNode(new Node("o1", "omr", "Invånare"))
            .AddNode(new Node("k1", "kfmal", "Alla barn lyckas i skolan") { ParentId = "o1", OwnerId = "kf" })
            .AddNode(new Node("n1", "nmal", "Fler elever når kunskapsmålen") { ParentId = "k1", OwnerId = "bun" })
            .AddNode(new Node("n2", "nmal", "Fler i egen försörjning") { ParentId = "k1", OwnerId = "sn" })
            .AddNode(new Node("i1", "ind", "Andel behöriga till gymnasiet") { ParentId = "n1" })
            .AddIndicator(new Indicator("i1", MeasureUnit.Percent, Direction.HigherIsBetter)
            {
                Targets = [new TargetValue(TargetScope.Year(2024), new AbsoluteLevel(80), Kf)],
            })
            .AddOutcome(new Outcome("i1", Year2024, MeasuredValue.Of(84)));

    /// <summary>A valid special assignment from KF to bun, 2024–2025, with added budget, serving n1.</summary>
    public static SpecialAssignment Assignment(string id = "su-1") =>
        new(id, "Utred en gemensam modell för läxhjälp", "kf", new LocalDate(2023, 11, 27), 2024, 2025, Funding.AddedBudget(1_500_000))
        {
            OwnerIds = ["bun"],
            GoalIds = ["n1"],
            DecisionReference = "KF 2023-11-27 § 180",
        };

    public static ExchangeDocumentBuilder With(this SteeringModelBuilder builder, FollowUpData data) => new ExchangeDocumentBuilder(builder).WithFollowUp(data);

    public static ValidationProblem SingleProblem(SteeringModelBuilder builder) => Single(builder.Validate());

    public static ValidationProblem SingleProblem(ExchangeDocumentBuilder builder) => Single(builder.Validate());

    private static ValidationProblem Single(Collections.EquatableArray<ValidationProblem> problems)
    {
        Assert.True(problems.Count == 1, $"Expected exactly one problem, got {problems.Count}:\n{string.Join("\n", problems)}");
        return problems[0];
    }

    public static void AssertProblem(ValidationProblem problem, string code, ModelElement element, string id, int index, string? member, params string[] fragments)
    {
        Assert.Equal(code, problem.Code);
        Assert.Equal(new ProblemLocation(element, id, index, member), problem.Location);
        foreach (var fragment in fragments)
        {
            Assert.Contains(fragment, problem.Message, StringComparison.Ordinal);
        }
    }
}
