using Styrmodell.Model;
using Styrmodell.Model.Rules;
using Styrmodell.Validation;

namespace Styrmodell.Tests.Model;

/// <summary>
/// Each validation rule broken exactly once on a small valid model, with the exact problem the rule calls for.
/// The expected codes, locations and message fragments follow from the rules, not from the validator's output.
/// </summary>
/// <remarks>
/// The base model (positions in brackets): units kf [0] (KF), ks [1] (KS), bun [2] and sn [3] (nämnd);
/// levels vision [0] (top), omr [1] under vision, kfmal [2] under omr owned by KF, nmal [3] under kfmal owned by a nämnd;
/// nodes v [0]; o1 [1], o2 [2] under v; k1 [3] under o1 and k2 [4] under o2, both owned by kf;
/// n1 [5] under k1 owned by bun; n2 [6] under k2 (weight 2) owned by sn, contributing to k1 (weight 0.5).
/// Extra nodes come after them, so the first extra node is at position 7, the first extra unit at 4 and the first
/// extra level at 4.
/// </remarks>
public partial class ValidationRuleTests
{
    private const int FirstExtraNode = 7;
    private const int FirstExtraUnit = 4;
    private const int FirstExtraLevel = 4;

    private static readonly Municipality Testby = new("Testby kommun", "0001");

    private static SteeringModelBuilder Base(params Node[] extraNodes) =>
        new SteeringModelBuilder(Testby)
            .AddUnit(new OrganisationUnit("kf", "Kommunfullmäktige", UnitKinds.Council))
            .AddUnit(new OrganisationUnit("ks", "Kommunstyrelsen", UnitKinds.ExecutiveBoard) { ParentId = "kf" })
            .AddUnit(new OrganisationUnit("bun", "Barn- och utbildningsnämnden", UnitKinds.Committee) { ParentId = "kf" })
            .AddUnit(new OrganisationUnit("sn", "Socialnämnden", UnitKinds.Committee) { ParentId = "kf" })
            .AddLevel(new LevelDefinition("vision", "Vision", LevelRole.Vision))
            .AddLevel(new LevelDefinition("omr", "Strategiskt område", LevelRole.TargetArea) { ParentLevelIds = ["vision"] })
            .AddLevel(new LevelDefinition("kfmal", "KF-mål", LevelRole.Goal) { ParentLevelIds = ["omr"], OwnerKinds = [UnitKinds.Council] })
            .AddLevel(new LevelDefinition("nmal", "Nämndmål", LevelRole.Goal) { ParentLevelIds = ["kfmal"], OwnerKinds = [UnitKinds.Committee] })
            .AddNode(new Node("v", "vision", "Vår kommun 2030"))
            .AddNode(new Node("o1", "omr", "Livskvalitet") { ParentId = "v" })
            .AddNode(new Node("o2", "omr", "Hållbar tillväxt") { ParentId = "v" })
            .AddNode(new Node("k1", "kfmal", "Alla barn lyckas i skolan") { ParentId = "o1", OwnerId = "kf" })
            .AddNode(new Node("k2", "kfmal", "Fler företag") { ParentId = "o2", OwnerId = "kf" })
            .AddNode(new Node("n1", "nmal", "Ökad måluppfyllelse") { ParentId = "k1", OwnerId = "bun" })
            .AddNode(new Node("n2", "nmal", "Fler i egen försörjning") { ParentId = "k2", OwnerId = "sn", Weight = 2, Contributions = [new("k1", 0.5)] })
            .AddNodes(extraNodes);

    /// <summary>A goal owned by a nämnd under k1: valid in the base model.</summary>
    private static Node CommitteeGoal(string id) => new(id, "nmal", "Nämndmål " + id) { ParentId = "k1", OwnerId = "bun" };

    private static ValidationProblem SingleProblem(SteeringModelBuilder builder)
    {
        var problems = builder.Validate();
        Assert.True(problems.Count == 1, $"Expected exactly one problem, got {problems.Count}:\n{string.Join("\n", problems)}");
        return problems[0];
    }

