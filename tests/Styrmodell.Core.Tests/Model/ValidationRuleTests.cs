using Styrmodell.Model;
using Styrmodell.Model.Rules;
using Styrmodell.Validation;

namespace Styrmodell.Tests.Model;

/// <summary>Each rule broken once, on a small valid model, with the exact problem the rule requires.</summary>
public class ValidationRuleTests
{
    // Base: KF and a committee; vision → area → goal (owned by KF or a committee).
    private static SteeringModelBuilder Base(params Node[] extra) =>
        new SteeringModelBuilder(new Municipality("Testby kommun", "0001"))
            .AddUnit(new OrganisationUnit("kf", "Kommunfullmäktige", UnitKinds.Council))
            .AddUnit(new OrganisationUnit("bun", "Barn- och utbildningsnämnden", UnitKinds.Committee) { ParentId = "kf" })
            .AddLevel(new LevelDefinition("vision", "Vision", LevelRole.Vision))
            .AddLevel(new LevelDefinition("omrade", "Strategiskt område", LevelRole.TargetArea) { ParentLevelIds = ["vision"] })
            .AddLevel(new LevelDefinition("mal", "Nämndmål", LevelRole.Goal) { ParentLevelIds = ["omrade"], OwnerKinds = [UnitKinds.Committee] })
            .AddNode(new Node("v", "vision", "Vision"))
            .AddNode(new Node("a1", "omrade", "Område 1") { ParentId = "v" })
            .AddNode(new Node("a2", "omrade", "Område 2") { ParentId = "v" })
            .AddNode(new Node("g1", "mal", "Mål 1") { ParentId = "a1", OwnerId = "bun" })
            .AddNodes(extra);

    private static ValidationProblem Single(SteeringModelBuilder builder) => Assert.Single(builder.Validate());