    private static void AssertProblem(
        ValidationProblem problem, string code, ModelElement element, string id, int index, string? member, params string[] fragments)
    {
        Assert.Equal(code, problem.Code);
        Assert.Equal(new ProblemLocation(element, id, index, member), problem.Location);
        foreach (var fragment in fragments)
        {
            Assert.Contains(fragment, problem.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Validate_BaseModel_ReportsNothing() => Assert.Empty(Base().Validate());

    [Fact]
    public void Build_BaseModel_HoldsEveryElement()
    {
        var model = Base().Build();

        Assert.Equal(["kf", "ks", "bun", "sn"], model.Units.Select(u => u.Id));
        Assert.Equal(["vision", "omr", "kfmal", "nmal"], model.Levels.Select(l => l.Id));
        Assert.Equal(["v", "o1", "o2", "k1", "k2", "n1", "n2"], model.Nodes.Select(n => n.Id));
    }

    [Fact]
    public void Validate_ZeroWeights_ReportsNothing() =>
        Assert.Empty(Base(CommitteeGoal("x") with { Weight = 0, Contributions = [new("k2", 0)] }).Validate());

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t\n")]
    public void Validate_NodeIdEmptyOrWhiteSpace_ReportsInvalidId(string id) =>
        AssertProblem(SingleProblem(Base(CommitteeGoal(id))),
            ProblemCodes.InvalidId, ModelElement.Node, id, FirstExtraNode, null, "position 7");

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Validate_UnitIdEmptyOrWhiteSpace_ReportsInvalidId(string id) =>
        AssertProblem(SingleProblem(Base().AddUnit(new OrganisationUnit(id, "Namnlös", UnitKinds.Committee))),
            ProblemCodes.InvalidId, ModelElement.Unit, id, FirstExtraUnit, null, "position 4");

    [Fact]
    public void Validate_LevelIdWhiteSpace_ReportsInvalidId() =>
        AssertProblem(SingleProblem(Base().AddLevel(new LevelDefinition(" ", "Namnlös", LevelRole.Activity))),
            ProblemCodes.InvalidId, ModelElement.Level, " ", FirstExtraLevel, null, "position 4");

    [Fact]
    public void Validate_RuleIdEmpty_ReportsInvalidId() =>
        AssertProblem(SingleProblem(Base().AddRule(new NodesPerOwnerRule("", "nmal", UnitKinds.Committee, 0, null))),
            ProblemCodes.InvalidId, ModelElement.Rule, "", 0, null, "position 0");

    [Fact]
    public void Validate_NodeIdUsedTwice_ReportsDuplicateAtSecondOccurrence() =>
        AssertProblem(SingleProblem(Base(CommitteeGoal("n1"))),
            ProblemCodes.DuplicateId, ModelElement.Node, "n1", FirstExtraNode, null, "'n1'", "position 5");

    [Fact]
    public void Validate_UnitIdUsedTwice_ReportsDuplicateAtSecondOccurrence() =>
        AssertProblem(SingleProblem(Base().AddUnit(new OrganisationUnit("bun", "Bildningsnämnden", UnitKinds.Committee))),
            ProblemCodes.DuplicateId, ModelElement.Unit, "bun", FirstExtraUnit, null, "'bun'", "position 2");

    [Fact]
    public void Validate_LevelIdUsedTwice_ReportsDuplicateAtSecondOccurrence() =>
        AssertProblem(SingleProblem(Base().AddLevel(new LevelDefinition("omr", "Målområde", LevelRole.TargetArea))),
            ProblemCodes.DuplicateId, ModelElement.Level, "omr", FirstExtraLevel, null, "'omr'", "position 1");

    [Fact]
    public void Validate_RuleIdUsedTwice_ReportsDuplicateAtSecondOccurrence() =>
        AssertProblem(
            SingleProblem(Base()
                .AddRule(new NodesPerOwnerRule("r", "nmal", UnitKinds.Committee, 0, null))
                .AddRule(new ChildrenPerNodeRule("r", "omr", "kfmal", 0, null))),
            ProblemCodes.DuplicateId, ModelElement.Rule, "r", 1, null, "'r'", "position 0");

    [Fact]
    public void Validate_IdsDifferingOnlyInCase_AreDistinct() =>
        Assert.Empty(Base(CommitteeGoal("N1")).Validate());
}