    private static void AssertProblem(ValidationProblem problem, string code, ModelElement element, string id, int index, string? member, string fragment)
    {
        Assert.Equal(code, problem.Code);
        Assert.Equal(new ProblemLocation(element, id, index, member), problem.Location);
        Assert.Contains(fragment, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Base_IsValid() => Assert.Empty(Base().Validate());

    [Fact]
    public void EmptyId_IsInvalidId() =>
        AssertProblem(Single(Base(new Node(" ", "omrade", "X") { ParentId = "v" })), ProblemCodes.InvalidId, ModelElement.Node, " ", 4, null, "position 4");

    [Fact]
    public void DuplicateNodeId_IsReportedAtSecondOccurrence() =>
        AssertProblem(Single(Base(new Node("a1", "omrade", "Igen") { ParentId = "v" })), ProblemCodes.DuplicateId, ModelElement.Node, "a1", 4, null, "first used at position 1");

    [Fact]
    public void DuplicateUnitId_IsReported() =>
        AssertProblem(Single(Base().AddUnit(new OrganisationUnit("bun", "Igen", UnitKinds.Committee))), ProblemCodes.DuplicateId, ModelElement.Unit, "bun", 2, null, "'bun'");

    [Fact]
    public void UnknownLevel_IsReported() =>
        AssertProblem(Single(Base(new Node("x", "saknas", "X"))), ProblemCodes.UnknownLevel, ModelElement.Node, "x", 4, "level", "'saknas'");

    [Fact]
    public void DanglingParent_IsReported() =>
        AssertProblem(Single(Base(new Node("x", "omrade", "X") { ParentId = "nej" })), ProblemCodes.DanglingReference, ModelElement.Node, "x", 4, "parent", "'nej'");

    [Fact]
    public void DanglingOwner_IsReported() =>
        AssertProblem(Single(Base(new Node("x", "mal", "X") { ParentId = "a1", OwnerId = "nej" })), ProblemCodes.DanglingReference, ModelElement.Node, "x", 4, "owner", "unit 'nej'");

    [Fact]
    public void DanglingContribution_IsReported() =>
        AssertProblem(Single(Base(new Node("x", "mal", "X") { ParentId = "a1", OwnerId = "bun", Contributions = [new("nej")] })), ProblemCodes.DanglingReference, ModelElement.Node, "x", 4, "contributions[0].target", "'nej'");

    [Fact]
    public void DanglingUnitParent_IsReported() =>
        AssertProblem(Single(Base().AddUnit(new OrganisationUnit("ks", "KS", UnitKinds.ExecutiveBoard) { ParentId = "nej" })), ProblemCodes.DanglingReference, ModelElement.Unit, "ks", 2, "parent", "'nej'");

    [Fact]
    public void DanglingParentLevel_IsReported() =>
        AssertProblem(Single(Base().AddLevel(new LevelDefinition("akt", "Aktivitet", LevelRole.Activity) { ParentLevelIds = ["mal", "nej"] })), ProblemCodes.DanglingReference, ModelElement.Level, "akt", 3, "parentLevelIds[1]", "'nej'");

    [Fact]
    public void GoalUnderVision_IsLevelNotAllowed() =>
        AssertProblem(Single(Base(new Node("x", "mal", "X") { ParentId = "v", OwnerId = "bun" })), ProblemCodes.LevelNotAllowedUnderParent, ModelElement.Node, "x", 4, "parent", "level 'vision'");

    [Fact]
    public void GoalWithoutParent_IsMissingParent() =>
        AssertProblem(Single(Base(new Node("x", "mal", "X") { OwnerId = "bun" })), ProblemCodes.MissingParent, ModelElement.Node, "x", 4, "parent", "omrade");

    [Fact]
    public void VisionWithParent_IsUnexpectedParent() =>
        AssertProblem(Single(Base(new Node("x", "vision", "X") { ParentId = "v" })), ProblemCodes.UnexpectedParent, ModelElement.Node, "x", 4, "parent", "top level");

    [Fact]
    public void ContributionToVision_IsContributionLevelNotAllowed() =>
        AssertProblem(Single(Base(new Node("x", "mal", "X") { ParentId = "a1", OwnerId = "bun", Contributions = [new("v")] })), ProblemCodes.ContributionLevelNotAllowed, ModelElement.Node, "x", 4, "contributions[0].target", "'v'");

    [Fact]
    public void ContributionToParent_IsDuplicateLink() =>
        AssertProblem(Single(Base(new Node("x", "mal", "X") { ParentId = "a1", OwnerId = "bun", Contributions = [new("a1")] })), ProblemCodes.DuplicateLink, ModelElement.Node, "x", 4, "contributions[0].target", "'a1'");

    [Fact]
    public void SameContributionTwice_IsDuplicateLink() =>
        AssertProblem(Single(Base(new Node("x", "mal", "X") { ParentId = "a1", OwnerId = "bun", Contributions = [new("a2"), new("a2")] })), ProblemCodes.DuplicateLink, ModelElement.Node, "x", 4, "contributions[1].target", "'a2'");

    [Fact]
    public void GoalOwnedByCouncil_IsOwnerNotAllowed() =>
        AssertProblem(Single(Base(new Node("x", "mal", "X") { ParentId = "a1", OwnerId = "kf" })), ProblemCodes.OwnerNotAllowed, ModelElement.Node, "x", 4, "owner", "allows only nämnd");

    [Fact]
    public void GoalWithoutOwner_IsMissingOwner() =>
        AssertProblem(Single(Base(new Node("x", "mal", "X") { ParentId = "a1" })), ProblemCodes.MissingOwner, ModelElement.Node, "x", 4, "owner", "nämnd");

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void BadParentWeight_IsInvalidWeight(double weight) =>
        AssertProblem(Single(Base(new Node("x", "mal", "X") { ParentId = "a1", OwnerId = "bun", Weight = weight })), ProblemCodes.InvalidWeight, ModelElement.Node, "x", 4, "weight", "finite and not negative");

    [Fact]
    public void BadContributionWeight_IsInvalidWeight() =>
        AssertProblem(Single(Base(new Node("x", "mal", "X") { ParentId = "a1", OwnerId = "bun", Contributions = [new("a2", -0.5)] })), ProblemCodes.InvalidWeight, ModelElement.Node, "x", 4, "contributions[0].weight", "-0.5");

    [Fact]
    public void ParentCycle_IsReportedOnceAtSmallestIdWithPath()
    {
        // Areas allowed under areas so that a parent cycle is possible without level problems.
        var builder = new SteeringModelBuilder(new Municipality("Testby kommun", "0001"))
            .AddLevel(new LevelDefinition("omrade", "Område", LevelRole.TargetArea) { ParentLevelIds = ["omrade"] })
            .AddNode(new Node("c", "omrade", "C") { ParentId = "b" })
            .AddNode(new Node("b", "omrade", "B") { ParentId = "a" })
            .AddNode(new Node("a", "omrade", "A") { ParentId = "c" });

        AssertProblem(Single(builder), ProblemCodes.Cycle, ModelElement.Node, "a", 2, "parent", "a → c → b → a");
    }

    [Fact]
    public void SelfParent_IsCycle()
    {
        var builder = new SteeringModelBuilder(new Municipality("Testby kommun", "0001"))
            .AddLevel(new LevelDefinition("omrade", "Område", LevelRole.TargetArea) { ParentLevelIds = ["omrade"] })
            .AddNode(new Node("a", "omrade", "A") { ParentId = "a" });

        AssertProblem(Single(builder), ProblemCodes.Cycle, ModelElement.Node, "a", 0, "parent", "a → a");
    }

    [Fact]
    public void CycleThroughContribution_NamesTheContribution()
    {
        var builder = new SteeringModelBuilder(new Municipality("Testby kommun", "0001"))
            .AddLevel(new LevelDefinition("mal", "Mål", LevelRole.Goal) { ParentLevelIds = ["mal"] })
            .AddNode(new Node("root", "mal", "R") { ParentId = "root2" })
            .AddNode(new Node("root2", "mal", "R2") { ParentId = "root" });
        var problem = Single(builder);
        Assert.Equal(ProblemCodes.Cycle, problem.Code);

        var viaContribution = new SteeringModelBuilder(new Municipality("Testby kommun", "0001"))
            .AddLevel(new LevelDefinition("top", "Topp", LevelRole.Vision))
            .AddLevel(new LevelDefinition("mal", "Mål", LevelRole.Goal) { ParentLevelIds = ["top", "mal"] })
            .AddNode(new Node("t", "top", "T"))
            .AddNode(new Node("a", "mal", "A") { ParentId = "t", Contributions = [new("b")] })
            .AddNode(new Node("b", "mal", "B") { ParentId = "a" });

        AssertProblem(Single(viaContribution), ProblemCodes.Cycle, ModelElement.Node, "a", 1, "contributions[0].target", "a → b → a");
    }

    [Fact]
    public void UnitCycle_IsReported()
    {
        var builder = Base()
            .AddUnit(new OrganisationUnit("x", "X", UnitKinds.Administration) { ParentId = "y" })
            .AddUnit(new OrganisationUnit("y", "Y", UnitKinds.Administration) { ParentId = "x" });

        AssertProblem(Single(builder), ProblemCodes.Cycle, ModelElement.Unit, "x", 2, "parent", "x → y → x");
    }

    [Fact]
    public void NodesPerOwner_TooFew_IsReportedAtTheUnit() =>
        AssertProblem(Single(Base().AddRule(new NodesPerOwnerRule("tre", "mal", UnitKinds.Committee, 3, 3))),
            ProblemCodes.CardinalityViolated, ModelElement.Unit, "bun", 1, null, "must own exactly 3 nodes at level 'mal', but owns 1");

    [Fact]
    public void NodesPerOwner_TooMany_IsReported() =>
        AssertProblem(Single(Base(new Node("g2", "mal", "Mål 2") { ParentId = "a2", OwnerId = "bun" }).AddRule(new NodesPerOwnerRule("max1", "mal", UnitKinds.Committee, 0, 1))),
            ProblemCodes.CardinalityViolated, ModelElement.Unit, "bun", 1, null, "between 0 and 1 nodes at level 'mal', but owns 2");

    [Fact]
    public void ChildrenPerNode_TooFew_IsReportedAtTheParent() =>
        AssertProblem(Single(Base().AddRule(new ChildrenPerNodeRule("minst1", "omrade", "mal", 1, null))),
            ProblemCodes.CardinalityViolated, ModelElement.Node, "a2", 2, null, "at least 1 children at level 'mal', but has 0");

    [Fact]
    public void Coverage_TooFewAreas_IsReportedAtTheUnit() =>
        AssertProblem(Single(Base().AddRule(new CoveragePerOwnerRule("tva", "mal", UnitKinds.Committee, "omrade", 2))),
            ProblemCodes.CardinalityViolated, ModelElement.Unit, "bun", 1, null, "cover at least 2 nodes at level 'omrade', but cover 1");

    [Fact]
    public void Coverage_ThroughContribution_Counts() =>
        Assert.Empty(Base(new Node("g2", "mal", "Mål 2") { ParentId = "a1", OwnerId = "bun", Contributions = [new("a2")] })
            .AddRule(new CoveragePerOwnerRule("tva", "mal", UnitKinds.Committee, "omrade", 2)).Validate());

    [Fact]
    public void RuleWithMinimumAboveMaximum_IsInvalidRule() =>
        AssertProblem(Single(Base().AddRule(new NodesPerOwnerRule("fel", "mal", UnitKinds.Committee, 3, 2))),
            ProblemCodes.InvalidRule, ModelElement.Rule, "fel", 0, null, "minimum 3 and maximum 2");

    [Fact]
    public void RuleWithUnknownLevel_IsDanglingReferenceAtRule() =>
        AssertProblem(Single(Base().AddRule(new ChildrenPerNodeRule("r", "omrade", "nej", 0, null))),
            ProblemCodes.DanglingReference, ModelElement.Rule, "r", 0, "childLevelId", "'nej'");

    [Fact]
    public void ManyProblems_AreAllReported()
    {
        var problems = Base(
            new Node("a1", "omrade", "Dubblett") { ParentId = "v" },
            new Node("x", "saknas", "X"),
            new Node("y", "mal", "Y") { ParentId = "nej", OwnerId = "bun" }).Validate();

        Assert.Equal([ProblemCodes.DuplicateId, ProblemCodes.UnknownLevel, ProblemCodes.DanglingReference], problems.Select(p => p.Code));
    }

    [Fact]
    public void Build_Invalid_ThrowsWithEveryProblemInTheMessage()
    {
        var error = Assert.Throws<ModelValidationException>(() =>
            Base(new Node("x", "saknas", "X"), new Node("y", "omrade", "Y") { ParentId = "nej" }).Build());

        Assert.Equal(2, error.Problems.Count);
        Assert.Contains("unknown-level at node 'x' (#4).level", error.Message, StringComparison.Ordinal);
        Assert.Contains("dangling-reference at node 'y' (#5).parent", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddAfterBuild_Throws()
    {
        var builder = Base();
        builder.Build();

        Assert.Throws<InvalidOperationException>(() => builder.AddNode(new Node("z", "vision", "Z")));
    }

    [Fact]
    public void NullArguments_ThrowArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => Base().AddNode(null!));
        Assert.Throws<ArgumentNullException>(() => Base().AddNodes([null!]));
        Assert.Throws<ArgumentNullException>(() => new Node(null!, "l", "t"));
    }

    [Fact]
    public void GetNode_Missing_ThrowsArgumentExceptionNamingId()
    {
        var error = Assert.Throws<ArgumentException>(() => Base().Build().GetNode("saknas"));

        Assert.Contains("'saknas'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_ReportParentAndContributionWithWeights()
    {
        var model = Base(new Node("g2", "mal", "Mål 2") { ParentId = "a1", OwnerId = "bun", Weight = 2, Contributions = [new("a2", 0.5)] }).Build();

        Assert.Equal(
            [new NodeLink("g2", "a1", 2, NodeLinkKind.Parent), new NodeLink("g2", "a2", 0.5, NodeLinkKind.Contribution)],
            model.LinksFrom("g2"));
        Assert.Equal([new NodeLink("g2", "a2", 0.5, NodeLinkKind.Contribution)], model.LinksInto("a2"));
        Assert.Equal(["g1", "g2"], model.ChildrenOf("a1").Select(n => n.Id));
        Assert.Equal(["v"], model.Roots().Select(n => n.Id));
    }
}
